package io.claimscore.pipeline;

import io.claimscore.model.Attribution;
import io.claimscore.model.Cue;
import io.claimscore.model.QuoteKind;
import io.claimscore.model.Source;
import io.claimscore.model.SourceType;
import io.claimscore.model.Span;
import io.claimscore.model.Stance;
import io.claimscore.model.Statement;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementBuilderTest {

    private final StatementBuilder builder = new StatementBuilder();

    /** The span of the n-th occurrence (0-based) of {@code part} in {@code text}. */
    private static Span at(String text, String part, int nth) {
        int i = -1;
        for (int k = 0; k <= nth; k++) {
            i = text.indexOf(part, i + 1);
        }
        if (i < 0) {
            throw new AssertionError("no " + part);
        }
        return new Span(i, i + part.length());
    }

    private static Span at(String text, String part) {
        return at(text, part, 0);
    }

    private static Attribution attribution(String text, String source, String cue, QuoteKind kind, String... content) {
        List<Span> spans = new ArrayList<>();
        for (String c : content) {
            spans.add(at(text, c));
        }
        Span mention = source == null ? null : at(text, source);
        return new Attribution(new Source(mention, SourceType.NAMED_PERSON, source == null ? "unspecified" : source, null),
                new Cue(at(text, cue), Stance.NEUTRAL), spans, kind, List.of(), List.of());
    }

    private static List<Span> sentences(String text, String... sentences) {
        List<Span> out = new ArrayList<>();
        int from = 0;
        for (String s : sentences) {
            int i = text.indexOf(s, from);
            out.add(new Span(i, i + s.length()));
            from = i + s.length();
        }
        return out;
    }

    private static void assertIds(List<Statement> statements) {
        for (int i = 0; i < statements.size(); i++) {
            assertEquals("s" + (i + 1), statements.get(i).id());
            if (i > 0) {
                assertTrue(statements.get(i - 1).span().compareTo(statements.get(i).span()) < 0, "text order");
            }
        }
    }

    @Test
    void attributedAndUnattributedSentences() {
        String text = "Smith said taxes would rise. Prices fell in March. Jones said they would not.";
        List<Span> sentences = sentences(text, "Smith said taxes would rise.", "Prices fell in March.",
                "Jones said they would not.");
        Attribution smith = attribution(text, "Smith", "said", QuoteKind.INDIRECT, "taxes would rise");
        Attribution jones = new Attribution(new Source(at(text, "Jones"), SourceType.NAMED_PERSON, "Jones", null),
                new Cue(at(text, "said", 1), Stance.NEUTRAL), List.of(at(text, "they would not")),
                QuoteKind.INDIRECT, List.of(), List.of());
        List<Statement> statements = builder.build(text, sentences, List.of(smith, jones));
        assertEquals(3, statements.size());
        assertIds(statements);
        assertEquals(sentences.get(0), statements.get(0).span());
        assertSame(smith, statements.get(0).attribution());
        assertEquals(sentences.get(1), statements.get(1).span());
        assertNull(statements.get(1).attribution());
        assertFalse(statements.get(1).isAttributed());
        assertEquals(sentences.get(2), statements.get(2).span());
        assertSame(jones, statements.get(2).attribution());
    }

    @Test
    void idsFollowTextOrderEvenWhenAttributionsDoNot() {
        String text = "Prices fell. Smith said taxes would rise. Jones said no.";
        List<Span> sentences = sentences(text, "Prices fell.", "Smith said taxes would rise.", "Jones said no.");
        Attribution jones = new Attribution(new Source(at(text, "Jones"), SourceType.NAMED_PERSON, "Jones", null),
                new Cue(at(text, "said", 1), Stance.NEUTRAL), List.of(at(text, "no")), QuoteKind.INDIRECT,
                List.of(), List.of());
        Attribution smith = attribution(text, "Smith", "said", QuoteKind.INDIRECT, "taxes would rise");
        List<Statement> statements = builder.build(text, sentences, List.of(jones, smith));
        assertIds(statements);
        assertNull(statements.get(0).attribution());
        assertSame(smith, statements.get(1).attribution());
        assertSame(jones, statements.get(2).attribution());
    }

    @Test
    void quoteOverTwoSentencesIsOneStatement() {
        String text = "“We are ready. We will act,” Smith said. Prices fell.";
        List<Span> sentences = sentences(text, "“We are ready.", "We will act,” Smith said.", "Prices fell.");
        Attribution smith = attribution(text, "Smith", "said", QuoteKind.DIRECT, "“We are ready. We will act,”");
        List<Statement> statements = builder.build(text, sentences, List.of(smith));
        assertEquals(2, statements.size());
        assertIds(statements);
        assertEquals(sentences.get(0).union(sentences.get(1)), statements.get(0).span());
        assertSame(smith, statements.get(0).attribution());
        assertNull(statements.get(1).attribution());
    }

    @Test
    void cueInTheAdjacentSentenceOfTheSameParagraphJoins() {
        String text = "“We will act.” Smith said so twice. Prices fell.";
        List<Span> sentences = sentences(text, "“We will act.”", "Smith said so twice.", "Prices fell.");
        Attribution smith = attribution(text, "Smith", "said", QuoteKind.DIRECT, "“We will act.”");
        List<Statement> statements = builder.build(text, sentences, List.of(smith));
        assertEquals(2, statements.size());
        assertEquals(sentences.get(0).union(sentences.get(1)), statements.get(0).span());
    }

    @Test
    void cueInAnotherParagraphStaysApart() {
        String text = "Smith said this.\n“We will act.”";
        List<Span> sentences = sentences(text, "Smith said this.", "“We will act.”");
        Attribution smith = attribution(text, "Smith", "said", QuoteKind.DIRECT, "“We will act.”");
        List<Statement> statements = builder.build(text, sentences, List.of(smith));
        assertEquals(2, statements.size());
        assertNull(statements.get(0).attribution(), "the cue's paragraph is not claimed");
        assertEquals(sentences.get(1), statements.get(1).span());
        assertSame(smith, statements.get(1).attribution());
    }

    @Test
    void cueTwoSentencesAwayDoesNotJoin() {
        String text = "Smith said this. Prices fell. “We will act.”";
        List<Span> sentences = sentences(text, "Smith said this.", "Prices fell.", "“We will act.”");
        Attribution smith = attribution(text, "Smith", "said", QuoteKind.DIRECT, "“We will act.”");
        List<Statement> statements = builder.build(text, sentences, List.of(smith));
        assertEquals(3, statements.size());
        assertEquals(sentences.get(2), statements.get(2).span());
        assertSame(smith, statements.get(2).attribution());
        assertNull(statements.get(0).attribution());
    }

    @Test
    void secondAttributionInAClaimedSentenceGetsItsOwnExtent() {
        String text = "Smith said Jones claimed the vote was rigged. Prices fell.";
        List<Span> sentences = sentences(text, "Smith said Jones claimed the vote was rigged.", "Prices fell.");
        Attribution smith = attribution(text, "Smith", "said", QuoteKind.INDIRECT, "Jones claimed the vote was rigged");
        Attribution jones = attribution(text, "Jones", "claimed", QuoteKind.INDIRECT, "the vote was rigged");
        List<Statement> statements = builder.build(text, sentences, List.of(smith, jones));
        assertEquals(3, statements.size());
        assertIds(statements);
        assertEquals(sentences.get(0), statements.get(0).span());
        assertSame(smith, statements.get(0).attribution());
        assertEquals("Jones claimed the vote was rigged", statements.get(1).span().of(text),
                "content plus cue and source");
        assertSame(jones, statements.get(1).attribution());
        assertNull(statements.get(2).attribution());
    }

    @Test
    void implicitSourceStatementIsItsSentence() {
        String text = "The shipment was reportedly delayed.";
        List<Span> sentences = sentences(text, text);
        Attribution vague = attribution(text, null, "reportedly", QuoteKind.INDIRECT, "The shipment was", "delayed");
        List<Statement> statements = builder.build(text, sentences, List.of(vague));
        assertEquals(1, statements.size());
        assertEquals(sentences.get(0), statements.get(0).span());
    }

    @Test
    void contentOutsideEverySentenceKeepsItsOwnExtent() {
        String text = "Headline said it. Body text.";
        List<Span> sentences = sentences(text, "Body text.");
        Attribution headline = attribution(text, "Headline", "said", QuoteKind.INDIRECT, "it");
        List<Statement> statements = builder.build(text, sentences, List.of(headline));
        assertEquals(2, statements.size());
        assertEquals("it", statements.get(0).span().of(text), "no sentence to widen into: the content alone");
        assertSame(headline, statements.get(0).attribution());
        assertEquals(sentences.get(0), statements.get(1).span());
        assertNull(statements.get(1).attribution());
    }

    @Test
    void noAttributionsMeansOneStatementPerSentence() {
        String text = "One. Two. Three.";
        List<Span> sentences = sentences(text, "One.", "Two.", "Three.");
        List<Statement> statements = builder.build(text, sentences, List.of());
        assertEquals(3, statements.size());
        assertIds(statements);
        assertTrue(statements.stream().noneMatch(Statement::isAttributed));
        assertEquals(List.of(), builder.build("", List.of(), List.of()));
    }

    /**
     * Smith's attribution claims the first sentence; Jones's quote runs on into the second sentence. The second
     * sentence is inside Jones's content, yet it is also reported as the article's own unattributed statement.
     */
    @Test
    void sentenceInsideASecondAttributionIsNotAlsoUnattributed() {
        String text = "Smith said Jones had warned: “Prices will rise. Nobody is safe.” Markets fell.";
        List<Span> sentences = sentences(text, "Smith said Jones had warned: “Prices will rise.", "Nobody is safe.”",
                "Markets fell.");
        Attribution smith = attribution(text, "Smith", "said", QuoteKind.INDIRECT, "Jones had warned: “Prices will rise.");
        Attribution jones = attribution(text, "Jones", "warned", QuoteKind.DIRECT, "“Prices will rise. Nobody is safe.”");
        List<Statement> statements = builder.build(text, sentences, List.of(smith, jones));
        for (Statement unattributed : statements) {
            if (unattributed.isAttributed()) {
                continue;
            }
            for (Statement attributed : statements) {
                if (attributed.isAttributed()) {
                    assertFalse(attributed.attribution().contentHull().overlaps(unattributed.span()),
                            unattributed.span().of(text) + " is both unattributed and inside "
                                    + attributed.span().of(text));
                }
            }
        }
    }
}
