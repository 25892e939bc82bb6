package io.claimscore.segment;

import io.claimscore.model.Span;

/**
 * A quotation: {@code outer} includes the quotation marks, {@code inner} excludes them.
 * An unclosed quote ends at its block's end and has {@code closed == false}.
 *
 * @param mark      the opening mark as written ({@code “ " „ « ‘ '}); a single mark with {@code single == false}
 *                  stands for a doubled one, the double quote of archive texts ({@code ''Yes,'' he said})
 * @param single    whether it is a single-quoted passage ({@code ‘…’} or {@code '…'})
 * @param nested    whether it lies inside another quote (a single-quoted phrase inside a double-quoted one)
 * @param continued whether it continues the unclosed quote of the previous body block (newspaper convention: a
 *                  quoted paragraph without a closing mark goes on in the next paragraph that opens with a mark)
 */
public record Quote(Span outer, Span inner, boolean closed, char mark, boolean single, boolean nested,
                    boolean continued) {

    /** A top-level double quote: the shape of the first version, kept for callers that build quotes by hand. */
    public Quote(Span outer, Span inner, boolean closed) {
        this(outer, inner, closed, '"', false, false, false);
    }
}
