package io.claimscore.attribution.tagger;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FeatureSequenceTest {

    @Test
    void growsPastItsInitialCapacity() {
        FeatureSequence seq = new FeatureSequence();
        int n = 1000;
        for (int i = 0; i < n; i++) {
            seq.nextToken();
            for (int f = 0; f < i % 6; f++) {   // 0..5 features: 2,500 in all, past the initial 256
                seq.add(i * 10 + f);
            }
            if (i % 7 == 0) {
                seq.pin(i % 3);
            }
        }
        assertEquals(n, seq.size());
        int expectedStart = 0;
        for (int i = 0; i < n; i++) {
            assertEquals(expectedStart, seq.start(i), "start of token " + i);
            assertEquals(expectedStart + i % 6, seq.end(i), "end of token " + i);
            for (int f = 0; f < i % 6; f++) {
                assertEquals(i * 10 + f, seq.feature(seq.start(i) + f));
            }
            assertEquals(i % 7 == 0 ? i % 3 : -1, seq.pinned(i), "pin of token " + i);
            expectedStart += i % 6;
        }
    }

    @Test
    void longSequencesDecode() {
        int[] words = new int[1000];
        for (int i = 0; i < words.length; i++) {
            words[i] = i % 10 == 3 ? ToyProblem.MARKER : 1 + i % 7;
        }
        int[] tags = ToyProblem.train(1).decode(ToyProblem.features(words));
        assertEquals(1000, tags.length);
        for (int i = 0; i < words.length; i++) {
            int expected = i % 10 == 4 ? CueFeatures.B : i % 10 == 5 ? CueFeatures.I : CueFeatures.O;
            assertEquals(expected, tags[i], "token " + i);
        }
    }

    @Test
    void tokensWithoutFeaturesAreEmpty() {
        FeatureSequence seq = new FeatureSequence();
        seq.nextToken();
        seq.nextToken();
        seq.add(5);
        seq.nextToken();
        assertEquals(0, seq.end(0) - seq.start(0));
        assertEquals(1, seq.end(1) - seq.start(1));
        assertEquals(0, seq.end(2) - seq.start(2));
    }
}
