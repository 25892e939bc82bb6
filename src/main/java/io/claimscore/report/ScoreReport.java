package io.claimscore.report;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The credibility breakdown of one article: the response of the {@code score} function.
 *
 * @param text       the extracted text that all offsets refer to; present only for HTML input
 * @param summary    article-level figures and verdict
 * @param statements every statement in text order
 * @param sources    one entry per distinct source
 */
public record ScoreReport(@JsonInclude(JsonInclude.Include.NON_NULL) String text,
                          SummaryView summary,
                          List<StatementView> statements,
                          List<SourceView> sources) {
}
