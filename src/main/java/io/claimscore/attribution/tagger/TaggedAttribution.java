package io.claimscore.attribution.tagger;

import io.claimscore.model.Span;

import java.util.List;

/**
 * What the tagger found for one cue: character spans of the cue, the source (empty when the tagger found none)
 * and the content pieces, plus the token indices within the block that later stages need.
 */
public record TaggedAttribution(Span cue, Span source, List<Span> content, int cueStartToken, int cueEndToken) {

    public TaggedAttribution {
        content = List.copyOf(content);
    }

    /** From the first content character to the last; content must not be empty. */
    public Span contentHull() {
        return content.get(0).union(content.get(content.size() - 1));
    }
}
