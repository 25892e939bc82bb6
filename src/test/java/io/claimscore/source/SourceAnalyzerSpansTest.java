package io.claimscore.source;

import io.claimscore.model.Span;
import io.claimscore.text.Token;
import io.claimscore.text.Tokenizer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every source phrase the role tagger could mark is read without failing: each run of up to eight tokens of the
 * seed article and of hand-written sentences full of the shapes the analyser splits (titles, commas, "of",
 * parentheses, hyphens, capitals, possessives) is described, and the mention stays inside the phrase. A
 * two-token phrase once indexed a token before the phrase ("supporting Sanders"); the models rarely mark such a
 * span, so the pipeline's own tests did not reach it.
 */
class SourceAnalyzerSpansTest {

    private static final String[] SENTENCES = {
        "Sen. Bernie Sanders (Vt.), who lost the primary, and Rep. Robert C. \"Bobby\" Scott (D-Va.) said so.",
        "A spokesman for Mayor Frank G. Jackson of Cleveland, Ohio, said the Secretary-Treasurer Gary Casteel agreed.",
        "WASHINGTON -- President Obama, dedicating the museum, said Mr. O'Malley's KING-TV interview ran.",
        "However, a confident-seeming Manafort told JAKE TAPPER: critics like Huffman, supporting Sanders, left.",
        "The Orlando Sentinel's Don Guardian of the Las Vegas Sun - himself a Q, you know - said 't Veld spoke.",
        "Holger Schmieding of Berenberg, Germany's largest private bank, and the Rev. Peter Wherry, of Mayfield.",
    };

    private final SourceAnalyzer analyzer = new SourceAnalyzer(new SourceLexicon());

    @Test
    void everyShortRunOfTokensIsDescribed() throws IOException {
        List<String> texts = new ArrayList<>(List.of(SENTENCES));
        try (InputStream in = getClass().getResourceAsStream("/articles/seed-article.txt")) {
            assertNotNull(in, "seed article in the test resources");
            texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        int described = 0;
        for (String text : texts) {
            List<Token> tokens = new Tokenizer().tokenize(text);
            for (int i = 0; i < tokens.size(); i++) {
                for (int j = i + 1; j <= Math.min(tokens.size(), i + 8); j++) {
                    Span raw = new Span(tokens.get(i).start(), tokens.get(j - 1).end());
                    try {
                        SourceDescription d = analyzer.describe(text, raw);
                        assertNotNull(d.name(), raw.of(text));
                        assertNotNull(d.type(), raw.of(text));
                        assertTrue(d.mention().start() >= raw.start() && d.mention().end() <= raw.end(), raw.of(text));
                    } catch (RuntimeException e) {
                        fail("describing '" + raw.of(text) + "' failed", e);
                    }
                    described++;
                }
            }
        }
        assertTrue(described > 5_000, "phrases described: " + described);
    }
}
