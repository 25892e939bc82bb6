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
     * Levels reached on dev with the shipped model (FULL 0.585, source 0.740, cue 0.614, content 0.822, quotes FULL
     * 0.759; source 0.7399 since the participle-subject rule took more openers, a cross-validated gain of 0.05
     * FULL points that adds three wrong source tokens on dev). FULL was 0.590 before the cue tagger's decision bias (TrainAttributionModel.CUE_BEGIN_BIAS), a trade
     * chosen on 5-fold cross-validation of train: FULL -0.3, cue +1.1, source +0.4, content +0.6 points.
     */
    @Test
    void fullAttributionF1() {
        assertAtLeast("attribution FULL F1", scores.path("attribution_full").path("f1").asDouble(), 0.584);
    }

    @Test
    void roleTokenF1() {
        JsonNode role = scores.path("role");
        assertAtLeast("source token F1", role.path("source").path("f1").asDouble(), 0.739);
        assertAtLeast("cue token F1", role.path("cue").path("f1").asDouble(), 0.613);
        assertAtLeast("content token F1", role.path("content").path("f1").asDouble(), 0.821);
    }

    @Test
    void directQuotesFullF1() {
        assertAtLeast("direct quotes FULL F1", scores.path("quote_full").path("f1").asDouble(), 0.758);
    }

    private static void assertAtLeast(String what, double actual, double floor) {
        assertTrue(actual >= floor, what + " fell to " + actual + ", below the gate of " + floor);
    }
}
