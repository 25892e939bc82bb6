package io.claimscore.eval;

import io.claimscore.model.Span;

import java.util.List;

/** One hand-annotated attribution of PolNeAR, in Java String offsets; each role's spans merged and sorted. */
public record GoldAttribution(List<Span> source, List<Span> cue, List<Span> content) {
}
