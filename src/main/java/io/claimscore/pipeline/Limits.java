package io.claimscore.pipeline;

/**
 * Size limits applied before any analysis.
 *
 * @param maxChars      longest accepted plain text (and extracted HTML text), in UTF-16 units
 * @param maxHtmlChars  longest accepted raw HTML, in UTF-16 units
 * @param maxStatements most statements reported per article; more is rejected as too large rather than truncated
 *                      silently
 */
public record Limits(int maxChars, int maxHtmlChars, int maxStatements) {

    public static final Limits DEFAULTS = new Limits(1_000_000, 5_000_000, 20_000);

    public Limits {
        if (maxChars <= 0 || maxHtmlChars <= 0 || maxStatements <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
