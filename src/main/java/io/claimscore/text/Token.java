package io.claimscore.text;

import io.claimscore.model.Span;

/**
 * An immutable token: a run of word characters, or a single other non-space character.
 * The granularity is the one PolNeAR's scorer uses, so a token is the unit both of tagging and of evaluation.
 *
 * @param start first UTF-16 index
 * @param end   index after the last UTF-16 unit
 * @param word  whether the token is a run of word characters (letters, digits, marks, underscore)
 */
public record Token(int start, int end, boolean word) {

    public Span span() {
        return new Span(start, end);
    }

    public String text(CharSequence source) {
        return source.subSequence(start, end).toString();
    }
}
