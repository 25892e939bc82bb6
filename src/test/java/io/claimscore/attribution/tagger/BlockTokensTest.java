package io.claimscore.attribution.tagger;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BlockTokensTest {

    private static final List<String> WORDS = List.of("", "a", "Smith", "U", "2023", ",", "McDonald's", "urging",
            "urged", "urges", "press", "ABCdef12", "Zürich", "ÉLAN", "x\u0000y", "日本語", "𝒜b", "said");

    /** The shape string the hash stands for, as the templates were written (and the model trained). */
    private static String shape(String w) {
        StringBuilder b = new StringBuilder(4);
        char last = 0;
        for (int i = 0; i < w.length() && b.length() < 4; i++) {
            char c = w.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != last) {
                b.append(k);
                last = k;
            }
        }
        return b.toString();
    }

    @Test
    void hashesEqualThoseOfTheStrings() {
        for (String w : WORDS) {
            assertEquals(shape(w).hashCode(), BlockTokens.shapeHash(w), w);
            for (int from = 0; from <= w.length(); from++) {
                for (int to = from; to <= w.length(); to++) {
                    assertEquals(w.substring(from, to).hashCode(), BlockTokens.hash(w, from, to), w);
                }
            }
        }
        assertEquals("Xx", shape("Smith"));
        assertEquals("d", shape("2023"));
    }

    @Test
    void stems() {
        assertEquals("urg", "urging".substring(0, BlockTokens.stemLength("urging")));
        assertEquals("urg", "urged".substring(0, BlockTokens.stemLength("urged")));
        assertEquals("urg", "urges".substring(0, BlockTokens.stemLength("urges")));
        assertEquals("press", "press".substring(0, BlockTokens.stemLength("press")));
        assertEquals("said", "said".substring(0, BlockTokens.stemLength("said")));
    }
}
