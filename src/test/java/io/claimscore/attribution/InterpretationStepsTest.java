package io.claimscore.attribution;

import io.claimscore.attribution.tagger.BlockTokens;
import io.claimscore.attribution.tagger.TaggedAttribution;
import io.claimscore.attribution.tagger.TextLayers;
import io.claimscore.model.QuoteKind;
import io.claimscore.model.Span;
import io.claimscore.segment.AnalyzedText;
import io.claimscore.source.SourceLexicon;
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

    private static final SourceLexicon LEXICON = new SourceLexicon();


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

    /** The "according to" repair of {@code cue} in {@code text}, as "source | content". */
    private static String repairedAccordingTo(String text, String cue) {
        BlockTokens b = TextLayers.oneBlock(text);
        TaggedAttribution repaired = AccordingToContent.repair(b, cueOnly(b, text, cue), text);
        return of(text, repaired.source()) + " | "
                + String.join(" + ", repaired.content().stream().map(c -> c.of(text)).toList());
    }

    @Test
    void accordingToOpeningTheSentenceTakesTheClauseAfterTheComma() {
        assertEquals("a statement cited by the ministry | ten soldiers died in the attack", repairedAccordingTo(
                "According to a statement cited by the ministry, ten soldiers died in the attack.", "According to"));
    }

    @Test
    void accordingToAfterACommaTakesTheClauseBefore() {
        assertEquals("the police | The shipment was stolen on Monday",
                repairedAccordingTo("The shipment was stolen on Monday, according to the police.", "according to"));
    }

    @Test
    void accordingToRepairLeavesOtherCuesAndFoundContentAlone() {
        String text = "Officials said, on Monday, that the border was closed.";
        BlockTokens b = TextLayers.oneBlock(text);
        TaggedAttribution said = cueOnly(b, text, "said");
        assertSame(said, AccordingToContent.repair(b, said, text));
        String text2 = "According to the police, the shipment was stolen.";
        BlockTokens b2 = TextLayers.oneBlock(text2);
        TaggedAttribution withContent = new TaggedAttribution(cueOnly(b2, text2, "According to").cue(), null,
                List.of(new Span(text2.indexOf("the shipment"), text2.length() - 1)), 0, 2);
        assertSame(withContent, AccordingToContent.repair(b2, withContent, text2));
    }

    /** The subject the cue {@code cue} of {@code text} falls back to, or null. */
    private static String fallbackSubject(String text, String cue) {
        BlockTokens b = TextLayers.oneBlock(text);
        return of(text, ClauseSubjects.participleSubject(b, cueOnly(b, text, cue), b.lowerTokens(), text));
    }

    @Test
    void participleAfterACommaSpeaksForTheSentencesNamedSubject() {
        assertEquals("Mr. Trump", fallbackSubject("Mr. Trump hit back on Twitter, saying the poll was fake.", "saying"));
    }

    @Test
    void coordinatedCueSpeaksForTheSubjectButACommonNounPhraseIsNoName() {
        assertEquals("ProPublica", fallbackSubject("ProPublica obtained a video and said it showed the raid.", "said"));
        assertNull(fallbackSubject("The reporter obtained a video and said it showed the raid.", "said"));
    }

    @Test
    void sentenceOpeningParticipleSpeaksForTheSubjectAfterItsClause() {
        assertEquals("Smith", fallbackSubject("After saying he was nervous, Smith asked for a glass of water.", "saying"));
    }

    @Test
    void aCueThatIsNeitherParticipleNorCoordinatedHasNoFallbackSubject() {
        assertNull(fallbackSubject("Smith visited the plant. Officials said it would reopen.", "said"));
    }

    /** The source {@code source} of {@code text}, run on through a titled name for the cue {@code cue}. */
    private static Span titledCompletion(String text, Span source, String cue) {
        BlockTokens b = TextLayers.oneBlock(text);
        return ClauseSubjects.completeTitledName(b, cueOnly(b, text, cue).cueStartToken(), source, b.lowerTokens(),
                text, LEXICON);
    }

    @Test
    void aSourceStoppingAtATitleRunsOnThroughTheName() {
        String text = "Senator Mary Jones visited the plant before announcing her bid.";
        assertEquals("Senator Mary Jones", of(text, titledCompletion(text, new Span(0, "Senator".length()), "announcing")));
        Span name = new Span(text.indexOf("Mary"), text.indexOf(" visited"));
        assertSame(name, titledCompletion(text, name, "announcing"));
    }

    @Test
    void aSourceStoppingAtAnHonorificRunsOnThroughTheName() {
        String text = "Mr. McKinley is bearish and expects loans to shrink.";
        assertEquals("Mr. McKinley", of(text, titledCompletion(text, new Span(0, 2), "expects")));
        // "miss" is an honorific only when capitalised
        Span miss = new Span(0, "They miss".length());
        assertSame(miss, titledCompletion("They miss Smith and say so.", miss, "say"));
    }

    @Test
    void aSourceStoppingAtAPartyWordRunsOnThroughTheDescriptionAndName() {
        String text = "Democratic front-runner Hillary Clinton said he was responsible and accused him of lying.";
        Span party = new Span(0, "Democratic".length());
        assertEquals("Democratic front-runner Hillary Clinton", of(text, titledCompletion(text, party, "accused")));
        assertEquals("Democratic presidential nominee Hillary Clinton", fallbackSubject(
                "Democratic presidential nominee Hillary Clinton chimed in on Twitter, saying it was sad.", "saying"));
        // No name after the description: the party word stays as it was.
        assertSame(party, titledCompletion("Democratic calls for her to quit grew, and critics said so.", party, "said"));
    }

    /** {@code source} (its first occurrence) completed by its group noun, for the cue {@code cue}. */
    private static String groupCompleted(String text, String source, String cue) {
        BlockTokens b = TextLayers.oneBlock(text);
        int start = text.indexOf(source);
        Span span = new Span(start, start + source.length());
        return of(text, ClauseSubjects.completeGroupHead(b, cueOnly(b, text, cue).cueStartToken(), span,
                b.lowerTokens(), text, LEXICON));
    }

    @Test
    void aSourceStoppingAtANameBeforeAGroupNounTakesTheNoun() {
        assertEquals("Trump supporters", groupCompleted("Trump supporters said the rally was peaceful.", "Trump", "said"));
        assertEquals("Clinton officials", groupCompleted("Clinton officials told reporters little.", "Clinton", "told"));
        // Not a name, not a group noun, not a word that follows in the same phrase.
        assertEquals("the campaign", groupCompleted("the campaign officials said little.", "the campaign", "said"));
        assertEquals("Trump", groupCompleted("Trump said supporters were calm.", "Trump", "said"));
        assertEquals("Clinton", groupCompleted("Clinton, officials said, was calm.", "Clinton", "said"));
        assertEquals("Clinton", groupCompleted("Clinton many times said so.", "Clinton", "said"));
    }

    /** The name a relative pronoun {@code who} (its last occurrence) in {@code text} refers to, or null. */
    private static String antecedentOfWho(String text) {
        return of(text, RelativeAntecedent.nameBefore(TextLayers.oneBlock(text), text, text.lastIndexOf("who")));
    }

    @Test
    void aRelativePronounRefersToTheNameRightBeforeIt() {
        assertEquals("Lavrov", antecedentOfWho("The minister met Lavrov, who said the talks failed."));
        assertEquals("Vladimir V. Putin", antecedentOfWho("It was Vladimir V. Putin who said so."));
        assertEquals("Mr. O'Malley", antecedentOfWho("The crowd cheered Mr. O'Malley, who spoke last."));
        assertEquals("Debbie Wasserman-Schultz", antecedentOfWho("She thanked Debbie Wasserman-Schultz, who left."));
        assertEquals("Donald Trump Jr.", antecedentOfWho("It drew a reply from Donald Trump Jr., who suggested more."));
        // Never past the sentence the pronoun is in, nor past a connective opening the clause.
        assertEquals("Trump", antecedentOfWho("The case was filed in November. Trump, who denied it, appealed."));
        assertEquals("Mr. Scott", antecedentOfWho("He wrote on Twitter. Mr. Scott, who has called it toxic, left."));
        assertEquals("Crawford", antecedentOfWho("But Crawford, who recalled the night, was calm."));
        // An institution's name runs on over "of", "for", "on"; a party's member after a name is the name's.
        assertEquals("Senator Ted Cruz of Texas", antecedentOfWho("It angered Senator Ted Cruz of Texas, who spoke."));
        assertEquals("Citizens for Trump", antecedentOfWho("Tim Selaty leads a group called Citizens for Trump, who expect more."));
        assertEquals("Senator Jeff Flake", antecedentOfWho("Senator Jeff Flake, Republican of Arizona, who echoed him, left."));
        assertEquals("Trump", antecedentOfWho("A spokesman for Trump, who declined, left."));
        // No name right before it, or a date.
        assertNull(antecedentOfWho("The senators who spoke were calm."));
        assertNull(antecedentOfWho("The emails came out in July, who knows why."));
        assertNull(antecedentOfWho("who spoke first was not clear."));
    }

    /** The group a {@code who} (its last occurrence) in {@code text} follows, or null. */
    private static String groupBeforeWho(String text) {
        return of(text, RelativeAntecedent.groupBefore(TextLayers.oneBlock(text), text, text.lastIndexOf("who")));
    }

    @Test
    void aWhoRightAfterALowerCasePluralRefersToThatGroup() {
        assertEquals("some economists", groupBeforeWho("There are some economists who argue that taxes should fall."));
        assertEquals("the voters", groupBeforeWho("Polls missed the voters who stayed home."));
        assertEquals("political advisers", groupBeforeWho("He ignored political advisers who urged caution."));
        assertEquals("people", groupBeforeWho("It was people who listed themselves as teachers."));
        // An indefinite singular is the person it describes; a definite one is left to the linker.
        assertEquals("a self-described housewife", groupBeforeWho("She was a self-described housewife who displayed zeal."));
        assertEquals("a man", groupBeforeWho("It was a man who many believe is the heir."));
        // Not a definite singular, a name, a verb or a noun behind a comma: the name reading or the linker decides.
        assertNull(groupBeforeWho("The senator who spoke was calm."));
        assertNull(groupBeforeWho("The minister met Lavrov, who said the talks failed."));
        assertNull(groupBeforeWho("She met the officials, who said nothing."));
        assertNull(groupBeforeWho("It is unclear who said it."));
    }

    /** The institution a {@code pronoun} (its last occurrence) in {@code text} follows, or null. */
    private static String institutionBefore(String text, String pronoun) {
        return of(text, RelativeAntecedent.institutionBefore(TextLayers.oneBlock(text), text,
                text.lastIndexOf(pronoun), LEXICON));
    }

    @Test
    void aWhichOrThatAfterAnOrganisationsNounRefersToThatOrganisation() {
        assertEquals("the Saudi government", institutionBefore("It included the Saudi government, which has denied it.", "which"));
        assertEquals("a big law firm", institutionBefore("He worked for a big law firm that defended the company.", "that"));
        // Not a person's noun, not without a determiner, not a "who".
        assertNull(institutionBefore("He met the senator, which surprised nobody.", "which"));
        assertNull(institutionBefore("Obama administration officials, which said so, left.", "which"));
        assertNull(institutionBefore("They met the campaign, who said so.", "who"));
    }

    @Test
    void quotationShareTellsDirectMixedAndIndirect() {
        String text = "“We will win,” she said. He said the plan was “dead on arrival” and would fail.";
        AnalyzedText doc = TextLayers.analyze(text);
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
