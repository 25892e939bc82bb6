package io.claimscore.attribution;

import io.claimscore.attribution.tagger.BlockTokens;
import io.claimscore.attribution.tagger.TaggedAttribution;
import io.claimscore.model.QuoteKind;
import io.claimscore.model.Span;
import io.claimscore.pipeline.ClaimscorePipeline;
import io.claimscore.pipeline.PipelineSettings;
import io.claimscore.segment.AnalyzedText;
import io.claimscore.source.SourceLexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The rule-based steps of {@link AttributionInterpreter}, each on its own, over the real text layers (blocks,
 * tokens, quotes) of small hand-written sentences: the "according to" repair, the fallback subjects of participle
 * and coordinated cues, titled names, and the direct/indirect share of a content.
 */
class InterpretationStepsTest {

    private static ClaimscorePipeline pipeline;
    private static final SourceLexicon LEXICON = new SourceLexicon();

    @BeforeAll
    static void load() {
        pipeline = ClaimscorePipeline.create(PipelineSettings.DEFAULTS);
    }

    private static BlockTokens block(String text) {
        List<BlockTokens> blocks = BlockTokens.of(pipeline.analyze(text, null));
        assertEquals(1, blocks.size());
        return blocks.get(0);
    }

    /** A tagged attribution with the cue {@code cue} (the phrase's first occurrence), no source and no content. */
    private static TaggedAttribution cueOnly(BlockTokens b, String text, String cue) {
        int start = text.indexOf(cue);
        int first = b.tokenAt(start);
        int last = b.tokenAt(start + cue.length() - 1);
        return new TaggedAttribution(new Span(start, start + cue.length()), null, List.of(), first, last + 1);
    }

    private static String of(String text, Span span) {
        return span == null ? null : span.of(text);
    }

    @Test
    void accordingToOpeningTheSentenceTakesTheClauseAfterTheComma() {
        String text = "According to a statement cited by the ministry, ten soldiers died in the attack.";
        BlockTokens b = block(text);
        TaggedAttribution repaired = AccordingToContent.repair(b, cueOnly(b, text, "According to"), text);
        assertEquals("a statement cited by the ministry", of(text, repaired.source()));
        assertEquals(List.of("ten soldiers died in the attack"), repaired.content().stream().map(c -> c.of(text)).toList());
    }

    @Test
    void accordingToAfterACommaTakesTheClauseBefore() {
        String text = "The shipment was stolen on Monday, according to the police.";
        BlockTokens b = block(text);
        TaggedAttribution repaired = AccordingToContent.repair(b, cueOnly(b, text, "according to"), text);
        assertEquals("the police", of(text, repaired.source()));
        assertEquals(List.of("The shipment was stolen on Monday"), repaired.content().stream().map(c -> c.of(text)).toList());
    }

    @Test
    void accordingToRepairLeavesOtherCuesAndFoundContentAlone() {
        String text = "Officials said, on Monday, that the border was closed.";
        BlockTokens b = block(text);
        TaggedAttribution said = cueOnly(b, text, "said");
        assertSame(said, AccordingToContent.repair(b, said, text));
        String text2 = "According to the police, the shipment was stolen.";
        BlockTokens b2 = block(text2);
        TaggedAttribution withContent = new TaggedAttribution(cueOnly(b2, text2, "According to").cue(), null,
                List.of(new Span(text2.indexOf("the shipment"), text2.length() - 1)), 0, 2);
        assertSame(withContent, AccordingToContent.repair(b2, withContent, text2));
    }

    @Test
    void participleAfterACommaSpeaksForTheSentencesNamedSubject() {
        String text = "Mr. Trump hit back on Twitter, saying the poll was fake.";
        BlockTokens b = block(text);
        String[] lower = b.lowerTokens();
        assertEquals("Mr. Trump", of(text, ClauseSubjects.participleSubject(b, cueOnly(b, text, "saying"), lower, text)));
    }

    @Test
    void coordinatedCueSpeaksForTheSubjectButACommonNounPhraseIsNoName() {
        String text = "ProPublica obtained a video and said it showed the raid.";
        BlockTokens b = block(text);
        assertEquals("ProPublica", of(text, ClauseSubjects.participleSubject(b, cueOnly(b, text, "said"), b.lowerTokens(), text)));
        String text2 = "The reporter obtained a video and said it showed the raid.";
        BlockTokens b2 = block(text2);
        assertNull(ClauseSubjects.participleSubject(b2, cueOnly(b2, text2, "said"), b2.lowerTokens(), text2));
    }

    @Test
    void sentenceOpeningParticipleSpeaksForTheSubjectAfterItsClause() {
        String text = "After saying he was nervous, Smith asked for a glass of water.";
        BlockTokens b = block(text);
        assertEquals("Smith", of(text, ClauseSubjects.participleSubject(b, cueOnly(b, text, "saying"), b.lowerTokens(), text)));
    }

    @Test
    void aCueThatIsNeitherParticipleNorCoordinatedHasNoFallbackSubject() {
        String text = "Smith visited the plant. Officials said it would reopen.";
        BlockTokens b = block(text);
        assertNull(ClauseSubjects.participleSubject(b, cueOnly(b, text, "said"), b.lowerTokens(), text));
    }

    @Test
    void aSourceStoppingAtATitleRunsOnThroughTheName() {
        String text = "Senator Mary Jones visited the plant before announcing her bid.";
        BlockTokens b = block(text);
        TaggedAttribution cue = cueOnly(b, text, "announcing");
        Span title = new Span(0, "Senator".length());
        assertEquals("Senator Mary Jones", of(text,
                ClauseSubjects.completeTitledName(b, cue.cueStartToken(), title, b.lowerTokens(), text, LEXICON)));
        Span name = new Span(text.indexOf("Mary"), text.indexOf(" visited"));
        assertSame(name, ClauseSubjects.completeTitledName(b, cue.cueStartToken(), name, b.lowerTokens(), text, LEXICON));
    }

    @Test
    void quotationShareTellsDirectMixedAndIndirect() {
        String text = "“We will win,” she said. He said the plan was “dead on arrival” and would fail.";
        AnalyzedText doc = pipeline.analyze(text, null);
        QuotationShare share = new QuotationShare(doc);
        Span direct = new Span(0, text.indexOf(" she"));
        Span mixed = new Span(text.indexOf("the plan"), text.length() - 1);
        Span indirect = new Span(text.indexOf("the plan"), text.indexOf(" “dead"));
        assertEquals(QuoteKind.DIRECT, share.kindOf(List.of(direct)));
        assertEquals(QuoteKind.MIXED, share.kindOf(List.of(mixed)));
        assertEquals(QuoteKind.INDIRECT, share.kindOf(List.of(indirect)));
        assertEquals(QuoteKind.MIXED, share.kindOf(List.of(direct, indirect)));
    }
}
