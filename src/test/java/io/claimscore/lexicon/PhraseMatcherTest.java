package io.claimscore.lexicon;

import io.claimscore.text.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhraseMatcherTest {

    private static String[] lowerTokens(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return new Tokenizer().tokenize(lower).stream().map(t -> t.text(lower)).toArray(String[]::new);
    }

    private static <V> List<String> found(PhraseMatcher<V> m, String text) {
        String[] tokens = lowerTokens(text);
        return m.findAll(tokens, 0, tokens.length).stream()
                .map(x -> String.join(" ", java.util.Arrays.copyOfRange(tokens, x.start(), x.end())) + "=" + x.value())
                .toList();
    }

    @Test
    void longestMatchFirst() {
        PhraseMatcher<String> m = PhraseMatcher.of(Map.of("according", "short", "according to", "long",
                "according to reports", "longest"));
        assertEquals(List.of("according to reports=longest"), found(m, "According to reports, it rained."));
        assertEquals(List.of("according to=long"), found(m, "According to Smith, it rained."));
        assertEquals(List.of("according=short"), found(m, "It went according plan."));
    }

    @Test
    void wholeTokensOnly() {
        PhraseMatcher<Boolean> m = PhraseMatcher.of(List.of("according to", "said"));
        assertEquals(List.of(), found(m, "according tom, it was unsaid and saidly"));
        assertEquals(List.of("according to=true"), found(m, "According to Tom"));
    }

    @Test
    void phrasesAreTokenisedLikeText() {
        PhraseMatcher<Boolean> m = PhraseMatcher.of(List.of("U.S. officials", "it's believed"));
        assertEquals(List.of("u . s . officials=true", "it ' s believed=true"),
                found(m, "U.S. officials say it's believed widely"));
        assertEquals(List.of(), found(m, "US officials say"));
    }

    @Test
    void matchesAreNonOverlappingLeftToRight() {
        PhraseMatcher<String> m = PhraseMatcher.of(Map.of("a b", "ab", "b c", "bc", "c", "c"));
        // "a b" takes the b, so "b c" cannot start there; "c" alone still matches.
        assertEquals(List.of("a b=ab", "c=c"), found(m, "a b c"));
        assertEquals(List.of("b c=bc"), found(m, "x b c"));
        List<PhraseMatcher.Match<String>> all = m.findAll(lowerTokens("a b c a b"), 0, 5);
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i).start() >= all.get(i - 1).end());
        }
        assertEquals(3, all.size());
    }

    @Test
    void matchingStaysInsideTheRange() {
        PhraseMatcher<Boolean> m = PhraseMatcher.of(List.of("according to"));
        String[] tokens = lowerTokens("said according to him");
        assertNull(m.matchAt(tokens, 1, 2), "the phrase would run past the range end");
        assertEquals(new PhraseMatcher.Match<>(1, 3, true), m.matchAt(tokens, 1, 3));
        assertEquals(List.of(), m.findAll(tokens, 2, 4));
        assertNull(m.matchAt(tokens, 0, 4));
    }

    @Test
    void matchesExactly() {
        PhraseMatcher<Boolean> m = PhraseMatcher.of(List.of("according to", "said"));
        String[] tokens = lowerTokens("according to said");
        assertTrue(m.matchesExactly(tokens, 0, 2));
        assertTrue(m.matchesExactly(tokens, 2, 3));
        assertFalse(m.matchesExactly(tokens, 0, 3), "a longer range is not one phrase");
        assertFalse(m.matchesExactly(tokens, 0, 1), "a prefix of a phrase is not the phrase");
        assertFalse(m.matchesExactly(tokens, 1, 1), "an empty range never matches");
        assertFalse(m.matchesExactly(tokens, 2, 1));
    }

    @Test
    void valuesAndCaseInsensitivePhrases() {
        PhraseMatcher<Integer> m = PhraseMatcher.of(Map.of("Pushed The Claim", 7, "said", 1));
        String[] tokens = lowerTokens("He pushed the claim and said so");
        List<PhraseMatcher.Match<Integer>> all = m.findAll(tokens, 0, tokens.length);
        assertEquals(List.of(new PhraseMatcher.Match<>(1, 4, 7), new PhraseMatcher.Match<>(5, 6, 1)), all);
    }

    @Test
    void emptyOrPunctuationFreePhrasesAreIgnoredNotFatal() {
        PhraseMatcher<Boolean> m = PhraseMatcher.of(List.of("", "   ", "said"));
        assertEquals(List.of("said=true"), found(m, "she said"));
    }

    @Test
    void equalLengthPhrasesResolveDeterministically() {
        // Two entries of the same tokens cannot coexist in a map; equal-length different phrases never collide.
        PhraseMatcher<String> m = PhraseMatcher.of(Map.of("he said", "x", "he says", "y"));
        assertEquals(List.of("he says=y"), found(m, "he says"));
        assertEquals(List.of("he said=x"), found(m, "he said"));
    }

    @Test
    void lexiconLinesSkipCommentsAndBlanksAndTrim() {
        assertEquals(List.of("according to", "said", "U.S. officials"), Lexicons.lines("unit/lexicon/sample.txt"));
    }

    @Test
    void lexiconMissingResourceFailsClearly() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Lexicons.lines("unit/lexicon/no-such-file.txt"));
        assertTrue(e.getMessage().contains("unit/lexicon/no-such-file.txt"), e.getMessage());
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void shippedLexiconsLoad() {
        assertFalse(Lexicons.lines("lexicons/hedges.txt").isEmpty());
        for (String line : Lexicons.lines("lexicons/hedges.txt")) {
            assertEquals(line.strip(), line);
            assertFalse(line.contains("#"));
        }
    }
}
