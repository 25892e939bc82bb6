package io.claimscore.attribution.tagger;

/**
 * Feature templates of the role tagger: given one cue in a block, tag every token of the block O, B-SOURCE,
 * I-SOURCE, B-CONTENT or I-CONTENT. Most evidence is relative to the cue, as in semantic role labelling: the side
 * and distance, the cue's own words, whether a comma, quotation mark, sentence boundary or another cue lies in
 * between, and the token's own word, shape and quotation state conjoined with the side.
 */
public final class RoleFeatures {

    public static final int O = 0;
    public static final int B_SOURCE = 1;
    public static final int I_SOURCE = 2;
    public static final int B_CONTENT = 3;
    public static final int I_CONTENT = 4;
    public static final int TAGS = 5;

    private static final int LEFT = 1;
    private static final int RIGHT = 2;
    private static final int TEMPLATES = 24;

    /**
     * {@code FeatureHash.of(template, side)} for every template and side, [side][template]: every role feature
     * hashes the side first, so that step is done once here instead of for every token of every cue window.
     */
    private final int[][] sideSeeds = new int[RIGHT + 1][TEMPLATES + 1];

    public RoleFeatures() {
        for (int side : new int[] {LEFT, RIGHT}) {
            for (int template = 1; template <= TEMPLATES; template++) {
                sideSeeds[side][template] = FeatureHash.of(template, side);
            }
        }
    }

    /** Inside tags only continue their own role. */
    public static boolean[] allowedTransitions() {
        boolean[] allowed = new boolean[(TAGS + 1) * TAGS];
        for (int prev = -1; prev < TAGS; prev++) {
            for (int tag = 0; tag < TAGS; tag++) {
                boolean ok = switch (tag) {
                    case I_SOURCE -> prev == B_SOURCE || prev == I_SOURCE;
                    case I_CONTENT -> prev == B_CONTENT || prev == I_CONTENT;
                    default -> true;
                };
                allowed[(prev + 1) * TAGS + tag] = ok;
            }
        }
        return allowed;
    }

    /**
     * Sentences on each side of the cue's sentence that the role tagger looks at: content rarely runs further.
     * Chosen on a held-out fifth of PolNeAR train (FULL F1 for 1 / 2 / 3 / 4 sentences: 0.570 / 0.583 / 0.583 /
     * 0.580), never on dev.
     */
    public static final int WINDOW_SENTENCES = 3;
    /** And at most this many tokens on each side, so a paragraph without sentence breaks stays linear too. */
    public static final int WINDOW_TOKENS = 150;

    /**
     * The tokens the role tagger reads for a cue: its sentence and {@link #WINDOW_SENTENCES} on each side, within
     * the block. Bounding the window keeps tagging linear in the block's length however many cues it holds.
     *
     * @return {@code {from, to}} token indices
     */
    public static int[] window(BlockTokens b, int cueStart) {
        int sentence = b.sentence[cueStart];
        int from = cueStart;
        while (from > 0 && b.sentence[from - 1] >= sentence - WINDOW_SENTENCES && cueStart - from < WINDOW_TOKENS) {
            from--;
        }
        int to = cueStart;
        while (to < b.n && b.sentence[to] <= sentence + WINDOW_SENTENCES && to - cueStart < WINDOW_TOKENS) {
            to++;
        }
        return new int[] {from, to};
    }

    /**
     * Features of tokens {@code [from, to)} (a {@link #window}) relative to one cue.
     *
     * @param cueStart first token of the cue
     * @param cueEnd   token after the cue's last
     * @param cueMask  which tokens of the block are (predicted) cue tokens of any attribution
     */
    public FeatureSequence extract(BlockTokens b, int from, int to, int cueStart, int cueEnd, boolean[] cueMask) {
        FeatureSequence seq = new FeatureSequence();
        extract(b, from, to, cueStart, cueEnd, cueMask, seq);
        return seq;
    }

