package io.claimscore.model;

/**
 * Who an attribution names as its source.
 *
 * @param mention the words in the text naming the source, or {@code null} for an implicit source
 *                ("reportedly", "it is believed")
 * @param type    the kind of source
 * @param name    the resolved name: for a pronoun or short form, the full name it refers to ("she" → "Julianne Smith");
 *                for an implicit source, a short description ("unnamed reports")
 * @param role    the role or description the article gives the source, or {@code null}
 *                ("the US permanent representative to NATO")
 */
public record Source(Span mention, SourceType type, String name, String role) {

    public boolean isImplicit() {
        return mention == null;
    }
}
