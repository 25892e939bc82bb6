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
     * Levels reached on dev with the shipped model (2026-11-30: FULL 0.6207, source 0.7595, cue 0.6463, content
     * 0.8426, quotes FULL 0.7895, with the source reading of that day; 2026-11-29 night: FULL 0.6191, source
     * 0.7577, quotes FULL 0.7879; the afternoon's FULL 0.618 and quotes FULL 0.7866 rose with source
     * reading, source 0.7573 with non-sources such as a day or month left out). Modelling choices are made by
     * cross-validation on train, not here (see
     * TrainAttributionModel.CUE_BEGIN_BIAS, ORDERS, AttributionTagger.TENTATIVE_CUE_BIAS and CUE_EXTENT_BIAS for
     * the latest). Averaging each model over three training orders (TrainAttributionModel.ORDERS) raised
     * cross-validated FULL 0.5883 -> 0.5937 and every role; on dev it moved source token F1 from 0.758 to 0.7565,
     * and that level was lowered to the new value. The cue extents (AttributionTagger.CUE_EXTENT_BIAS, CueExtent)
     * raised cross-validated cue F1 0.604 -> 0.609 and FULL 0.5940 -> 0.5947 but moved cross-validated quotes FULL
     * 0.7898 -> 0.7893 and dev quotes FULL 0.7873 -> 0.7866 (488 of 618 predicted quotes matched instead of 488 of
     * 617): that level was lowered to the new value. Differences of a few thousandths are within what the training
     * order alone moves (see ORDERS), so a gate set at the reached level with no margin is strict, by intent: a
     * retrained model must be judged on cross-validation, as dev FULL moves by about 0.4 points with the training
     * order alone (2026-11-29: the shipped order 0.6191, seed + 100 0.6155; README, word classes).
     */
    @Test
    void fullAttributionF1() {
        assertAtLeast("attribution FULL F1", scores.path("attribution_full").path("f1").asDouble(), 0.620);
    }

    @Test
    void roleTokenF1() {
        JsonNode role = scores.path("role");
        assertAtLeast("source token F1", role.path("source").path("f1").asDouble(), 0.759);
        assertAtLeast("cue token F1", role.path("cue").path("f1").asDouble(), 0.646);
        assertAtLeast("content token F1", role.path("content").path("f1").asDouble(), 0.842);
    }

    @Test
    void directQuotesFullF1() {
        assertAtLeast("direct quotes FULL F1", scores.path("quote_full").path("f1").asDouble(), 0.789);
    }

    private static void assertAtLeast(String what, double actual, double floor) {
        assertTrue(actual >= floor, what + " fell to " + actual + ", below the gate of " + floor);
    }
}
