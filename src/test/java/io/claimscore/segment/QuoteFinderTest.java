package io.claimscore.segment;

import io.claimscore.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteFinderTest {

    private final QuoteFinder finder = new QuoteFinder();

    private List<Quote> find(String text) {
        return finder.find(text, List.of(new Span(0, text.length())));
    }

    private List<String> outers(String text) {
        return find(text).stream().map(q -> q.outer().of(text)).toList();
    }

    /** Blocks at blank lines, as the layout stage makes them. */
    private static List<Span> paragraphs(String text) {
        List<Span> out = new java.util.ArrayList<>();
        int start = 0;
        for (int at = text.indexOf("\n\n"); at >= 0; at = text.indexOf("\n\n", start)) {
            out.add(new Span(start, at));
            start = at + 2;
        }
        out.add(new Span(start, text.length()));
        return out;
    }

    @Test
    void curlyAndStraightDoubles() {
        String text = "He said “we will win” and \"we will not lose\" tonight.";
        List<Quote> quotes = find(text);
        assertEquals(List.of("“we will win”", "\"we will not lose\""), outers(text));
        assertEquals("we will win", quotes.get(0).inner().of(text));
        assertTrue(quotes.get(0).closed());
        assertEquals('“', quotes.get(0).mark());
        assertFalse(quotes.get(0).single());
    }

    @Test
    void guillemetsAndLowNineteen() {
        assertEquals(List.of("«oui»", "„ja“", "„so”"), outers("Il a dit «oui», er sagte „ja“ und „so”."));
    }

    @Test
    void archiveDoubleApostrophes() {
        String text = "''Yes,'' Mr. Welch said. ''And now.''";
        assertEquals(List.of("''Yes,''", "''And now.''"), outers(text));
        assertEquals("Yes,", find(text).get(0).inner().of(text));
        assertEquals(List.of("“question’’"), outers("a “question’’ that amounted to little"));
        String nested = "(''This is less a 'refugee crisis' and more an occupation,'' she wrote)";
        assertEquals(List.of("''This is less a 'refugee crisis' and more an occupation,''", "'refugee crisis'"),
                outers(nested));
    }

    @Test
    void nestedSingleInsideDouble() {
        String text = "“He called it ‘a disaster’ today,” she said.";
        List<Quote> quotes = find(text);
        assertEquals(List.of("“He called it ‘a disaster’ today,”", "‘a disaster’"), outers(text));
        assertFalse(quotes.get(0).nested());
        assertTrue(quotes.get(1).nested());
        assertTrue(quotes.get(1).single());
        String straight = "\"He called it 'a disaster' today,\" she said.";
        assertEquals(List.of("\"He called it 'a disaster' today,\"", "'a disaster'"), outers(straight));
    }

    @Test
    void standAloneSingleQuotes() {
        String text = "Moscow sought a ‘gradual improvement of bilateral relations’ with the North.";
        List<Quote> quotes = find(text);
        assertEquals(List.of("‘gradual improvement of bilateral relations’"), outers(text));
        assertTrue(quotes.get(0).single());
        assertFalse(quotes.get(0).nested());
        assertTrue(quotes.get(0).closed());
        assertEquals(List.of("‘growing military activity’"),
                outers("for their ‘growing military activity’ in the region"));
        assertEquals(List.of("'pivot'"), outers("He called it a 'pivot' to Asia."));
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertEquals(List.of(), outers("Don’t touch Smith’s car; it’s the students’ union’s, not the ’90s band’s."));
        assertEquals(List.of(), outers("They played rock ’n’ roll and told ’em ’til dawn, in the '80s."));
        assertEquals(List.of(), outers("O'Brien's dog and the Joneses' cat weren't there."));
        assertEquals(List.of(), outers("It was the ‘90s."));
    }

    @Test
    void apostrophesInsideQuotes() {
        String text = "She said ‘we don’t know the students’ names’ again.";
        // A mark after a word in -s followed by a lowercase word is a possessive when the quote closes later.
        assertEquals(List.of("‘we don’t know the students’ names’"), outers(text));
        String two = "a ‘gradual improvement of bilateral relations’ with Pyongyang and ‘peace talks’ too";
        assertEquals(List.of("‘gradual improvement of bilateral relations’", "‘peace talks’"), outers(two));
        String noLater = "for ‘growing military relations’ in the region, he said.";
        assertEquals(List.of("‘growing military relations’"), outers(noLater));
        String ok = "She said ‘we don’t know’ and ‘I’m ’90s-born’ too.";
        assertEquals(List.of("‘we don’t know’", "‘I’m ’90s-born’"), outers(ok));
        assertEquals(List.of("“I like rock ’n’ roll,”"), outers("“I like rock ’n’ roll,” he said."));
    }

    @Test
    void quoteStartingWithNumberIsAQuote() {
        assertEquals(List.of("‘1,000 troops’"), outers("They sent ‘1,000 troops’ north."));
    }

    @Test
    void unclosedQuoteEndsAtBlockEnd() {
        String text = "He said “this never ends";
        List<Quote> quotes = find(text);
        assertEquals(1, quotes.size());
        assertFalse(quotes.get(0).closed());
        assertEquals(new Span(8, text.length()), quotes.get(0).outer());
        assertEquals("this never ends", quotes.get(0).inner().of(text));
    }

    @Test
    void unclosedSingleIsDropped() {
        assertEquals(List.of(), outers("It is ‘unclosed and long"));
    }

    @Test
    void secondOpeningEndsTheFirstUnclosed() {
        String text = "“First part. “Second part,” he said.";
        List<Quote> quotes = find(text);
        assertEquals(List.of("“First part.", "“Second part,”"), outers(text));
        assertFalse(quotes.get(0).closed());
        assertTrue(quotes.get(1).closed());
    }

    @Test
    void strayClosingMarksAreIgnored() {
        assertEquals(List.of(), outers("Nothing open here” and there»."));
    }

    @Test
    void multiParagraphQuote() {
        String text = "“The first paragraph goes on.\n\n“The second one too.\n\n“The last one ends,” he said.\n\nAfter.";
        List<Span> blocks = paragraphs(text);
        assertEquals("“The last one ends,” he said.", blocks.get(2).of(text));
        List<Quote> quotes = finder.find(text, blocks);
        assertEquals(3, quotes.size());
        assertFalse(quotes.get(0).closed());
        assertFalse(quotes.get(0).continued());
        assertFalse(quotes.get(1).closed());
        assertTrue(quotes.get(1).continued());
        assertTrue(quotes.get(2).closed());
        assertTrue(quotes.get(2).continued());
        assertEquals(blocks.get(0), quotes.get(0).outer());
    }

    @Test
    void unclosedQuoteNotFollowedByQuoteParagraphDoesNotContinue() {
        String text = "“Open here\n\nPlain text with “a quote”.";
        List<Quote> quotes = finder.find(text, paragraphs(text));
        assertEquals(2, quotes.size());
        assertFalse(quotes.get(1).continued());
    }

    @Test
    void quotesNeverCrossBlocks() {
        String text = "He said “one\n\nand” two.";
        List<Span> blocks = paragraphs(text);
        for (Quote q : finder.find(text, blocks)) {
            assertTrue(blocks.stream().anyMatch(b -> b.contains(q.outer())), q.toString());
        }
    }

    @Test
    void emptyQuotesAreSkippedAndMarksOnlyInputIsFine() {
        assertEquals(List.of(), outers("\"\""));
        String marks = "\"“”'‘’«»„".repeat(20_000);
        List<Quote> quotes = find(marks);
        for (Quote q : quotes) {
            assertTrue(q.outer().contains(q.inner()));
            assertTrue(q.outer().end() <= marks.length());
        }
    }

    @Test
    void threeArgumentConstructorStillWorks() {
        Quote q = new Quote(new Span(0, 4), new Span(1, 3), true);
        assertEquals('"', q.mark());
        assertFalse(q.single());
    }
}
