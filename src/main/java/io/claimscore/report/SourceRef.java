package io.claimscore.report;

/**
 * A source as mentioned at one place: {@code text}, {@code start} and {@code end} are null for an implicit source.
 * {@code name} is the resolved name ("she" → "Julianne Smith").
 */
public record SourceRef(String text, Integer start, Integer end, String type, String name) {
}
