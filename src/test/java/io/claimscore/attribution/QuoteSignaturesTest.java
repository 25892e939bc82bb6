package io.claimscore.attribution;

import io.claimscore.attribution.tagger.BlockTokens;
import io.claimscore.attribution.tagger.TaggedAttribution;
import io.claimscore.model.Span;
import io.claimscore.pipeline.ClaimscorePipeline;
import io.claimscore.pipeline.PipelineSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dash-signed quotes, found on the real text layers (blocks, tokens) of small hand-written texts. */
class QuoteSignaturesTest {

    private static ClaimscorePipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = ClaimscorePipeline.create(PipelineSettings.DEFAULTS);
    }

    /** Every signature in the text as "source | cue | content". */
    private static List<String> signatures(String text) {
        List<String> out = new ArrayList<>();
        Span previous = null;
        for (BlockTokens block : BlockTokens.of(pipeline.analyze(text, null))) {
            for (TaggedAttribution a : QuoteSignatures.find(text, block, previous)) {
                out.add(a.source().of(text) + " | " + a.cue().of(text) + " | " + a.content().get(0).of(text));
            }
            previous = new Span(block.token(0).start(), block.token(block.size() - 1).end());
        }
        return out;
    }

    @Test
    void signatureOnTheQuotesLine() {
        String text = "Readers wrote in.\n\n“He represents our greatest shame.” ― Sonya Herridge\n"
                + "“He is ignorant of our culture.”― Pamela Padilla\n";
        assertEquals(List.of("Sonya Herridge | ― | “He represents our greatest shame.”",
                "Pamela Padilla | ― | “He is ignorant of our culture.”"), signatures(text));
    }

    @Test
    void signatureAsTheNextParagraphWithARole() {
        String text = "The debate went on.\n\n\"I will certainly look into it.\"\n\n- Hillary Clinton.\n\n"
                + "\"It needs to stop.\"\n\n-Michelle Marks, Philadelphia.\n\nClinton has said so before.";
        assertEquals(List.of("Hillary Clinton | - | \"I will certainly look into it.\"",
                "Michelle Marks | - | \"It needs to stop.\""), signatures(text));
    }

    @Test
    void dashesInProseAreNotSignatures() {
        assertTrue(signatures("The vote — Smith said — was close.").isEmpty());
        assertTrue(signatures("He called it “fake news” — and then he left the room.").isEmpty());
        assertTrue(signatures("A “self-made”-Man story.").isEmpty());
        assertTrue(signatures("“We won,” he said — Senate Majority Leader of the United States Congress Mitch "
                + "McConnell Junior").isEmpty());
    }

    @Test
    void theFinderReportsTheSignatureAsTheSpeaker() {
        String text = "Readers wrote in.\n\n“He represents our greatest shame.” ― Sonya Herridge\n";
        var found = pipeline.attributionFinder().find(pipeline.analyze(text, null));
        assertEquals(1, found.size(), found::toString);
        assertEquals("Sonya Herridge", found.get(0).source().name());
        assertEquals("“He represents our greatest shame.”", found.get(0).content().get(0).of(text));
    }
}
