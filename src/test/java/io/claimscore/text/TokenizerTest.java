package io.claimscore.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> texts(String text) {
        return tokenizer.tokenize(text).stream().map(t -> t.text(text)).toList();
    }

    @Test
    void wordRunsAndSinglePunctuation() {
        assertEquals(List.of("The", "minister", ",", "Smith", ",", "said", ":", "\"", "No", "!", "\"", "—", "twice", "."),
                texts("The minister, Smith, said: \"No!\" — twice."));
        List<Token> tokens = tokenizer.tokenize("Hi!!");
        assertEquals(List.of(new Token(0, 2, true), new Token(2, 3, false), new Token(3, 4, false)), tokens);
    }

    @Test
    void digitsAndUnderscoreAreWordCharacters() {
        assertEquals(List.of("2", ",", "500", "snake_case", "x2"), texts("2,500 snake_case x2"));
        assertEquals(List.of("3", ".", "5", "%"), texts("3.5%"));
    }

    @Test
    void apostrophesSplitContractions() {
        assertEquals(List.of("don", "’", "t"), texts("don’t"));
        assertEquals(List.of("it", "'", "s"), texts("it's"));
        assertEquals(List.of("Smith", "’", "s", "aide"), texts("Smith’s aide"));
    }

    @Test
    void nonBmpCharactersStayWhole() {
        String text = "a👍🏽b";
        List<Token> tokens = tokenizer.tokenize(text);
        assertEquals(List.of("a", "👍", "🏽", "b"), texts(text));
        assertEquals(new Token(1, 3, false), tokens.get(1), "the emoji is one token of two UTF-16 units");
        assertEquals(new Token(3, 5, false), tokens.get(2));
        // A letter outside the BMP (mathematical bold A) is a word character and joins its run.
        assertEquals(List.of("x𝐀y"), texts("x𝐀y"));
    }

    @Test
    void unicodeWhitespaceSeparates() {
        assertEquals(List.of("a", "b", "c", "d", "e"), texts("a\u00a0b\u2009c\u3000d\u001ce"));
        // A zero-width space is not whitespace for Python either: it is a symbol token of its own.
        assertEquals(List.of("a", "\u200b", "b"), texts("a\u200bb"));
    }

    @Test
    void offsetsEqualSubstrings() {
        String text = "  “We will act,” Smith said 👍 — café\u0301\tdon’t…\n";
        for (Token t : tokenizer.tokenize(text)) {
            assertEquals(text.substring(t.start(), t.end()), t.text(text));
            assertEquals(t.span().of(text), t.text(text));
            assertFalse(t.text(text).isBlank());
            assertFalse(Character.isLowSurrogate(text.charAt(t.start())), "never starts inside a surrogate pair");
            assertFalse(Character.isHighSurrogate(text.charAt(t.end() - 1)), "never ends inside a surrogate pair");
        }
    }

    @Test
    void rangeIsRespected() {
        String text = "Alpha beta, gamma";
        List<Token> tokens = tokenizer.tokenize(text, 6, 11);
        assertEquals(List.of(new Token(6, 10, true), new Token(10, 11, false)), tokens);
        assertTrue(tokenizer.tokenize(text, 3, 3).isEmpty());
        assertTrue(tokenizer.tokenize("").isEmpty());
        assertTrue(tokenizer.tokenize(" \n\t ").isEmpty());
    }

    /** Expected lists written by hand from {@code re.findall(r"\w+|[^\w\s]", s)} in Python 3. */
    @Test
    void parityWithPolnearScorerRegex() {
        assertEquals(List.of("U", ".", "S", ".", "officials", "said", "it", "'", "s", "over", "."),
                texts("U.S. officials said it's over."));
        assertEquals(List.of("“", "We", "’", "re", "ready", ",", "”", "she", "said", "(", "twice", ")", "…"),
                texts("“We’re ready,” she said (twice)…"));
        assertEquals(List.of("x²", "Ⅳ", "_a_", "١٢"), texts("x² Ⅳ _a_ ١٢"));
        assertEquals(List.of("Zelenskyy", "-", "Putin", "$", "5bn", "#", "1"), texts("Zelenskyy-Putin $5bn #1"));
    }

    @Test
    void precomposedAccentsAreWordCharacters() {
        assertEquals(List.of("café", "Müller", "Łódź"), texts("café Müller Łódź"));
    }

    /**
     * Python's {@code \w} does not match combining marks (categories Mn, Mc, Me): {@code re.findall(r"\w+|[^\w\s]",
     * "cafe\u0301 ok")} is {@code ['cafe', '\u0301', 'ok']}. The tokenizer claims parity but keeps the mark in the word.
     */
    @Test
    void combiningMarksParityWithPython() {
        assertEquals(List.of("cafe", "\u0301", "ok"), texts("cafe\u0301 ok"));
        assertEquals(List.of("क", "्", "षत", "्", "र", "ि", "य"), texts("क्षत्रिय"));
    }

    @Test
    void combiningMarkNeverSplitsAWordFromItsBaseOffsets() {
        // Whatever the word policy, a decomposed accent keeps offsets consistent and the base letter in a word token.
        String text = "cafe\u0301";
        List<Token> tokens = tokenizer.tokenize(text);
        assertTrue(tokens.get(0).word());
        assertEquals(0, tokens.get(0).start());
        assertEquals(text.length(), tokens.get(tokens.size() - 1).end());
    }
}
