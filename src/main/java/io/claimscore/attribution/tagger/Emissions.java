package io.claimscore.attribution.tagger;

import java.util.Arrays;

/**
 * The per-token tag scores of one sequence under one {@link SequenceModel}, as the feature templates produce the
 * features: the tagging path, where training stores a {@link FeatureSequence}. A token's features are buffered
 * and scored when the token is complete, in one tight loop that keeps the sums in registers (the models have 3
 * and 5 tags, so those get their own loop) and walks the weight table with nothing but the look-ups in between.
 *
 * <p>The scores are exactly those {@link SequenceModel#decode(FeatureSequence)} computes: for a quantised model
 * integer sums (any order is exact) scaled once, for a float model the tag bias plus the weights in feature
 * order.
 *
 * <p>Mutable scratch for one caller at a time: create one per call and {@link #reset} it between sequences to
 * reuse its arrays.
 */
final class Emissions implements FeatureSink {

    private final int tags;
    private final int bucketMask;
    /** The model's 16-bit weights, or null for a float model. */
    private final short[] quantised;
    private final float[] weights;
    private final float scale;
    private final float[] tagBias;

    /** The current token's features, scored by {@link #flush} when the next token opens or decoding starts. */
    private int[] pending = new int[64];
    private int pendingCount;
    /** [token * tags + tag]. */
    private float[] scores;
    private int[] pinned;
    /** Viterbi back-pointers, kept here so that decoding reuses them too. */
    private int[] back = new int[0];
    private int size;
    /** Tokens whose row of {@link #scores} is final: all but the last while it may still get features. */
    private int scored;

    Emissions(int tags, int bucketMask, short[] quantised, float[] weights, float scale, float[] tagBias, int capacity) {
        this.tags = tags;
        this.bucketMask = bucketMask;
        this.quantised = quantised;
        this.weights = weights;
        this.scale = scale;
        this.tagBias = tagBias;
        this.scores = new float[Math.max(1, capacity) * tags];
        this.pinned = new int[Math.max(1, capacity)];
    }

    /** Empties the sequence, keeping the arrays. */
    void reset() {
        size = 0;
        scored = 0;
        pendingCount = 0;
    }

    int size() {
        return size;
    }

    @Override
    public void nextToken() {
        flush();
        if (size == pinned.length) {
            pinned = Arrays.copyOf(pinned, size * 2);
            scores = Arrays.copyOf(scores, size * 2 * tags);
        }
        pinned[size] = -1;
        size++;
    }

    @Override
    public void add(int feature) {
        if (pendingCount == pending.length) {
            pending = Arrays.copyOf(pending, pendingCount * 2);
        }
        pending[pendingCount++] = feature;
    }

    @Override
    public void pin(int tag) {
        pinned[size - 1] = tag;
    }

    int pinned(int token) {
        return pinned[token];
    }

    /** The scores, [token * tags + tag]. */
    float[] scores() {
        flush();
        return scores;
    }

    /** Scratch for {@code n * tags} back-pointers. */
    int[] back(int n) {
        if (back.length < n * tags) {
            back = new int[Math.max(n * tags, back.length * 2)];
        }
        return back;
    }

    /** Scores the pending features as the last token's row, once. */
    private void flush() {
        if (scored == size) {
            return;
        }
        scored = size;
        int row = (size - 1) * tags;
        int n = pendingCount;
        pendingCount = 0;
        int[] f = pending;
        if (quantised == null) {
            System.arraycopy(tagBias, 0, scores, row, tags);
            for (int k = 0; k < n; k++) {
                int base = (f[k] & bucketMask) * tags;
                for (int t = 0; t < tags; t++) {
                    scores[row + t] += weights[base + t];
                }
            }
            return;
        }
        short[] w = quantised;
        if (tags == 3) {
            int s0 = 0;
            int s1 = 0;
            int s2 = 0;
            for (int k = 0; k < n; k++) {
                int base = (f[k] & bucketMask) * 3;
                s0 += w[base];
                s1 += w[base + 1];
                s2 += w[base + 2];
            }
            scores[row] = tagBias[0] + s0 * scale;
            scores[row + 1] = tagBias[1] + s1 * scale;
            scores[row + 2] = tagBias[2] + s2 * scale;
        } else if (tags == 5) {
            int s0 = 0;
            int s1 = 0;
            int s2 = 0;
            int s3 = 0;
            int s4 = 0;
            for (int k = 0; k < n; k++) {
                int base = (f[k] & bucketMask) * 5;
                s0 += w[base];
                s1 += w[base + 1];
                s2 += w[base + 2];
                s3 += w[base + 3];
                s4 += w[base + 4];
            }
            scores[row] = tagBias[0] + s0 * scale;
            scores[row + 1] = tagBias[1] + s1 * scale;
            scores[row + 2] = tagBias[2] + s2 * scale;
            scores[row + 3] = tagBias[3] + s3 * scale;
            scores[row + 4] = tagBias[4] + s4 * scale;
        } else {
            int[] sums = new int[tags];
            for (int k = 0; k < n; k++) {
                int base = (f[k] & bucketMask) * tags;
                for (int t = 0; t < tags; t++) {
                    sums[t] += w[base + t];
                }
            }
            for (int t = 0; t < tags; t++) {
                scores[row + t] = tagBias[t] + sums[t] * scale;
            }
        }
    }
}
