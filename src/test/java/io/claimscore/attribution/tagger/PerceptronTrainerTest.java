package io.claimscore.attribution.tagger;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PerceptronTrainerTest {

    private static byte[] bytes(SequenceModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(out)) {
            model.write(data);
        }
        return out.toByteArray();
    }

    @Test
    void learnsToTagTheTokensAfterAMarker() {
        SequenceModel model = ToyProblem.train(1);
        int correct = 0;
        int total = 0;
        for (PerceptronTrainer.Example ex : ToyProblem.examples(12345, 300)) {
            int[] predicted = model.decode(ex.features());
            for (int i = 0; i < predicted.length; i++) {
                correct += predicted[i] == ex.tags()[i] ? 1 : 0;
                total++;
            }
        }
        assertTrue(correct >= total * 0.99, "accuracy " + correct + "/" + total);
        // A hand-written case: markers at 1 and 5.
        int[] words = {3, ToyProblem.MARKER, 4, 7, 2, ToyProblem.MARKER, 9, 9};
        assertArrayEquals(new int[] {0, 0, CueFeatures.B, CueFeatures.I, 0, 0, CueFeatures.B, CueFeatures.I},
                model.decode(ToyProblem.features(words)));
    }

    @Test
    void untrainedModelTagsEverythingOutside() {
        SequenceModel model = new PerceptronTrainer(3, 64, CueFeatures.allowedTransitions()).train(List.of(), 3, 1);
        assertArrayEquals(new int[] {0, 0, 0}, model.decode(ToyProblem.features(new int[] {0, 1, 2})));
    }

    @Test
    void trainingIsDeterministic() throws IOException {
        byte[] first = bytes(ToyProblem.train(7));
        byte[] second = bytes(ToyProblem.train(7));
        assertArrayEquals(first, second);
        assertTrue(first.length > 100, "the model is not empty: " + first.length + " bytes");
    }

    @Test
    void modelOverSeveralOrdersIsTheMeanOfTheSingleOrderModels() throws IOException {
        PerceptronTrainer trainer = new PerceptronTrainer(CueFeatures.TAGS, 1 << 10, CueFeatures.allowedTransitions());
        List<PerceptronTrainer.Example> examples = ToyProblem.examples(3, 200);
        SequenceModel first = trainer.train(examples, 5, 42L);
        SequenceModel second = trainer.train(examples, 5, 43L);
        SequenceModel mean = trainer.train(examples, 5, 42L, 2);
        boolean ordersDiffer = false;
        for (int k = 0; k < mean.buckets() * mean.tags(); k++) {
            assertEquals((first.weight(k) + second.weight(k)) / 2, mean.weight(k), 1e-5f, "weight " + k);
            ordersDiffer |= first.weight(k) != second.weight(k);
        }
        assertTrue(ordersDiffer, "the two example orders trained different weights, so the mean is not trivial");
        for (int k = 0; k < (mean.tags() + 1) * mean.tags(); k++) {
            assertEquals((first.transition(k) + second.transition(k)) / 2, mean.transition(k), 1e-5f, "transition " + k);
        }
        assertArrayEquals(bytes(first), bytes(trainer.train(examples, 5, 42L, 1)),
                "one order is the plain model");
        int[] words = {3, ToyProblem.MARKER, 4, 7, 2, ToyProblem.MARKER, 9, 9};
        assertArrayEquals(new int[] {0, 0, CueFeatures.B, CueFeatures.I, 0, 0, CueFeatures.B, CueFeatures.I},
                mean.decode(ToyProblem.features(words)));
    }

    @Test
    void averagedWeightsAreFinite() {
        SequenceModel model = ToyProblem.train(5);
        for (int k = 0; k < model.buckets() * model.tags(); k++) {
            assertTrue(Float.isFinite(model.weight(k)));
        }
        assertEquals(3, model.tags());
    }
}
