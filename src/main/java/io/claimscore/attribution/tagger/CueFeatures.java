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
    /** Template 1, the same for every token. */
    private static final int BIAS = FeatureHash.of(1, 0);
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

    public FeatureSequence extract(BlockTokens b, CuePrior.Lookup prior) {
        FeatureSequence seq = new FeatureSequence();
        extract(b, prior, seq);
        return seq;
    }

    /** The features of every token of the block, into {@code seq}. */
    void extract(BlockTokens b, CuePrior.Lookup prior, FeatureSink seq) {
        extract(b, prior, seq, stem -> false);
    }

    /**
     * As {@link #extract(BlockTokens, CuePrior.Lookup, FeatureSink)}, with the tokens whose stem {@code pinnedOut}
     * accepts pinned to O and left unscored (tagging only: training reads every token, with leave-one-out priors).
     */
    void extract(BlockTokens b, CuePrior.Lookup prior, FeatureSink seq, java.util.function.IntPredicate pinnedOut) {
        // Each token's prior, looked up once: templates 30-34 read it for the token and the next one, and the
        // sentence context (templates 35-37) for every token of the sentence.
        int[] priors = new int[b.n];
        for (int k = 0; k < b.n; k++) {
            priors[k] = prior.bucket(b.stemHash[k]);
        }
        int priorAfterEnd = prior.bucket(EOS);
        // What each token contributes to its neighbours' left and right contexts, worked out once per token
        // rather than once for each of the three neighbours that look at it.
        int[] leftCodes = new int[b.n];
        int[] rightCodes = new int[b.n];
        for (int k = 0; k < b.n; k++) {
            leftCodes[k] = leftCode(b, k);
            rightCodes[k] = rightCode(b, k);
        }
        // The token's whole sentence, beyond the three-token contexts: does it hold a quotation mark anywhere, how
        // many words that are likely cues, and is there one before this token (templates 35 to 37)?
        int firstSentence = b.n == 0 ? 0 : b.sentence[0];
        int[] sentenceContext = sentenceContext(b, priors, firstSentence);
        boolean[] likelyCueBefore = likelyCueBefore(b, priors);
        for (int i = 0; i < b.n; i++) {
            seq.nextToken();
            if (pinnedOut.test(b.stemHash[i])) {
                seq.pin(O);
                continue;
            }
            int w0 = b.lowerHash[i];
            int wm1 = word(b, i - 1);
            int wp1 = word(b, i + 1);
            int wm2 = word(b, i - 2);
            int wp2 = word(b, i + 2);
            int q = b.inQuote[i] ? 1 : 0;
            seq.add(BIAS);
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
            int quoteSide = quoteSide(b, i);
            seq.add(FeatureHash.of(19, w0, quoteSide));
            int stem = b.stemHash[i];
            seq.add(FeatureHash.of(20, stem));
            seq.add(FeatureHash.of(21, stem, wp1));
            seq.add(FeatureHash.of(22, shapeAt(b, i - 1), stem));
            seq.add(FeatureHash.of(23, b.prefixHash[i]));
            seq.add(FeatureHash.of(24, stem, quoteSide, q));
            seq.add(FeatureHash.of(25, wm1, stem));
            int left = leftContext(leftCodes, i);
            int right = rightContext(rightCodes, i);
            seq.add(FeatureHash.of(26, stem, left));
            seq.add(FeatureHash.of(27, stem, right));
            seq.add(FeatureHash.of(28, left, right, b.shapeHash[i]));
            seq.add(FeatureHash.of(29, b.suffixHash[i], left, right));
            int p = priors[i];
            int pNext = i + 1 < b.n ? priors[i + 1] : priorAfterEnd;
            seq.add(FeatureHash.of(30, p));
            seq.add(FeatureHash.of(31, p, left));
            seq.add(FeatureHash.of(32, p, right));
            seq.add(FeatureHash.of(33, p, q, b.shapeHash[i]));
            seq.add(FeatureHash.of(34, p, pNext));
            int sentence = sentenceContext[b.sentence[i] - firstSentence];
            int quoted = sentence & 1;
            seq.add(FeatureHash.of(35, stem, quoted));
            seq.add(FeatureHash.of(36, p, sentence >>> 1, quoted));
            seq.add(FeatureHash.of(37, p, likelyCueBefore[i] ? 1 : 0));
        }
    }

    /** A token's prior rate band from which it counts as a likely cue: cue in at least 30 % of its occurrences. */
    private static final int LIKELY_CUE_BAND = 5;

    /**
     * Per sentence of the block (indexed from {@code firstSentence}): bit 0 set when it holds a quotation mark;
     * bits 1-2 how many of its words are likely cues (0, 1, 2 or more). Tells "said" in a sentence with a quote or
     * with another cue from "said" alone; chosen by 5-fold cross-validation on train (FULL +0.3 points, cue +0.5;
     * a count of the other likely cues only, the same with the stem, or adding colons did less).
     */
    static int[] sentenceContext(BlockTokens b, int[] priors, int firstSentence) {
        if (b.n == 0) {
            return new int[0];
        }
        int[] context = new int[b.sentence[b.n - 1] - firstSentence + 1];
        for (int k = 0; k < b.n; k++) {
            int s = b.sentence[k] - firstSentence;
            if (BlockTokens.isQuoteMark(b.lower[k])) {
                context[s] |= 1;
            }
            if (context[s] >>> 1 < 2 && CuePrior.rateBand(priors[k]) >= LIKELY_CUE_BAND) {
                context[s] += 2;
            }
        }
        return context;
    }

    /**
     * Whether a likely cue word stands earlier in the token's sentence (template 37, with the token's prior): a
     * cue-like word after another is less often a cue of its own ("said he *wants* …" against "he *wants* …"). One
     * forward pass. Cross-validated on train on top of {@link #sentenceContext}: FULL 0.5866 → 0.5883, cue 0.600 →
     * 0.603, source 0.721 → 0.723. With the token's stem instead of its prior it gained more on cross-validation
     * (FULL 0.589–0.590) but broke the seed article's "portal Defense Express reported on December 9 that …".
     */
    static boolean[] likelyCueBefore(BlockTokens b, int[] priors) {
        boolean[] before = new boolean[b.n];
        for (int k = 1; k < b.n; k++) {
            before[k] = b.sentence[k - 1] == b.sentence[k]
                    && (before[k - 1] || CuePrior.rateBand(priors[k - 1]) >= LIKELY_CUE_BAND);
        }
        return before;
    }

    static int word(BlockTokens b, int i) {
        return i < 0 ? BOS : i >= b.n ? EOS : b.lowerHash[i];
    }

    static int shapeAt(BlockTokens b, int i) {
        return i < 0 ? BOS : i >= b.n ? EOS : b.shapeHash[i];
    }

    private static final int HE = "he".hashCode();
    private static final int SHE = "she".hashCode();
    private static final int THEY = "they".hashCode();
    private static final int WHO = "who".hashCode();
    private static final int I_ = "i".hashCode();
    private static final int WE = "we".hashCode();
    private static final int THAT = "that".hashCode();
    private static final int TO = "to".hashCode();

    /** What stands in the three tokens before: a subject pronoun (1), a capitalised word (2), a comma (4). */
    static int leftContext(int[] leftCodes, int i) {
        int code = 0;
        for (int k = Math.max(0, i - 3); k < i; k++) {
            code |= leftCodes[k];
        }
        return code;
    }

    /** Token k's part in a later token's {@link #leftContext}. */
    private static int leftCode(BlockTokens b, int k) {
        int w = b.lowerHash[k];
        if (w == HE || w == SHE || w == THEY || w == WHO || w == I_ || w == WE) {
            return 1;
        } else if (b.capitalised[k] && !b.sentenceStart[k]) {
            return 2;
        } else if (!b.word[k] && b.lower[k].equals(",")) {
            return 4;
        }
        return 0;
    }

    /** What follows in the three tokens after: "that" (1), "to" (2), a quotation mark or colon (4), a comma (8). */
    static int rightContext(int[] rightCodes, int i) {
        int code = 0;
        for (int k = i + 1; k < Math.min(rightCodes.length, i + 4); k++) {
            code |= rightCodes[k];
        }
        return code;
    }

    /** Token k's part in an earlier token's {@link #rightContext}. */
    private static int rightCode(BlockTokens b, int k) {
        int w = b.lowerHash[k];
        if (w == THAT) {
            return 1;
        } else if (w == TO) {
            return 2;
        } else if (isQuoteOrColon(b.lower[k])) {
            return 4;
        } else if (b.lower[k].equals(",")) {
            return 8;
        }
        return 0;
    }

    private static boolean isQuoteOrColon(String w) {
        return w.equals(":") || BlockTokens.isQuoteMark(w);
    }

    /** Whether a quotation mark is within two tokens before (1), after (2), both (3) or neither (0). */
    static int quoteSide(BlockTokens b, int i) {
        int before = b.quoteMarks[i] - b.quoteMarks[Math.max(0, i - 2)];
        int after = b.quoteMarks[Math.min(b.n, i + 3)] - b.quoteMarks[Math.min(b.n, i + 1)];
        return (before > 0 ? 1 : 0) | (after > 0 ? 2 : 0);
    }
}
