package io.claimscore.scoring;

import java.util.List;

/** The article-level score (0–100), its one-sentence verdict and the reasons, in order of effect. */
public record ArticleScore(int score, String verdict, List<String> reasons) {

    public ArticleScore {
        reasons = List.copyOf(reasons);
    }
}
