package io.claimscore.scoring;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoringWeightsTest {

    private static final ScoringWeights D = ScoringWeights.DEFAULTS;

    @Test
    void defaultsFollowTheSpecificityLadder() {
        assertTrue(D.namedPersonBase() + D.roleBonus() > D.namedPersonBase());
        assertTrue(D.namedPersonBase() > D.organizationBase());
        assertTrue(D.organizationBase() == D.documentBase());
        assertTrue(D.documentBase() > D.mediaBase());
        assertTrue(D.mediaBase() > D.officialBase());
        assertTrue(D.officialBase() > D.anonymousBase());
        assertTrue(D.anonymousBase() > D.vagueBase());
        assertTrue(D.vagueBase() > D.unattributedCheckWorthy(), "no source at all is the largest risk");
    }

    @Test
    void rejectsOutOfRangeValuesNamingTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ScoringWeights(
                101, 10, 65, 65, 55, 45, 30, 20, 20, 10, 5, 0, 15, 8, 16, 10, -5, 10, 60, 2, 25, 20, 2, 3, 10));
        assertTrue(e.getMessage().contains("named-person-base"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ScoringWeights(
                75, 10, 65, 65, 55, 45, 30, 20, 20, 10, 5, 0, -1, 8, 16, 10, -5, 10, 60, 2, 25, 20, 2, 3, 10));
        assertThrows(IllegalArgumentException.class, () -> new ScoringWeights(
                75, 10, 65, 65, 55, 45, 30, 20, 20, 10, 5, 0, 15, 8, 16, 10, -5, 10, 60, 0, 25, 20, 2, 3, 10));
    }

    @Test
    void rejectsAnUpsideDownLadder() {
        // anonymous above an unnamed official
        assertThrows(IllegalArgumentException.class, () -> new ScoringWeights(
                75, 10, 65, 65, 55, 45, 50, 20, 20, 10, 5, 0, 15, 8, 16, 10, -5, 10, 60, 2, 25, 20, 2, 3, 10));
        // the author's own view above an anonymous source
        assertThrows(IllegalArgumentException.class, () -> new ScoringWeights(
                75, 10, 65, 65, 55, 45, 30, 20, 35, 10, 5, 0, 15, 8, 16, 10, -5, 10, 60, 2, 25, 20, 2, 3, 10));
        // indirect above direct
        assertThrows(IllegalArgumentException.class, () -> new ScoringWeights(
                75, 10, 65, 65, 55, 45, 30, 20, 20, 0, 5, 10, 15, 8, 16, 10, -5, 10, 60, 2, 25, 20, 2, 3, 10));
        // an unsourced check-worthy claim above an unsourced background sentence
        assertThrows(IllegalArgumentException.class, () -> new ScoringWeights(
                75, 10, 65, 65, 55, 45, 30, 20, 20, 10, 5, 0, 15, 8, 16, 10, -5, 70, 60, 2, 25, 20, 2, 3, 10));
    }
}
