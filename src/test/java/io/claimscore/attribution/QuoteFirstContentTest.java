package io.claimscore.attribution;

import io.claimscore.attribution.tagger.TaggedAttribution;
import io.claimscore.model.Span;
import io.claimscore.segment.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The trim of unquoted content after the cue of a quote-first attribution, on hand-built spans. */
class QuoteFirstContentTest {

    //                                   0         1         2         3         4         5         6         7
    //                                   0123456789012345678901234567890123456789012345678901234567890123456789012345
    private static final String TEXT = "“It’s over,” she said of the race, which she won. “In my head, anyway.”";
    private static final Quote FIRST = quote(0, 12);
    private static final Quote SECOND = quote(50, 71);
    private static final Span CUE = new Span(17, 21);

    private static Quote quote(int start, int end) {
        return new Quote(new Span(start, end), new Span(start + 1, end - 1), true);
    }

    private static TaggedAttribution attribution(Span... content) {
        return new TaggedAttribution(CUE, new Span(13, 16), List.of(content), 3, 4);
    }

    @Test
    void unquotedWordsAfterTheCueAreDroppedAndQuotedOnesKept() {
        TaggedAttribution a = attribution(new Span(0, 12), new Span(22, 71));
        TaggedAttribution trimmed = QuoteFirstContent.trim(a, List.of(FIRST, SECOND));
        assertEquals(List.of("“It’s over,”", "“In my head, anyway.”"),
                trimmed.content().stream().map(s -> s.of(TEXT)).toList());
        assertEquals(a.cue(), trimmed.cue());
        assertEquals(a.source(), trimmed.source());
    }

    @Test
    void contentThatDoesNotOpenWithAQuoteIsLeftAlone() {
        TaggedAttribution a = attribution(new Span(4, 12), new Span(22, 49));
        assertSame(a, QuoteFirstContent.trim(a, List.of(FIRST, SECOND)));
    }

    @Test
    void aQuoteAfterTheCueIsNotQuoteFirst() {
        TaggedAttribution a = attribution(new Span(50, 71));
        assertSame(a, QuoteFirstContent.trim(a, List.of(FIRST, SECOND)));
    }

    @Test
    void nothingToTrimReturnsTheSameAttribution() {
        TaggedAttribution a = attribution(new Span(0, 12), new Span(50, 71));
        assertSame(a, QuoteFirstContent.trim(a, List.of(FIRST, SECOND)));
    }

    @Test
    void contentAfterTheCueWithNoQuoteIsDroppedAltogether() {
        TaggedAttribution a = attribution(new Span(0, 12), new Span(22, 49));
        assertEquals(List.of(new Span(0, 12)), QuoteFirstContent.trim(a, List.of(FIRST)).content());
    }
}
