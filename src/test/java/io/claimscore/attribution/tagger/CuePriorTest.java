package io.claimscore.attribution.tagger;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CuePriorTest {

    @Test
    void lookupTableAgreesWithTheCounts() {
        Random random = new Random(7);
        Map<Integer, int[]> counts = new HashMap<>();
        // Colliding table slots, extreme and zero keys, empty counts (bucket 0 although present).
        for (int stem : new int[] {0, -1, 1, Integer.MIN_VALUE, Integer.MAX_VALUE, 1 << 16, 2 << 16, 3 << 16}) {
            counts.put(stem, new int[] {random.nextInt(3), random.nextInt(3)});
        }
        for (int k = 0; k < 5000; k++) {
            int total = random.nextInt(k % 2 == 0 ? 40 : 400);
            int cue = total == 0 || k % 3 == 0 ? random.nextInt(2) * Math.min(total, 1) : random.nextInt(total + 1);
            counts.put(random.nextInt(), new int[] {cue, total});
        }
        CuePrior prior = new CuePrior(counts);
        counts.forEach((stem, c) -> {
            assertEquals(CuePrior.bucket(c[0], c[1]), prior.bucket(stem), "stem " + stem);
            assertEquals(CuePrior.isRarelyCue(c[0], c[1]), prior.isRarelyCue(stem), "stem " + stem);
        });
        assertTrue(counts.values().stream().filter(c -> CuePrior.isRarelyCue(c[0], c[1])).count() > 100,
                "the table holds rarely-cue stems, so the flag bit is exercised");
        for (int k = 0; k < 5000; k++) {
            int stem = random.nextInt();
            if (!counts.containsKey(stem)) {
                assertEquals(0, prior.bucket(stem), "unseen stem " + stem);
                assertFalse(prior.isRarelyCue(stem), "unseen stem " + stem);
            }
        }
        assertEquals(0, new CuePrior(Map.of()).bucket(42));
    }

    @Test
    void aStemIsRarelyACueWhenSeenOftenAndAlmostNeverInACue() {
        assertTrue(CuePrior.isRarelyCue(0, 20), "never in 20");
        assertFalse(CuePrior.isRarelyCue(0, 19), "too few sightings to tell");
        assertTrue(CuePrior.isRarelyCue(1, 200), "once in 200");
        assertFalse(CuePrior.isRarelyCue(1, 199));
        assertFalse(CuePrior.isRarelyCue(1, 49), "a cue once in 49 sightings");
        assertFalse(CuePrior.isRarelyCue(30, 100));
    }
}
