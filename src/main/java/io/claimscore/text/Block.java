package io.claimscore.text;

import io.claimscore.model.Span;

/** A paragraph-level block of the text, trimmed of surrounding whitespace. */
public record Block(Span span, BlockKind kind) {
}
