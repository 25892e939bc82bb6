package io.claimscore.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quality gate: the attribution extractor on PolNeAR's dev split, scored by the corpus' own eval.py, must not
 * fall below the levels reached (see README, "Attribution quality"). The pipeline is deterministic, so any drop
 * is a real regression. Needs {@code ../shared/polnear} and python3, as CI has; fails loudly without them.
 */
class PolnearDevGateTest {

    private static final Path POLNEAR = Path.of("../shared/polnear");
    private static JsonNode scores;

    @BeforeAll
    static void evaluate() throws Exception {
        assertTrue(Files.isRegularFile(POLNEAR.resolve("eval.py")),
                "PolNeAR corpus not found at " + POLNEAR.toAbsolutePath() + ": the quality gate needs it");
        List<String> out = PolnearEvaluation.run(POLNEAR, "dev", Path.of("target/polnear/dev.jsonl"));
        out.forEach(System.out::println);
        scores = new ObjectMapper().readTree(out.get(out.size() - 1));
    }

    /**
     * Levels reached on dev with the shipped model (2026-11-29: FULL 0.609, source 0.7515, cue 0.630, content 0.837,
     * quotes FULL 0.780). Modelling choices are made by cross-validation on train, not here (see
     * TrainAttributionModel.CUE_BEGIN_BIAS and AttributionTagger.TENTATIVE_CUE_BIAS for the latest). The sentence
     * context features of the cue tagger (2026-11-29) raised cross-validated FULL, cue, source and quotes FULL alike
     * but moved dev's source (0.753 → 0.7515) and quotes FULL (0.783 → 0.780) down by four tokens and four quotes:
     * those two levels were lowered to the new values, not below.
     */
    @Test
    void fullAttributionF1() {
        assertAtLeast("attribution FULL F1", scores.path("attribution_full").path("f1").asDouble(), 0.608);
    }

    @Test
    void roleTokenF1() {
        JsonNode role = scores.path("role");
        assertAtLeast("source token F1", role.path("source").path("f1").asDouble(), 0.751);
        assertAtLeast("cue token F1", role.path("cue").path("f1").asDouble(), 0.629);
        assertAtLeast("content token F1", role.path("content").path("f1").asDouble(), 0.836);
    }

    @Test
    void directQuotesFullF1() {
        assertAtLeast("direct quotes FULL F1", scores.path("quote_full").path("f1").asDouble(), 0.779);
    }

    private static void assertAtLeast(String what, double actual, double floor) {
        assertTrue(actual >= floor, what + " fell to " + actual + ", below the gate of " + floor);
    }
}
