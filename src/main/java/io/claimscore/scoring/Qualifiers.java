package io.claimscore.scoring;

import io.claimscore.model.Attribution;
import io.claimscore.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the reporter's own words add to the attribution: hedges ("reportedly", "allegedly") lower confidence;
 * a distancing or loaded verb ("claimed", "insisted") signals doubt; a belief verb ("hopes", "believes") marks an
 * opinion or intention rather than a factual claim. An assertive verb ("confirmed") is not rewarded: it is the
 * reporter's word choice, and the source is already scored on its own.
 */
final class Qualifiers {

    private final ScoringWeights weights;

    Qualifiers(ScoringWeights weights) {
        this.weights = weights;
    }

    List<Factor> factors(Attribution a, String text) {
        List<Factor> factors = new ArrayList<>(2);
        if (!a.hedges().isEmpty()) {
            // Capped: after a couple of hedges the writer's doubt is already clear; more words add no information.
            long penalty = Math.min((long) weights.hedgePenalty() * a.hedges().size(), weights.hedgeCap());
            String words = a.hedges().stream().map(s -> quoted(s, text)).collect(Collectors.joining(", "));
            Directness.add(factors, (int) -penalty, "Hedged with " + words);
        }
        String cue = quoted(a.cue().span(), text);
        switch (a.cue().stance()) {
            case DISTANCING -> Directness.add(factors, -weights.distancingPenalty(),
                    "Distancing or loaded verb " + cue + " signals doubt");
            case BELIEF -> Directness.add(factors, weights.beliefAdjustment(),
                    "Reported belief or intention (" + cue + "), not a factual claim");
            case NEUTRAL, ASSERTIVE -> {
            }
        }
        return factors;
    }

    private static String quoted(Span span, String text) {
        return span.end() <= text.length() ? "\"" + span.of(text).strip() + "\"" : "(cue)";
    }
}
