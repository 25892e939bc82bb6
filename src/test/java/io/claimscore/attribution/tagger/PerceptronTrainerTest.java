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
    void averagedWeightsAreFinite() {
        SequenceModel model = ToyProblem.train(5);
        for (int k = 0; k < model.buckets() * model.tags(); k++) {
            assertTrue(Float.isFinite(model.weight(k)));
        }
        assertEquals(3, model.tags());
    }
}
