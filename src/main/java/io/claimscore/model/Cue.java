package io.claimscore.model;

/** The words signalling attribution ("said", "according to", "pushed the claim") and their stance. */
public record Cue(Span span, Stance stance) {
}
