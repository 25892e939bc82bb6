package io.claimscore.segment;

import io.claimscore.model.Span;
import io.claimscore.text.Block;
import io.claimscore.text.BlockKind;
import io.claimscore.text.Chars;
import io.claimscore.text.Layout;
import io.claimscore.text.LayoutAnalyzer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Structural invariants of layout, sentences and quotes over every PolNeAR training text (the shared corpus
 * beside the repository; skipped where it is absent).
 */
class PolnearSweepTest {

    private static final Path CORPUS = Path.of("../shared/polnear/data/train/text");

    private final LayoutAnalyzer layoutAnalyzer = new LayoutAnalyzer();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final QuoteFinder quoteFinder = new QuoteFinder();

    @Test
    void invariantsHoldOnEveryTrainingText() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "PolNeAR corpus not present at " + CORPUS.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int blocks = 0;
        int chrome = 0;
        int sentenceCount = 0;
        int quoteCount = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            String name = file.getFileName().toString();
            Layout layout = layoutAnalyzer.analyze(text, null);
            checkBlocks(name, text, layout.blocks());
            blocks += layout.blocks().size();
            for (Block b : layout.blocks()) {
                if (b.kind() == BlockKind.CHROME) {
                    chrome++;
                    assertTrue(b.span().length() <= 160, name + ": long chrome " + b.span().of(text));
                }
            }
            for (Span block : layout.body()) {
                List<Span> sentences = splitter.split(text, block);
                checkSentences(name, text, block, sentences);
                sentenceCount += sentences.size();
            }
            List<Quote> quotes = quoteFinder.find(text, layout.body());
            checkQuotes(name, text, layout.body(), quotes);
            quoteCount += quotes.size();
        }
        System.out.printf("PolNeAR train sweep: %d texts, %d blocks, %d CHROME, %d sentences, %d quotes%n",
                files.size(), blocks, chrome, sentenceCount, quoteCount);
        assertFalse(files.isEmpty());
        // Chrome is rare in these news texts (837 of 16,351 blocks on 2026-11-30: the database copy's "ABSTRACT."
        // and "FULL TEXT." labels, live blogs' "9:05 p.m." stamps, embedded tweets' markup and handles, credits); a
        // jump means a pattern started eating prose.
        assertTrue(chrome < blocks / 18, "CHROME blocks: " + chrome + " of " + blocks);
    }

    private static void checkBlocks(String name, String text, List<Block> blocks) {
        int prevEnd = 0;
        for (Block b : blocks) {
            Span s = b.span();
            assertTrue(s.start() >= prevEnd && s.end() <= text.length(), name + ": block order " + s);
            assertFalse(s.isEmpty(), name);
            assertTrimmed(name, text, s);
            prevEnd = s.end();
        }
    }

    private static void checkSentences(String name, String text, Span block, List<Span> sentences) {
        assertFalse(sentences.isEmpty(), name + ": block without sentences " + block.of(text));
        int prevEnd = block.start();
        for (Span s : sentences) {
            assertTrue(block.contains(s), name + ": sentence outside block " + s);
            assertTrue(s.start() >= prevEnd, name + ": overlapping or unordered " + s);
            assertFalse(s.isEmpty(), name);
            assertTrimmed(name, text, s);
            prevEnd = s.end();
        }
    }

    private static void checkQuotes(String name, String text, List<Span> body, List<Quote> quotes) {
        int prevStart = -1;
        for (Quote q : quotes) {
            assertTrue(q.outer().contains(q.inner()), name + ": " + q);
            assertFalse(q.inner().isEmpty(), name + ": " + q);
            assertTrue(body.stream().anyMatch(b -> b.contains(q.outer())), name + ": quote outside body " + q);
            assertTrue(q.outer().start() > prevStart, name + ": quotes unordered " + q);
            prevStart = q.outer().start();
            assertTrue(isMark(text.charAt(q.outer().start())), name + ": no opening mark " + q);
            if (q.closed()) {
                assertTrue(isMark(text.charAt(q.outer().end() - 1)), name + ": no closing mark " + q);
            }
        }
        for (int i = 0; i < quotes.size(); i++) {
            for (int j = i + 1; j < quotes.size() && quotes.get(j).outer().start() < quotes.get(i).outer().end(); j++) {
                // Quotes either nest or are disjoint.
                assertTrue(quotes.get(i).outer().contains(quotes.get(j).outer()), name + ": crossing quotes "
                        + quotes.get(i) + " " + quotes.get(j));
            }
        }
    }

    private static boolean isMark(char c) {
        return "\"“”„«»‘’'".indexOf(c) >= 0;
    }

    private static void assertTrimmed(String name, String text, Span s) {
        assertFalse(Chars.isSpace(text.charAt(s.start())), name + ": untrimmed start " + s);
        assertFalse(Chars.isSpace(text.charAt(s.end() - 1)), name + ": untrimmed end " + s);
    }

    @Test
    void sweepHelpersAgree() {
        assertEquals(true, isMark('“'));
    }
}
