package io.claimscore.attribution.tagger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped tagger's two readings of a block: confident cues, and tentative ones kept only when plausible. */
class AttributionTaggerTest {

    private static AttributionTagger tagger;

    @BeforeAll
    static void load() {
        tagger = AttributionTagger.loadDefault();
    }

    @Test
    void aCueOnlyTheLooseReadingFindsIsKeptWithANamedSourceAndAClause() {
        // The model decides which verbs need the loose reading: "charges" did until the cue tagger saw its
        // sentence, "suspects" until the models were averaged over training orders (2026-11-29); "implies" still does.
        String text = "Trump implies that countries that stand to benefit from the deal donated millions of dollars "
                + "to the Clinton Foundation.";
        BlockTokens b = TextLayers.oneBlock(text);
        assertTrue(tagger.cues(b).isEmpty(), "not a confident cue: the test needs the tentative path");
        List<TaggedAttribution> found = tagger.tag(b);
        assertEquals(1, found.size());
        TaggedAttribution a = found.get(0);
        assertEquals("implies", a.cue().of(text));
        assertNotNull(a.source());
        assertEquals("Trump", a.source().of(text));
        assertTrue(a.contentHull().of(text).startsWith("that countries"));
    }

    @Test
    void tentativeCuesNeverOverlapConfidentOnesAndKeptOnesArePlausible() throws IOException {
        String seed = new String(AttributionTaggerTest.class.getResourceAsStream("/articles/seed-article.txt")
                .readAllBytes(), StandardCharsets.UTF_8);
        Set<String> pronouns = Set.of("he", "she", "they", "it", "we", "i", "who");
        int tentativeSeen = 0;
        for (BlockTokens b : BlockTokens.of(TextLayers.analyze(seed))) {
            AttributionTagger.CueRuns runs = tagger.cueRuns(b);
            boolean[] confident = new boolean[b.size()];
            for (int[] c : runs.confident()) {
                for (int i = c[0]; i < c[1]; i++) {
                    confident[i] = true;
                }
            }
            for (int[] t : runs.tentative()) {
                tentativeSeen++;
                for (int i = t[0]; i < t[1]; i++) {
                    assertFalse(confident[i], "a tentative cue overlaps a confident one");
                }
            }
            java.util.Set<Integer> sentencesWithCues = new java.util.HashSet<>();
            for (int[] c : runs.confident()) {
                sentencesWithCues.add(b.sentenceOf(c[0]));
            }
            for (TaggedAttribution a : tagger.tag(b)) {
                if (confident[a.cueEndToken() - 1]) {
                    continue;
                }
                assertFalse(sentencesWithCues.contains(b.sentenceOf(a.cueStartToken())),
                        "a tentative cue beside a confident one: " + a.cue().of(seed));
                assertFalse(b.lower(a.cueEndToken() - 1).endsWith("ly"), a.cue().of(seed));
                String source = a.source().of(seed);
                assertTrue(Character.isUpperCase(source.codePointAt(0))
                        || pronouns.contains(source.toLowerCase(Locale.ROOT)), source);
            }
        }
        assertTrue(tentativeSeen > 0, "the seed article exercises the loose reading");
    }
}
