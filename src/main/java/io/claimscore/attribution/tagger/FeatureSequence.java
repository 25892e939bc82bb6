package io.claimscore.attribution.tagger;

import java.util.Arrays;

/**
 * The hashed features of a token sequence, flat: token {@code i} owns {@code features[starts[i] .. starts[i+1])}.
 * Built by appending token by token; a token may also be pinned to one tag ({@link #pin}).
 */
public final class FeatureSequence implements FeatureSink {

    private int[] features = new int[256];
    private int[] starts = new int[33];
    private int[] pinned = new int[32];
    private int size;
    private int used;

    @Override
    public void nextToken() {
        if (size == pinned.length) {
            pinned = Arrays.copyOf(pinned, pinned.length * 2);
            starts = Arrays.copyOf(starts, pinned.length + 1);
        }
        starts[size] = used;
        pinned[size] = -1;
        size++;
        starts[size] = used;
    }

    @Override
    public void add(int feature) {
        if (used == features.length) {
            features = Arrays.copyOf(features, features.length * 2);
        }
        features[used++] = feature;
        starts[size] = used;
    }

    @Override
    public void pin(int tag) {
        pinned[size - 1] = tag;
    }

    public int size() {
        return size;
    }

    int start(int token) {
        return starts[token];
    }

    int end(int token) {
        return starts[token + 1];
    }

    int feature(int index) {
        return features[index];
    }

    int pinned(int token) {
        return pinned[token];
    }
}
