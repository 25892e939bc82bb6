package io.claimscore.report;

/** A bare {@code {start, end}} span. */
public record OffsetRange(int start, int end) {
}
