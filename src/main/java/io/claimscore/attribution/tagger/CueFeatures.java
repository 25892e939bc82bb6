package io.claimscore.attribution.tagger;

/**
 * Feature templates of the cue tagger (tags O, B, I over a block's tokens): the word and its neighbours, word
 * pairs, shape, suffix, capitalisation, quotation state and sentence position. A cue is mostly lexical ("said",
 * "according to", "told") but its context decides: "said" inside a quote, "told" in "I was told", "called" as a
 * naming verb.
 */
public final class CueFeatures {

    public static final int O = 0;
    public static final int B = 1;
    public static final int I = 2;
    public static final int TAGS = 3;

    static final int BOS = 0x5eed0001;
    static final int EOS = 0x5eed0002;

    /** Only I after B or I: a cue is a contiguous run. */
    public static boolean[] allowedTransitions() {
        boolean[] allowed = new boolean[(TAGS + 1) * TAGS];
        for (int prev = -1; prev < TAGS; prev++) {
            for (int tag = 0; tag < TAGS; tag++) {
                allowed[(prev + 1) * TAGS + tag] = tag != I || prev == B || prev == I;
            }
        }
        return allowed;
    }

    public FeatureSequence extract(BlockTokens b) {
        FeatureSequence seq = new FeatureSequence();
        for (int i = 0; i < b.n; i++) {
            seq.nextToken();
            int w0 = b.lowerHash[i];
            int wm1 = word(b, i - 1);
            int wp1 = word(b, i + 1);
            int wm2 = word(b, i - 2);
            int wp2 = word(b, i + 2);
            int q = b.inQuote[i] ? 1 : 0;
            seq.add(FeatureHash.of(1, 0));
            seq.add(FeatureHash.of(2, w0));
            seq.add(FeatureHash.of(3, wm1));
            seq.add(FeatureHash.of(4, wp1));
            seq.add(FeatureHash.of(5, wm2));
            seq.add(FeatureHash.of(6, wp2));
            seq.add(FeatureHash.of(7, wm1, w0));
            seq.add(FeatureHash.of(8, w0, wp1));
            seq.add(FeatureHash.of(9, wm1, wp1));
            seq.add(FeatureHash.of(10, b.shapeHash[i]));
            seq.add(FeatureHash.of(11, b.suffixHash[i]));
            seq.add(FeatureHash.of(12, w0, q));
            seq.add(FeatureHash.of(13, q, b.shapeHash[i]));
            seq.add(FeatureHash.of(14, w0, b.sentenceStart[i] ? 1 : 0, b.sentenceEnd[i] ? 1 : 0));
            seq.add(FeatureHash.of(15, shapeAt(b, i - 1), b.shapeHash[i], shapeAt(b, i + 1)));
            seq.add(FeatureHash.of(16, w0, wp1, wp2));
            seq.add(FeatureHash.of(17, wm2, wm1, w0));
            seq.add(FeatureHash.of(18, b.suffixHash[i], shapeAt(b, i - 1)));
            seq.add(FeatureHash.of(19, w0, quoteSide(b, i)));
        }
        return seq;
    }

    static int word(BlockTokens b, int i) {
        return i < 0 ? BOS : i >= b.n ? EOS : b.lowerHash[i];
    }

    static int shapeAt(BlockTokens b, int i) {
        return i < 0 ? BOS : i >= b.n ? EOS : b.shapeHash[i];
    }

    /** Whether a quotation mark is within two tokens before (1), after (2), both (3) or neither (0). */
    static int quoteSide(BlockTokens b, int i) {
        int before = b.quoteMarks[i] - b.quoteMarks[Math.max(0, i - 2)];
        int after = b.quoteMarks[Math.min(b.n, i + 3)] - b.quoteMarks[Math.min(b.n, i + 1)];
        return (before > 0 ? 1 : 0) | (after > 0 ? 2 : 0);
    }
}
