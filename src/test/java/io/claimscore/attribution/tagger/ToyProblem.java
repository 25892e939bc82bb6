package io.claimscore.attribution.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A tiny synthetic tagging problem: words are small integers; word 0 is a marker. The token right after a marker
 * is tagged B, the one after that I, everything else O (the cue tag set). Features: the word, the previous word,
 * the word two back. Markers are at least three tokens apart, so the rule is unambiguous.
 */
final class ToyProblem {

    static final int MARKER = 0;
    static final int VOCABULARY = 12;

    private ToyProblem() {
    }

    record Sentence(int[] words, int[] tags) {
    }

    static Sentence sentence(Random random, int length) {
        int[] words = new int[length];
        int[] tags = new int[length];
        int lastMarker = -10;
        for (int i = 0; i < length; i++) {
            boolean marker = i - lastMarker >= 3 && i < length - 1 && random.nextInt(4) == 0;
            words[i] = marker ? MARKER : 1 + random.nextInt(VOCABULARY - 1);
            if (marker) {
                lastMarker = i;
            }
            tags[i] = i - lastMarker == 1 ? CueFeatures.B : i - lastMarker == 2 ? CueFeatures.I : CueFeatures.O;
        }
        return new Sentence(words, tags);
    }

    static FeatureSequence features(int[] words) {
        FeatureSequence seq = new FeatureSequence();
        for (int i = 0; i < words.length; i++) {
            seq.nextToken();
            seq.add(FeatureHash.of(1, words[i]));
            seq.add(FeatureHash.of(2, i > 0 ? words[i - 1] : -1));
            seq.add(FeatureHash.of(3, i > 1 ? words[i - 2] : -1));
        }
        return seq;
    }

    static List<PerceptronTrainer.Example> examples(long seed, int count) {
        Random random = new Random(seed);
        List<PerceptronTrainer.Example> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            Sentence s = sentence(random, 4 + random.nextInt(12));
            out.add(new PerceptronTrainer.Example(features(s.words()), s.tags()));
        }
        return out;
    }

    static SequenceModel train(long seed) {
        PerceptronTrainer trainer = new PerceptronTrainer(CueFeatures.TAGS, 1 << 10, CueFeatures.allowedTransitions());
        return trainer.train(examples(seed, 200), 5, 42L);
    }
}
