package io.claimscore.model;

import java.util.List;

/**
 * One attribution relation: {@code source} says (writes, believes) {@code content}, signalled by {@code cue}.
 *
 * @param source  who; never null (an implicit source has a null mention and type VAGUE)
 * @param cue     the attribution cue; never null
 * @param content the attributed content, one span or several when a quote is split around "she said"; sorted
 * @param quote   direct, indirect or mixed
 * @param hedges  hedging words that qualify this attribution ("reportedly", "allegedly"); sorted
 * @param via     the provenance chain when the source is relaying another source, outermost first
 *                ("The Kyiv Independent" quoting "a Ukrainian military statement"); empty when first-hand
 */
public record Attribution(Source source, Cue cue, List<Span> content, QuoteKind quote, List<Span> hedges,
                          List<Source> via) {

    public Attribution {
        content = List.copyOf(content);
        hedges = List.copyOf(hedges);
        via = List.copyOf(via);
    }

    /** The span from the first content character to the last. */
    public Span contentHull() {
        return content.get(0).union(content.get(content.size() - 1));
    }

    public boolean isSecondHand() {
        return !via.isEmpty();
    }
}
