package io.claimscore.segment;

import io.claimscore.model.Span;
import io.claimscore.text.HtmlExtractor;
import io.claimscore.text.Layout;
import io.claimscore.text.LayoutAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Smoke test, not a benchmark: 1 MB inputs built to hurt a backtracking or quadratic implementation go through
 * every stage well within a generous bound.
 */
class HostileInputTest {

    private static final int SIZE = 1 << 20;
    /**
     * Far above the linear cost (the slowest case, 1 MB of "<p>" through jsoup, takes about 1.3 s on the 2-core
     * development machine) and far below a quadratic one (minutes at 1 MB). It was 5 s until a clean-clone run on
     * a machine busy with other work took 5.04 s for "<p>": the bound is there to catch the wrong complexity, not
     * to time the machine.
     */
    private static final Duration BOUND = Duration.ofSeconds(20);

    private final LayoutAnalyzer layoutAnalyzer = new LayoutAnalyzer();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final HtmlExtractor htmlExtractor = new HtmlExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"\"", "“", "”", "'", "‘", "’", "“ ", "\" ", "'x ", "«„", "''", "’’ ", ".", "...", "a.",
            "A. ", "a.a.", "Mr. ", "U.S. ", "?!", "x", " ", "\n", "\n\n", "By Admin\n", "December 12, 2023\n",
            "“a ‘b “c ‘d ", "students’ ", "1. ", "<p>", "&amp;"})
    void linearOnRepeatedPatterns(String unit) {
        String text = unit.repeat(SIZE / unit.length() + 1).substring(0, SIZE);
        assertTimeoutPreemptively(BOUND, () -> run(text));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 42})
    void linearOnRandomQuotePunctuationSoup(int seed) {
        java.util.Random random = new java.util.Random(seed);
        String alphabet = "\"“”„«»‘’' .!?…\nAaZz1,:()";
        StringBuilder sb = new StringBuilder(SIZE);
        for (int i = 0; i < SIZE; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String text = sb.toString();
        assertTimeoutPreemptively(BOUND, () -> run(text));
    }

    private void run(String text) {
        Layout layout = layoutAnalyzer.analyze(text, "Title");
        int sentences = 0;
        for (Span block : layout.body()) {
            sentences += splitter.split(text, block).size();
        }
        List<Quote> quotes = quoteFinder.find(text, layout.body());
        assertTrue(sentences >= 0 && quotes.size() <= text.length());
        htmlExtractor.extract(text);
    }
}
