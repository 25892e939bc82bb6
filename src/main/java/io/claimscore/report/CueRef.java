package io.claimscore.report;

/** The attribution cue as written, and its stance. */
public record CueRef(String text, int start, int end, String stance) {
}
