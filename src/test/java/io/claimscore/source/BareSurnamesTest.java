package io.claimscore.source;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BareSurnamesTest {

    private static boolean usedAloneBefore(String text, String lastWord, String before) {
        return new BareSurnames(text).usedAloneBefore(lastWord, text.indexOf(before));
    }

    @Test
    void aSurnameAloneInTheBodyCounts() {
        String text = "Plan.\n\nTrump's plan was vague. Ivanka Trump said so.";
        assertTrue(usedAloneBefore(text, "trump", "Ivanka"));
        // Only before the given offset.
        assertFalse(usedAloneBefore(text, "trump", "Trump's"));
    }

    @Test
    void aHeadlineALongerNameOrAnotherWordDoNot() {
        assertFalse(usedAloneBefore("Trump wins.\n\nIvanka Trump said so.", "trump", "Ivanka"));
        assertFalse(usedAloneBefore("Benghazi.\n\nSean Smith died. Patricia Smith spoke.", "smith", "Patricia"));
        assertFalse(usedAloneBefore("Race.\n\nSmithson spoke. Patricia Smith spoke.", "smith", "Patricia"));
        assertFalse(usedAloneBefore("No line break. Trump said. Ivanka Trump spoke.", "trump", "Ivanka"));
    }
}
