package io.claimscore.attribution.tagger;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SequenceModelTest {

    private static final int O = CueFeatures.O;
    private static final int B = CueFeatures.B;
    private static final int I = CueFeatures.I;

    private static byte[] bytes(SequenceModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(out)) {
            model.write(data);
        }
        return out.toByteArray();
    }

    private static SequenceModel read(byte[] bytes) throws IOException {
        return SequenceModel.read(new DataInputStream(new ByteArrayInputStream(bytes)));
    }

    /** A model whose only preference is a per-tag bias: no features, no transition scores. */
    private static SequenceModel biased(float o, float b, float i) {
        return new SequenceModel(3, 16, new float[16 * 3], new float[4 * 3], CueFeatures.allowedTransitions())
                .withBias(new float[] {o, b, i});
    }

    private static FeatureSequence plain(int n) {
        FeatureSequence seq = new FeatureSequence();
        for (int k = 0; k < n; k++) {
            seq.nextToken();
            seq.add(k);
        }
        return seq;
    }

    @Test
    void writeReadRoundTripDecodesIdentically() throws IOException {
        SequenceModel trained = ToyProblem.train(1);
        int nonZero = 0;
        for (int k = 0; k < trained.buckets() * trained.tags(); k++) {
            nonZero += trained.weight(k) != 0f ? 1 : 0;
        }
        assertTrue(nonZero > 10, "training left non-zero weights to store");
        byte[] first = bytes(trained);
        SequenceModel copy = read(first);
        assertEquals(trained.tags(), copy.tags());
        assertEquals(trained.buckets(), copy.buckets());
        assertArrayEquals(trained.allowedTransitions(), copy.allowedTransitions());
        for (PerceptronTrainer.Example ex : ToyProblem.examples(99, 100)) {
            assertArrayEquals(trained.decode(ex.features()), copy.decode(ex.features()));
        }
        assertArrayEquals(first, bytes(copy), "re-writing a read model gives the same bytes");
    }

    @Test
    void roundTripKeepsBiasAndTransitions() throws IOException {
        SequenceModel trained = ToyProblem.train(1).withBias(new float[] {0.5f, -1.25f, 2f});
        SequenceModel copy = read(bytes(trained));
        for (int k = 0; k < 12; k++) {
            assertEquals(trained.transition(k), copy.transition(k));
        }
        float max = 0;
        for (int k = 0; k < trained.buckets() * trained.tags(); k++) {
            max = Math.max(max, Math.abs(trained.weight(k)));
        }
        for (int k = 0; k < trained.buckets() * trained.tags(); k++) {
            assertEquals(trained.weight(k), copy.weight(k), max / 32767f, "weight " + k);
        }
        assertArrayEquals(biased(0.5f, -1.25f, 2f).decode(plain(5)), read(bytes(biased(0.5f, -1.25f, 2f))).decode(plain(5)));
        assertArrayEquals(new int[] {B, I, I, I, I}, read(bytes(biased(0.5f, -1.25f, 2f))).decode(plain(5)),
                "the bias is stored: without it every tag would tie and O would win");
    }

    @Test
    void aBiasedReadingDecodesAsTheBiasedModelAndLeavesTheScoresAlone() {
        SequenceModel model = biased(1f, 0.5f, 0f);
        Emissions e = model.emissions(4);
        for (int k = 0; k < 4; k++) {
            e.nextToken();
            e.add(k);
        }
        assertArrayEquals(new int[] {O, O, O, O}, model.decode(e));
        // +2 on I: B I I I scores 0.5 + 3 * 2 = 6.5 against 4 for O O O O.
        float[] longer = {0f, 0f, 2f};
        int[] read = model.decode(e, longer);
        assertArrayEquals(biased(1f, 0.5f, 2f).decode(plain(4)), read);
        assertArrayEquals(new int[] {B, I, I, I}, read);
        assertArrayEquals(new int[] {O, O, O, O}, model.decode(e), "the scores themselves are unchanged");
    }

    @Test
    void readRejectsForeignData() {
        byte[] junk = {1, 2, 3, 4, 5, 6, 7, 8};
        IOException e = assertThrows(IOException.class, () -> read(junk));
        assertTrue(e.getMessage().contains("not a claimscore sequence model"));
    }

    @Test
    void bucketCountMustBeAPowerOfTwo() {
        assertThrows(IllegalArgumentException.class,
                () -> new SequenceModel(3, 12, new float[36], new float[12], CueFeatures.allowedTransitions()));
        assertThrows(IllegalArgumentException.class, () -> biased(0, 0, 0).withBias(new float[2]));
    }

    @Test
    void viterbiNeverPutsInsideAfterOutsideOrAtTheStart() {
        // Every token prefers I; I is only allowed after B or I, so the best legal path opens with B.
        assertArrayEquals(new int[] {B, I, I, I, I, I}, biased(0, 0, 10).decode(plain(6)));
        assertNotEquals(I, biased(0, 0, 10).decode(plain(1))[0], "a one-token sequence cannot be I");
    }

    @Test
    void viterbiRespectsPinnedTags() {
        FeatureSequence seq = plain(5);
        FeatureSequence pinned = new FeatureSequence();
        for (int k = 0; k < 5; k++) {
            pinned.nextToken();
            pinned.add(k);
            if (k == 2) {
                pinned.pin(O);
            }
        }
        assertArrayEquals(new int[] {B, I, I, I, I}, biased(0, 0, 10).decode(seq));
        // Token 2 is forced to O, so token 3 cannot continue with I: it must open a new run.
        assertArrayEquals(new int[] {B, I, O, B, I}, biased(0, 0, 10).decode(pinned));
        // A pin overrides even a strong preference against the pinned tag.
        FeatureSequence one = new FeatureSequence();
        one.nextToken();
        one.pin(B);
        assertArrayEquals(new int[] {B}, biased(100, -100, 0).decode(one));
    }

    @Test
    void decodedSequencesAreAlwaysLegal() {
        SequenceModel model = ToyProblem.train(3);
        boolean[] allowed = CueFeatures.allowedTransitions();
        for (PerceptronTrainer.Example ex : ToyProblem.examples(17, 200)) {
            int[] tags = model.decode(ex.features());
            for (int i = 0; i < tags.length; i++) {
                int prev = i == 0 ? -1 : tags[i - 1];
                assertTrue(allowed[(prev + 1) * 3 + tags[i]], "illegal " + Arrays.toString(tags));
            }
        }
    }

    @Test
    void emptySequenceDecodesToNothing() {
        assertEquals(0, biased(0, 0, 1).decode(new FeatureSequence()).length);
    }

    @Test
    void roleTransitionsOnlyContinueTheirOwnRole() {
        boolean[] allowed = RoleFeatures.allowedTransitions();
        int t = RoleFeatures.TAGS;
        assertTrue(allowed[(RoleFeatures.B_SOURCE + 1) * t + RoleFeatures.I_SOURCE]);
        assertTrue(allowed[(RoleFeatures.I_CONTENT + 1) * t + RoleFeatures.I_CONTENT]);
        assertTrue(!allowed[(RoleFeatures.B_SOURCE + 1) * t + RoleFeatures.I_CONTENT]);
        assertTrue(!allowed[(RoleFeatures.O + 1) * t + RoleFeatures.I_SOURCE]);
        assertTrue(!allowed[RoleFeatures.I_CONTENT], "no inside tag at the start");
        assertNotEquals(allowed[RoleFeatures.B_CONTENT], false);
        List.of(RoleFeatures.O, RoleFeatures.B_SOURCE, RoleFeatures.B_CONTENT)
                .forEach(tag -> assertTrue(allowed[tag], "a begin or outside tag can open the sequence"));
    }
}
