package io.claimscore.scoring;

import io.claimscore.model.Statement;

import java.util.List;

/**
 * Scores statements and the article. (First version: a placeholder shape; the scoring-model work replaces the
 * body with the documented model.)
 */
public final class SourcingScorer {

    private final ScoringWeights weights;

    public SourcingScorer(ScoringWeights weights) {
        this.weights = weights;
    }

    public StatementScore scoreStatement(Statement statement, String text) {
        if (statement.isAttributed()) {
            return new StatementScore(70, false, List.of("Attributed to a source."));
        }
        return new StatementScore(weights.unattributedBackground(), false, List.of("Not attributed to any source."));
    }

    public ArticleScore scoreArticle(List<Statement> statements, List<StatementScore> scores) {
        int sum = 0;
        for (StatementScore s : scores) {
            sum += s.score();
        }
        int score = scores.isEmpty() ? 0 : Math.round((float) sum / scores.size());
        return new ArticleScore(score, "Average sourcing of the article's statements.", List.of());
    }
}
