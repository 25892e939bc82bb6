package io.claimscore.segment;

import io.claimscore.function.TestFixtures;

import io.claimscore.model.Span;
import io.claimscore.text.Block;
import io.claimscore.text.BlockKind;
import io.claimscore.text.Layout;
import io.claimscore.text.LayoutAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed article (a copy of shared/examples/seed-article.txt) through layout, sentences and quotes. */
class SeedArticleTest {

    private static String text;
    private static Layout layout;
    private static List<String> sentences;
    private static List<Quote> quotes;

    @BeforeAll
    static void analyze() throws IOException {
        text = TestFixtures.seedArticle();
        layout = new LayoutAnalyzer().analyze(text, null);
        SentenceSplitter splitter = new SentenceSplitter();
        sentences = new ArrayList<>();
        for (Span block : layout.body()) {
            splitter.split(text, block).forEach(s -> sentences.add(s.of(text)));
        }
        quotes = new QuoteFinder().find(text, layout.body());
    }

    private static List<String> blocksOf(BlockKind kind) {
        return layout.blocks().stream().filter(b -> b.kind() == kind).map(b -> b.span().of(text)).toList();
    }

    @Test
    void headlineChromeAndBody() {
        List<Block> blocks = layout.blocks();
        assertEquals(BlockKind.HEADLINE, blocks.get(0).kind());
        assertEquals(List.of("North Korea finds ‘role’ in Ukraine war"), blocksOf(BlockKind.HEADLINE));
        assertEquals(List.of("Spread the love", "By Admin", "Related posts", "Leave a Comment"),
                blocksOf(BlockKind.CHROME));
        List<String> body = blocksOf(BlockKind.BODY);
        assertEquals(20, body.size());
        assertTrue(body.get(0).startsWith("North Korea, initially isolated"));
        assertTrue(body.get(body.size() - 1).endsWith("Russia has responded by seeking allies in Africa and Asia."));
        assertEquals(BlockKind.CHROME, blocks.get(blocks.size() - 1).kind());
    }

    @Test
    void headlineAlsoByTitle() {
        Layout withTitle = new LayoutAnalyzer().analyze(text, "North Korea finds 'role' in Ukraine war - News Site");
        assertEquals(BlockKind.HEADLINE, withTitle.blocks().get(0).kind());
    }

    @Test
    void wrappedSentenceStaysWhole() {
        assertTrue(sentences.contains("Washington warned on Tuesday this\nweek, reflecting the changing dynamics of "
                + "the Ukraine-Russia war as 2023 draws to a close."), String.join("\n", sentences));
    }

    @Test
    void sentenceSplits() {
        assertTrue(sentences.contains("This isn’t the first condemnation from NATO allies."));
        assertTrue(sentences.contains("“We will certainly continue to monitor this situation for any additonal arms "
                + "shipments to Russia."));
        assertTrue(sentences.stream().anyMatch(s -> s.startsWith("And we’re also increasingly concerned")));
        assertTrue(sentences.contains("The US recently agreed to provide mlitary assistance to Ukraine and joined "
                + "Western\nallies in imposing sanctions on Moscow."));
        assertTrue(sentences.contains("Russia has responded by seeking allies in Africa and Asia."));
        assertTrue(sentences.stream().anyMatch(s -> s.startsWith("“The DPRK really should be")
                && s.endsWith("the Democratic People’s Republic of Korea.")));
        assertEquals(23, sentences.size(), String.join("\n", sentences));
    }

    @Test
    void quotesFound() {
        List<String> outer = quotes.stream().map(q -> q.outer().of(text)).toList();
        assertTrue(outer.contains("‘gradual improvement of bilateral relations’"), outer.toString());
        assertTrue(outer.contains("‘growing military activity’"), outer.toString());
        assertTrue(outer.contains("“concerned”"));
        assertTrue(outer.contains("“by ship”"));
        assertTrue(outer.contains("“less effective or even dangerous due to defects”"));
        assertTrue(outer.stream().anyMatch(s -> s.startsWith("“The DPRK really") && s.endsWith("and Russia,”")));
        assertTrue(outer.stream().anyMatch(s -> s.startsWith("“We will certainly")
                && s.contains("Russia.And") && s.endsWith("to the DPRK,”")));
        assertEquals(9, quotes.size(), outer.toString());
        assertEquals(2, quotes.stream().filter(Quote::single).count());
        for (Quote q : quotes) {
            assertTrue(q.closed());
            assertFalse(q.nested());
        }
        // Apostrophes (North Korea’s, we’ve, isn’t, hasn’t) produced no quotes.
        assertTrue(outer.stream().noneMatch(s -> s.startsWith("’")));
    }
}
