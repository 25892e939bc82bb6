package io.claimscore.scoring;

import io.claimscore.model.Attribution;
import io.claimscore.model.Source;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How close the reader gets to the source's own words: direct quote > partly quoted > paraphrase, and anything
 * relayed through another source (an outlet quoting a statement) loses the check the reporter could have made.
 */
final class Directness {

    private final ScoringWeights weights;

    Directness(ScoringWeights weights) {
        this.weights = weights;
    }

    List<Factor> factors(Attribution a) {
        List<Factor> factors = new ArrayList<>(2);
        switch (a.quote()) {
            case DIRECT -> add(factors, weights.directQuote(), "Direct quote");
            case MIXED -> add(factors, weights.mixedQuote(), "Partly quoted, partly paraphrased");
            case INDIRECT -> add(factors, weights.indirectQuote(), "Paraphrased, not quoted");
        }
        if (a.isSecondHand()) {
            String chain = a.via().stream().map(Source::name).collect(Collectors.joining(" via "));
            add(factors, -weights.secondHandPenalty(), "Second-hand: relayed via " + chain);
        }
        return factors;
    }

    /** A zero adjustment moved nothing, so it is not a reason. */
    static void add(List<Factor> factors, int points, String reason) {
        if (points != 0) {
            factors.add(Factor.adjustment(points, reason));
        }
    }
}
