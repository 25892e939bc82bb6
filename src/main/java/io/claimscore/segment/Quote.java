package io.claimscore.segment;

import io.claimscore.model.Span;

/**
 * A quotation: {@code outer} includes the quotation marks, {@code inner} excludes them.
 * An unclosed quote ends at its block's end and has {@code closed == false}.
 */
public record Quote(Span outer, Span inner, boolean closed) {
}
