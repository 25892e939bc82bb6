package io.claimscore.scoring;

import java.util.List;

/** A statement's sourcing score (0–100), whether it is check-worthy, and the reasons, in order of effect. */
public record StatementScore(int score, boolean checkWorthy, List<String> reasons) {

    public StatementScore {
        reasons = List.copyOf(reasons);
    }
}
