package io.claimscore.attribution.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often a word stem was an attribution cue in the training data: a smoothed prior that lets the cue tagger
 * generalise from a stem's whole history ("urg-": cue 9 times in 11) where the weight of a rarely seen word form
 * alone is weak. Features use it as a bucket of (rate, count). During training each article sees counts that
 * leave its own tokens out, so the prior never leaks the gold answer into its own features.
 */
public final class CuePrior {

    /** The bucket of a stem: rate and frequency bands, 0 for a stem never seen. */
    @FunctionalInterface
    public interface Lookup {
        int bucket(int stemHash);
    }

    private final Map<Integer, int[]> counts; // stem hash → {cue occurrences, all occurrences}
    /**
     * {@link #bucket(int)} of every stem, precomputed in an open-addressing table (linear probing, at most half
     * full): the tagger asks for every token, and one probe into a small flat array costs far less than a chase
     * through a HashMap's nodes, boxed keys and count arrays. A slot holds {@code stem << 32 | rarely << 31 |
     * bucket + 1}, where {@code rarely} is {@link #isRarelyCue(int, int)}; 0 is empty.
     */
    private final long[] buckets;
    private static final long RARELY_CUE = 1L << 31;

    public CuePrior(Map<Integer, int[]> counts) {
        Map<Integer, int[]> copy = new HashMap<>(counts.size() * 2);
        counts.forEach((k, v) -> copy.put(k, v.clone()));
        this.counts = copy;
        this.buckets = new long[Integer.highestOneBit(Math.max(1, copy.size()) * 2) * 2];
        int mask = buckets.length - 1;
        copy.forEach((stem, c) -> {
            int slot = FeatureHash.fmix(stem) & mask;
            while (buckets[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            buckets[slot] = (long) stem << 32 | (isRarelyCue(c[0], c[1]) ? RARELY_CUE : 0) | (bucket(c[0], c[1]) + 1);
        });
    }

    public int bucket(int stemHash) {
        long entry = entry(stemHash);
        return entry == 0 ? 0 : (int) (entry & ~RARELY_CUE) - 1;
    }

    /** Whether the stem is one the tagger need not read: see {@link #isRarelyCue(int, int)}. */
    public boolean isRarelyCue(int stemHash) {
        return (entry(stemHash) & RARELY_CUE) != 0;
    }

    /** The stem's slot of {@link #buckets}, 0 for a stem not in the table. */
    private long entry(int stemHash) {
        int mask = buckets.length - 1;
        for (int slot = FeatureHash.fmix(stemHash) & mask; ; slot = (slot + 1) & mask) {
            long entry = buckets[slot];
            if (entry == 0 || (int) (entry >>> 32) == stemHash) {
                return entry;
            }
        }
    }

    /**
     * A stem seen at least 20 times and never in a cue, or at least 50 times and in a cue at most once in 200
     * (".", ",", "he", "Clinton", "people", "because"): the tagger pins such a token outside any cue instead of
     * scoring its 37 features, which skips about 30 % of the tokens of PolNeAR dev and about 9 % of the pipeline's
     * CPU time. Chosen so that nearly nothing moves (2026-11-29): the dev predictions are byte-identical (a limit of
     * 1 in 100 already lost 6 cue tokens there); on 5-fold cross-validation of train, where each fold's counts come
     * from four fifths of the articles, 15 of 37,229 cue tokens and one FULL match were lost (cue F1 0.6045 ->
     * 0.6042, FULL 0.5941 -> 0.5940); on train itself, which the model has seen, cue 0.8221 -> 0.8205, FULL
     * 0.7877 -> 0.7870. See README, Performance.
     */
    static boolean isRarelyCue(int cue, int total) {
        return cue == 0 && total >= 20 || total >= 50 && cue * 200 <= total;
    }

    /** The prior with one article's own counts taken out (leave-one-out, for training features). */
    public Lookup without(Map<Integer, int[]> own) {
        return stem -> {
            int[] all = counts.get(stem);
            if (all == null) {
                return 0;
            }
            int[] mine = own.get(stem);
            return mine == null ? bucket(all[0], all[1]) : bucket(all[0] - mine[0], all[1] - mine[1]);
        };
    }

    /** The rate band of a bucket: 0 unseen, 1 never a cue, 2 under 5%, … 7 at least 70%. */
    public static int rateBand(int bucket) {
        return bucket / 4;
    }

    static int bucket(int cue, int total) {
        if (total <= 0) {
            return 0;
        }
        double rate = (double) cue / total;
        int rateBand = cue == 0 ? 1 : rate < 0.05 ? 2 : rate < 0.15 ? 3 : rate < 0.3 ? 4 : rate < 0.5 ? 5
                : rate < 0.7 ? 6 : 7;
        int countBand = total == 1 ? 0 : total < 5 ? 1 : total < 20 ? 2 : 3;
        return rateBand * 4 + countBand;
    }

    /** Writes stems that carry information: seen as a cue, or seen at least three times. Sorted: same bytes. */
    void write(DataOutputStream out) throws IOException {
        Map<Integer, int[]> kept = new TreeMap<>();
        counts.forEach((k, v) -> {
            if (v[0] > 0 || v[1] >= 3) {
                kept.put(k, v);
            }
        });
        out.writeInt(kept.size());
        for (Map.Entry<Integer, int[]> e : kept.entrySet()) {
            out.writeInt(e.getKey());
            out.writeInt(e.getValue()[0]);
            out.writeInt(e.getValue()[1]);
        }
    }

    static CuePrior read(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<Integer, int[]> counts = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            counts.put(in.readInt(), new int[] {in.readInt(), in.readInt()});
        }
        return new CuePrior(counts);
    }
}
