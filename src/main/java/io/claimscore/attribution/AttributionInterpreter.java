package io.claimscore.attribution;

import io.claimscore.attribution.tagger.TaggedAttribution;
import io.claimscore.model.Attribution;
import io.claimscore.model.Cue;
import io.claimscore.model.QuoteKind;
import io.claimscore.model.Source;
import io.claimscore.model.SourceType;
import io.claimscore.model.Span;
import io.claimscore.model.Stance;
import io.claimscore.segment.AnalyzedText;
import io.claimscore.segment.Quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives tagged spans their meaning: the source's type, name and role, the cue's stance, hedges, and whether the
 * content is quoted. (First version: source typing by surface form; the source package deepens it.)
 */
public final class AttributionInterpreter {

    public List<Attribution> interpret(AnalyzedText doc, List<TaggedAttribution> tagged) {
        List<Attribution> out = new ArrayList<>(tagged.size());
        for (TaggedAttribution t : tagged) {
            Source source = t.source() == null
                    ? new Source(null, SourceType.VAGUE, "unnamed source", null)
                    : new Source(t.source(), SourceType.NAMED_PERSON, t.source().of(doc.text()), null);
            out.add(new Attribution(source, new Cue(t.cue(), Stance.NEUTRAL), t.content(),
                    quoteKind(doc, t.content()), List.of(), List.of()));
        }
        return out;
    }

    static QuoteKind quoteKind(AnalyzedText doc, List<Span> content) {
        int quoted = 0;
        int total = 0;
        for (Span c : content) {
            total += c.length();
            for (Quote q : doc.quotes()) {
                if (q.outer().overlaps(c)) {
                    quoted += Math.min(c.end(), q.outer().end()) - Math.max(c.start(), q.outer().start());
                }
            }
        }
        if (quoted == 0) {
            return QuoteKind.INDIRECT;
        }
        return quoted >= total * 0.9 ? QuoteKind.DIRECT : QuoteKind.MIXED;
    }
}
