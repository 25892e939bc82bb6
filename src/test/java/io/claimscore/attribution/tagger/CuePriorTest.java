package io.claimscore.attribution.tagger;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
            int total = random.nextInt(40);
            counts.put(random.nextInt(), new int[] {total == 0 ? 0 : random.nextInt(total + 1), total});
        }
        CuePrior prior = new CuePrior(counts);
        counts.forEach((stem, c) -> assertEquals(CuePrior.bucket(c[0], c[1]), prior.bucket(stem), "stem " + stem));
        for (int k = 0; k < 5000; k++) {
            int stem = random.nextInt();
            if (!counts.containsKey(stem)) {
                assertEquals(0, prior.bucket(stem), "unseen stem " + stem);
            }
        }
        assertEquals(0, new CuePrior(Map.of()).bucket(42));
    }
}
