package io.claimscore.attribution.tagger;

import io.claimscore.pipeline.ClaimscorePipeline;
import io.claimscore.pipeline.PipelineSettings;
import io.claimscore.segment.AnalyzedText;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The real text layers (layout, tokens, sentences, quotes, blocks) of small hand-written texts, for the unit tests
 * of the attribution stages. One pipeline serves them all: building it reads the models.
 */
public final class TextLayers {

    private TextLayers() {
    }

    /** Created on first use (class holder idiom), then only read. */
    private static final class Shared {
        static final ClaimscorePipeline PIPELINE = ClaimscorePipeline.create(PipelineSettings.DEFAULTS);
    }

    public static AnalyzedText analyze(String text) {
        return Shared.PIPELINE.analyze(text, null);
    }

    /** The text's only analysed block (a test text is one paragraph). */
    public static BlockTokens oneBlock(String text) {
        List<BlockTokens> blocks = BlockTokens.of(analyze(text));
        assertEquals(1, blocks.size(), "one paragraph: " + text);
        return blocks.get(0);
    }
}
