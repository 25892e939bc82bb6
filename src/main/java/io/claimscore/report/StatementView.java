package io.claimscore.report;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One statement: {@code text == input.substring(start, end)}.
 *
 * @param checkWorthy whether the statement makes a check-worthy assertion (numbers, accusations, causal claims…)
 * @param attribution present only when {@code attributed}
 */
public record StatementView(String id, int start, int end, String text, boolean attributed, boolean checkWorthy,
                            int score, List<String> reasons,
                            @JsonInclude(JsonInclude.Include.NON_NULL) AttributionView attribution) {
}
