package io.claimscore.scoring;

import java.util.Comparator;
import java.util.List;

/**
 * One thing that moved a score.
 *
 * @param points what it adds to the score (a base level for the source factor, signed adjustments otherwise)
 * @param effect how far it moved the score from neutral, used for ordering and the (+)/(-) mark: for a base
 *               level that is its distance from {@link #MIDPOINT}, for an adjustment its points
 * @param reason a short sentence for an editor, without the mark
 */
record Factor(int points, int effect, String reason) {

    /** Where a base level counts as neither good nor bad: the middle of the 0–100 scale. */
    static final int MIDPOINT = 50;

    static Factor level(int points, String reason) {
        return new Factor(points, points - MIDPOINT, reason);
    }

    static Factor adjustment(int points, String reason) {
        return new Factor(points, points, reason);
    }

    /** The reason with its direction: "Direct quote (+)". */
    String marked() {
        return effect > 0 ? reason + " (+)" : effect < 0 ? reason + " (-)" : reason;
    }

    /** The sum of the points, bounded to 0–100. */
    static int total(List<Factor> factors) {
        int sum = 0;
        for (Factor f : factors) {
            sum += f.points();
        }
        return clamp(sum);
    }

    static int clamp(long value) {
        return (int) Math.max(0, Math.min(100, value));
    }

    /** The reasons, largest absolute effect first; ties keep the order the factors were found in. */
    static List<String> reasons(List<Factor> factors) {
        return factors.stream()
                .sorted(Comparator.comparingInt((Factor f) -> Math.abs(f.effect())).reversed())
                .map(Factor::marked)
                .toList();
    }
}
