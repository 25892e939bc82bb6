package io.claimscore.attribution.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * A first-order linear sequence model (the decoder of a structured perceptron / linear-chain CRF): per-token
 * scores from hashed features, tag-to-tag transition scores, and a fixed set of allowed transitions (an inside tag
 * only after its begin tag). Decoding is exact Viterbi, linear in the sequence length. Immutable after loading.
 */
public final class SequenceModel {

    private static final int MAGIC = 0x43534d32; // "CSM2": version 2, quantised weights

    private final int tags;
    private final int bucketMask;
    private final float[] weights;      // [bucket * tags + tag]; null in a loaded (quantised) model
    /** A loaded model keeps its 16-bit weights: half the memory, so twice the weights per cache line. */
    private final short[] quantised;
    private final float scale;
    private final float[] transitions;  // [(previous + 1) * tags + tag]; previous -1 is the sequence start
    private final boolean[] allowed;    // same layout as transitions
    /** Added to every token's score for a tag: moves the precision/recall balance of a trained model. */
    private final float[] tagBias;
    /** The bias of a plain reading: none. Shared, never written. */
    private final float[] noBias;

    SequenceModel(int tags, int buckets, float[] weights, float[] transitions, boolean[] allowed) {
        this(tags, buckets, weights, transitions, allowed, new float[tags]);
    }

    SequenceModel(int tags, int buckets, float[] weights, float[] transitions, boolean[] allowed, float[] tagBias) {
        if (Integer.bitCount(buckets) != 1) {
            throw new IllegalArgumentException("bucket count must be a power of two");
        }
        this.tags = tags;
        this.bucketMask = buckets - 1;
        this.weights = weights;
        this.quantised = null;
        this.scale = 1f;
        this.transitions = transitions;
        this.allowed = allowed;
        this.tagBias = tagBias.clone();
        this.noBias = new float[tags];
    }

    private SequenceModel(int tags, int buckets, short[] quantised, float scale, float[] transitions,
                          boolean[] allowed, float[] tagBias) {
        this.tags = tags;
        this.bucketMask = buckets - 1;
        this.weights = null;
        this.quantised = quantised;
        this.scale = scale;
        this.transitions = transitions;
        this.allowed = allowed;
        this.tagBias = tagBias.clone();
        this.noBias = new float[tags];
    }

    /**
     * The model whose weights and transitions are the mean of {@code models}' (trained, unquantised, same shape):
     * scores of the mean are the mean of the scores, so it decodes as the averaged ensemble would, at one model's
     * cost.
     */
    static SequenceModel mean(List<SequenceModel> models) {
        SequenceModel first = models.get(0);
        float[] w = new float[first.weights.length];
        float[] tr = new float[first.transitions.length];
        for (SequenceModel m : models) {
            if (m.weights == null || m.weights.length != w.length || m.tags != first.tags) {
                throw new IllegalArgumentException("only trained models of one shape can be averaged");
            }
            for (int i = 0; i < w.length; i++) {
                w[i] += m.weights[i] / models.size();
            }
            for (int i = 0; i < tr.length; i++) {
                tr[i] += m.transitions[i] / models.size();
            }
        }
        return new SequenceModel(first.tags, first.bucketMask + 1, w, tr, first.allowed, first.tagBias);
    }

    /** The same model with a per-tag score bias (tuned on held-out data, see the trainer). */
    public SequenceModel withBias(float[] bias) {
        if (bias.length != tags) {
            throw new IllegalArgumentException("one bias per tag");
        }
        return quantised != null
                ? new SequenceModel(tags, bucketMask + 1, quantised, scale, transitions, allowed, bias)
                : new SequenceModel(tags, bucketMask + 1, weights, transitions, allowed, bias);
    }

    public int tags() {
        return tags;
    }

    int buckets() {
        return bucketMask + 1;
    }

    int bucket(int feature) {
        return feature & bucketMask;
    }

    /** Empty per-token scores for this model, room for {@code tokens} before growing: one tagging call's scratch. */
    Emissions emissions(int tokens) {
        return new Emissions(tags, bucketMask, quantised, weights, scale, tagBias, tokens);
    }

    /** The best tag sequence. */
    public int[] decode(FeatureSequence seq) {
        Emissions e = emissions(seq.size());
        for (int i = 0; i < seq.size(); i++) {
            e.nextToken();
            for (int k = seq.start(i), end = seq.end(i); k < end; k++) {
                e.add(seq.feature(k));
            }
            if (seq.pinned(i) >= 0) {
                e.pin(seq.pinned(i));
            }
        }
        return decode(e);
    }

    /** The best tag sequence for scores summed by {@link #emissions(int)} (exact Viterbi). */
    int[] decode(Emissions e) {
        return decode(e, null);
    }

