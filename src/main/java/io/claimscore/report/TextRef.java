package io.claimscore.report;

/** A span with its text, e.g. a hedge. */
public record TextRef(String text, int start, int end) {
}