    /** As {@link #extract(BlockTokens, int, int, int, int, boolean[])}, into {@code seq}. */
    void extract(BlockTokens b, int from, int to, int cueStart, int cueEnd, boolean[] cueMask, FeatureSink seq) {
        int cueFirst = b.lowerHash[cueStart];
        int cueLast = b.lowerHash[cueEnd - 1];
        int cueWords = cueEnd - cueStart == 1 ? cueFirst : FeatureHash.of(99, cueFirst, cueLast);
        int afterCue = CueFeatures.word(b, cueEnd);
        int beforeCue = CueFeatures.word(b, cueStart - 1);
        int cueQuote = b.inQuote[cueStart] ? 1 : 0;
        int cueSentence = b.sentence[cueStart];
        // cuesBefore[i - from] = other cues' tokens among [from, i)
        int[] cuesBefore = new int[to - from + 1];
        for (int i = from; i < to; i++) {
            cuesBefore[i - from + 1] = cuesBefore[i - from] + (cueMask[i] && (i < cueStart || i >= cueEnd) ? 1 : 0);
        }
        for (int i = from; i < to; i++) {
            seq.nextToken();
            if (i >= cueStart && i < cueEnd) {
                seq.pin(O);
                continue;
            }
            int side = i < cueStart ? LEFT : RIGHT;
            int distance = i < cueStart ? cueStart - i : i - cueEnd + 1;
            int bucket = bucket(distance);
            int left = Math.min(i, cueStart);
            int right = Math.max(i + 1, cueEnd);
            int commas = Math.min(2, b.commas[right] - b.commas[left]);
            int quotes = Math.min(2, b.quoteMarks[right] - b.quoteMarks[left]);
            int otherCues = cuesBefore[Math.min(right, to) - from] - cuesBefore[Math.max(left, from) - from] > 0 ? 1 : 0;
            int sentenceDelta = Math.max(-2, Math.min(2, b.sentence[i] - cueSentence));
            int between = ((commas * 3 + quotes) * 2 + otherCues) * 5 + sentenceDelta + 2;
            int[] seed = sideSeeds[side];
            int w0 = b.lowerHash[i];
            int q = b.inQuote[i] ? 1 : 0;
            int shape = b.shapeHash[i];
            // Template t with values v... is FeatureHash.of(t, side, v...) == FeatureHash.extend(seed[t], v...).
            seq.add(seed[1]);
            seq.add(FeatureHash.extend(seed[2], bucket));
            seq.add(FeatureHash.extend(seed[3], bucket, cueWords));
            seq.add(FeatureHash.extend(seed[4], between));
            seq.add(FeatureHash.extend(seed[5], between, cueWords));
            seq.add(FeatureHash.extend(seed[6], w0));
            seq.add(FeatureHash.extend(seed[7], w0, Math.min(bucket, 4)));
            seq.add(FeatureHash.extend(seed[8], CueFeatures.word(b, i - 1)));
            seq.add(FeatureHash.extend(seed[9], CueFeatures.word(b, i + 1)));
            seq.add(FeatureHash.extend(seed[10], shape, q));
            seq.add(FeatureHash.extend(seed[11], q, cueQuote));
            seq.add(FeatureHash.extend(seed[12], q, between));
            seq.add(FeatureHash.extend(seed[13], afterCue, between));
            seq.add(FeatureHash.extend(seed[14], beforeCue, between));
            seq.add(FeatureHash.extend(seed[15], b.sentenceStart[i] ? 1 : 0, sentenceDelta));
            seq.add(FeatureHash.extend(seed[16], b.sentenceEnd[i] ? 1 : 0, sentenceDelta));
            seq.add(FeatureHash.extend(seed[17], CueFeatures.shapeAt(b, i - 1), shape));
            seq.add(FeatureHash.extend(seed[18], shape, CueFeatures.shapeAt(b, i + 1)));
            seq.add(FeatureHash.extend(seed[19], w0, cueWords));
            seq.add(FeatureHash.extend(seed[20], bucket, afterCue));
            seq.add(FeatureHash.extend(seed[21], bucket, beforeCue));
            seq.add(FeatureHash.extend(seed[22], CueFeatures.word(b, i - 1), w0));
            seq.add(FeatureHash.extend(seed[23], b.suffixHash[i], bucket));
            seq.add(FeatureHash.extend(seed[24], q * 16 + bucket, sentenceDelta));
        }
    }

    /** Distance buckets: exact up to 4, then widening. */
    static int bucket(int distance) {
        if (distance <= 4) {
            return distance;
        }
        if (distance <= 6) {
            return 5;
        }
        if (distance <= 9) {
            return 6;
        }
        if (distance <= 14) {
            return 7;
        }
        if (distance <= 24) {
            return 8;
        }
        return distance <= 40 ? 9 : 10;
    }
}