    /**
     * As {@link #decode(Emissions)}, with {@code tagBias[t]} (when not null) added to every token's score for tag
     * t: another reading of the same scores, which are left as they are.
     */
    int[] decode(Emissions e, float[] tagBias) {
        if (tagBias != null && tagBias.length != tags) {
            throw new IllegalArgumentException("one bias per tag");
        }
        float[] extra = tagBias != null ? tagBias : noBias;
        int n = e.size();
        int[] best = new int[n];
        if (n == 0) {
            return best;
        }
        float[] emission = e.scores();
        float[] score = new float[tags];
        float[] next = new float[tags];
        int[] back = e.back(n);
        // The transition scores with -infinity where not allowed, so the inner loop adds without testing: a
        // disallowed or unreachable (-infinity) predecessor then scores -infinity and never beats top. Built per
        // call because the trainer updates the transitions of its live model in place.
        float[] reachable = new float[transitions.length];
        for (int k = 0; k < reachable.length; k++) {
            reachable[k] = allowed[k] ? transitions[k] : Float.NEGATIVE_INFINITY;
        }
        for (int t = 0; t < tags; t++) {
            score[t] = allowed(e, 0, -1, t) ? transitions[t] + (emission[t] + extra[t]) : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            int row = i * tags;
            int pin = e.pinned(i);
            for (int t = 0; t < tags; t++) {
                float top = Float.NEGATIVE_INFINITY;
                int arg = 0;
                // A tag the token is not pinned to has no predecessor: left at -infinity, back-pointer 0.
                for (int p = 0; p < tags && (pin < 0 || pin == t); p++) {
                    float s = score[p] + reachable[(p + 1) * tags + t];
                    if (s > top) {
                        top = s;
                        arg = p;
                    }
                }
                next[t] = top == Float.NEGATIVE_INFINITY ? top : top + (emission[row + t] + extra[t]);
                back[row + t] = arg;
            }
            float[] swap = score;
            score = next;
            next = swap;
        }
        int arg = 0;
        for (int t = 1; t < tags; t++) {
            if (score[t] > score[arg]) {
                arg = t;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            best[i] = arg;
            arg = back[i * tags + arg];
        }
        return best;
    }

    private boolean allowed(Emissions e, int i, int previous, int tag) {
        int pin = e.pinned(i);
        return (pin < 0 || pin == tag) && allowed[(previous + 1) * tags + tag];
    }

    float weight(int index) {
        return quantised != null ? quantised[index] * scale : weights[index];
    }

    float transition(int index) {
        return transitions[index];
    }

    boolean[] allowedTransitions() {
        return allowed.clone();
    }

    /** Writes the model compactly: only non-zero weights, as (index, value) pairs. */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(tags);
        out.writeInt(bucketMask + 1);
        for (float t : transitions) {
            out.writeFloat(t);
        }
        for (boolean a : allowed) {
            out.writeBoolean(a);
        }
        for (float b : tagBias) {
            out.writeFloat(b);
        }
        // Weights are stored quantised to 16 bits against the largest magnitude, as gaps between non-zero
        // indices: a third of the raw size, and decoding is unchanged to within 1/32767 of the largest weight.
        short[] q16 = quantised;
        float step = scale;
        if (q16 == null) {
            float max = 0f;
            for (float w : weights) {
                max = Math.max(max, Math.abs(w));
            }
            step = max == 0f ? 1f : max / Short.MAX_VALUE;
            q16 = new short[weights.length];
            for (int i = 0; i < weights.length; i++) {
                q16[i] = (short) Math.round(weights[i] / step);
            }
        }
        out.writeFloat(step);
        int nonZero = 0;
        for (short w : q16) {
            nonZero += w != 0 ? 1 : 0;
        }
        out.writeInt(nonZero);
        int last = -1;
        for (int i = 0; i < q16.length; i++) {
            int q = q16[i];
            if (q != 0) {
                writeVarint(out, i - last);
                out.writeShort(q);
                last = i;
            }
        }
    }

    private static void writeVarint(DataOutputStream out, int value) throws IOException {
        while ((value & ~0x7f) != 0) {
            out.writeByte((value & 0x7f) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("malformed varint in model");
    }

    public static SequenceModel read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a claimscore sequence model");
        }
        int tags = in.readInt();
        int buckets = in.readInt();
        float[] transitions = new float[(tags + 1) * tags];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = in.readFloat();
        }
        boolean[] allowed = new boolean[(tags + 1) * tags];
        for (int i = 0; i < allowed.length; i++) {
            allowed[i] = in.readBoolean();
        }
        float[] bias = new float[tags];
        for (int i = 0; i < tags; i++) {
            bias[i] = in.readFloat();
        }
        short[] weights = new short[buckets * tags];
        float scale = in.readFloat();
        int nonZero = in.readInt();
        int index = -1;
        for (int k = 0; k < nonZero; k++) {
            index += readVarint(in);
            weights[index] = in.readShort();
        }
        return new SequenceModel(tags, buckets, weights, scale, transitions, allowed, bias);
    }
}
