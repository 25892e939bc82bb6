package io.claimscore.scoring;

import io.claimscore.model.Attribution;
import io.claimscore.model.Cue;
import io.claimscore.model.Source;
import io.claimscore.model.SourceType;
import io.claimscore.model.Span;
import io.claimscore.model.Statement;

import java.util.ArrayList;
import java.util.List;

/**
 * Text and statements built from {@link Claim}s, one sentence each:
 * "{hedges} {name}, {role}, {cue} {claim}" or just "{claim}" when unattributed. Spans point into the text.
 */
record Article(String text, List<Statement> statements) {

    static Article of(List<Claim> claims) {
        StringBuilder text = new StringBuilder();
        List<Statement> statements = new ArrayList<>();
        for (Claim c : claims) {
            int start = text.length();
            Attribution attribution = null;
            if (c.attributed()) {
                List<Span> hedges = new ArrayList<>();
                for (String h : c.hedges()) {
                    hedges.add(append(text, h));
                    text.append(' ');
                }
                Span mention = append(text, c.name());
                if (c.role() != null) {
                    text.append(", ");
                    append(text, c.role());
                    text.append(',');
                }
                text.append(' ');
                Span cue = append(text, c.cue());
                text.append(' ');
                Span content = append(text, c.claim());
                List<Source> via = c.via().stream().map(v -> new Source(null, SourceType.MEDIA, v, null)).toList();
                Source source = new Source(c.type() == SourceType.VAGUE ? null : mention, c.type(), c.name(), c.role());
                attribution = new Attribution(source, new Cue(cue, c.stance()), List.of(content), c.quote(), hedges, via);
            } else {
                append(text, c.claim());
            }
            statements.add(new Statement("s" + (statements.size() + 1), new Span(start, text.length()), attribution));
            text.append(' ');
        }
        return new Article(text.toString(), statements);
    }

    static Article of(Claim... claims) {
        return of(List.of(claims));
    }

    Statement only() {
        return statements.get(0);
    }

    private static Span append(StringBuilder text, String s) {
        int start = text.length();
        text.append(s);
        return new Span(start, text.length());
    }
}
