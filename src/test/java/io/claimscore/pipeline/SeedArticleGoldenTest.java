package io.claimscore.pipeline;

import io.claimscore.function.ReportInvariants;
import io.claimscore.function.TestFixtures;
import io.claimscore.report.AttributionView;
import io.claimscore.report.ScoreReport;
import io.claimscore.report.SourceRef;
import io.claimscore.report.SourceView;
import io.claimscore.report.StatementView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden test on the article the product was designed around: the breakdown a careful reader would give it —
 * who is quoted, how pronouns and short names resolve, which claims are vague, hedged or second-hand, that page
 * chrome and the headline are not statements, and that the scores rank the claims as an editor would.
 */
class SeedArticleGoldenTest {

    private static String text;
    private static ScoreReport report;

    @BeforeAll
    static void score() throws IOException {
        text = TestFixtures.seedArticle();
        report = ClaimscorePipeline.create(PipelineSettings.DEFAULTS)
                .score(new ArticleInput(text, null, "North Korea finds ‘role’ in Ukraine war", null, null, "en"));
    }

    @Test
    void everySpanMatchesTheText() {
        ReportInvariants.check(text, report);
    }

    @Test
    void chromeAndHeadlineAreNotStatements() {
        for (StatementView s : report.statements()) {
            for (String chrome : List.of("Spread the love", "By Admin", "Related posts", "Leave a Comment",
                    "North Korea finds ‘role’")) {
                assertFalse(s.text().contains(chrome), s.id() + " holds page chrome or the headline: " + s.text());
            }
        }
        for (SourceView src : report.sources()) {
            assertFalse(src.name().contains("Admin"), "the byline is not a source");
        }
    }

    @Test
    void namedSourceWithRoleAndItsPronounsAndShortName() {
        SourceView smith = source("Julianne Smith");
        assertEquals("NAMED_PERSON", smith.type());
        assertEquals("the US permanent representative to the North Atlantic Treaty Organisation (NATO)", smith.role());
        // "she said" (twice) and "Smith said" are the same person.
        assertTrue(smith.mentions().stream().anyMatch(m -> text.substring(m.start(), m.end()).equals("she")));
        assertTrue(smith.mentions().stream().anyMatch(m -> text.substring(m.start(), m.end()).equals("Smith")));
        AttributionView closing = attributionOf("We will certainly continue to monitor");
        assertEquals("Julianne Smith", closing.source().name());
        assertEquals("Smith", closing.source().text());
        assertEquals("DIRECT", closing.quote());
        assertEquals("said", closing.cue().text());
    }

    @Test
    void quotedParagraphWithoutCueContinuesTheSpeaker() {
        AttributionView a = attributionOf("We are witnessing, really in real time");
        assertEquals("Julianne Smith", a.source().name());
        assertEquals("DIRECT", a.quote());
    }

    @Test
    void titleBeforeNameIsTheRoleAndHeResolvesToLavrov() {
        SourceView lavrov = source("Sergei Lavrov");
        assertEquals("NAMED_PERSON", lavrov.type());
        assertEquals("Russian Foreign Minister", lavrov.role());
        AttributionView dismissed = attributionOf("Russian Foreign Minister Sergei Lavrov dismissed them");
        assertEquals("dismissed", dismissed.cue().text());
        assertEquals("DISTANCING", dismissed.cue().stance());
        AttributionView condemned = attributionOf("He then condemned the US");
        assertEquals("He", condemned.source().text());
        assertEquals("Sergei Lavrov", condemned.source().name());
    }

    @Test
    void capitalsAsActorsAreOrganisationsAndOfficialsAreAnonymous() {
        assertEquals("ORGANIZATION", source("Washington").type());
        AttributionView according = attributionOf("According to Washington, North Korea has transferred");
        assertEquals("Washington", according.source().text());
        assertEquals("according to", according.cue().text().toLowerCase());
        SourceView officials = source("Officials in Washington");
        assertEquals("ANONYMOUS", officials.type());
    }

    @Test
    void implicitAndVagueSourcesAndHedges() {
        AttributionView reportedly = attributionOf("reportedly delivered to Russia");
        SourceRef src = reportedly.source();
        assertEquals("VAGUE", src.type());
        assertNull(src.start());
        assertNull(src.text());
        assertTrue(reportedly.hedges().stream().anyMatch(h -> h.text().equals("reportedly")));
        AttributionView emerged = attributionOf("reports emerged that some of the ammunition");
        assertEquals("VAGUE", emerged.source().type());
        assertEquals("reports emerged", emerged.cue().text());
    }

    @Test
    void outletsDocumentsAndSecondHandChains() {
        assertEquals("MEDIA", source("Defense Express").type());
        assertEquals("MEDIA", source("The Kyiv Independent").type());
        // "… portal Defense Express reported on December 9 that some of the shells were exploding …": the outlet is
        // the source, the cue starts at "reported", and the content is the reported clause, not "December".
        AttributionView express = attributionOf("some of the shells were exploding in the faces");
        assertEquals("Defense Express", express.source().text());
        assertTrue(express.cue().text().startsWith("reported"), express.cue().text());
        int clause = text.indexOf("some of the shells were exploding in the faces");
        assertTrue(express.content().stream().anyMatch(c -> c.start() <= clause && c.end() > clause + 40),
                () -> express.content().stream().map(c -> text.substring(c.start(), c.end())).toList().toString());
        AttributionView officers = attributionOf("Ukrainian military officers have pushed the claim");
        assertEquals("Ukrainian military officers", officers.source().text());
        assertEquals("ANONYMOUS", officers.source().type());
        assertEquals("pushed the claim", officers.cue().text());
        assertEquals("DISTANCING", officers.cue().stance());
        AttributionView indicated = attributionOf("which indicated that Russian troops");
        assertEquals("DOCUMENT", indicated.source().type());
        assertEquals("a Ukrainian military statement", indicated.source().name());
        assertEquals(1, indicated.via().size());
        assertEquals("The Kyiv Independent", indicated.via().get(0).name());
        assertEquals("MEDIA", indicated.via().get(0).type());
    }

    @Test
    void scoresRankClaimsAsAnEditorWould() {
        int namedQuote = statement("We will certainly continue to monitor").score();
        int reportsEmerged = statement("reports emerged that some of the ammunition").score();
        int reportedly = statement("reportedly delivered to Russia").score();
        int anonymous = statement("Officials in Washington said").score();
        assertTrue(namedQuote > anonymous && anonymous > reportsEmerged, namedQuote + " > " + anonymous + " > " + reportsEmerged);
        assertTrue(namedQuote > reportedly);
        StatementView lede = report.statements().get(0);
        assertTrue(lede.text().startsWith("North Korea, initially isolated"), lede.text());
        assertFalse(lede.attributed());
        assertTrue(lede.checkWorthy(), "the unattributed lede is flagged");
        assertTrue(lede.score() <= 20, "an unsourced lede scores low: " + lede.score());
        assertTrue(report.summary().attributed() > report.summary().unattributed());
        assertNotNull(report.summary().verdict());
        assertTrue(report.summary().score() > 40 && report.summary().score() < 90, "" + report.summary().score());
    }

    @Test
    void aParticipleAfterTheCueIsNotWhatWasSaid() {
        // "Washington warned on Tuesday this week, reflecting the changing dynamics of the Ukraine-Russia war":
        // the participle is the writer's comment, not Washington's warning.
        for (StatementView s : report.statements()) {
            if (s.attributed()) {
                for (var range : s.attribution().content()) {
                    assertFalse(text.substring(range.start(), range.end()).startsWith("reflecting"),
                            s.id() + " takes the participle for what was said");
                }
            }
        }
    }

    @Test
    void sameAnswerEveryTime() {
        ScoreReport again = ClaimscorePipeline.create(PipelineSettings.DEFAULTS)
                .score(new ArticleInput(text, null, "North Korea finds ‘role’ in Ukraine war", null, null, "en"));
        assertEquals(report, again);
    }

    private static SourceView source(String name) {
        Optional<SourceView> found = report.sources().stream().filter(s -> s.name().equals(name)).findFirst();
        assertTrue(found.isPresent(), "no source named " + name + " in " + report.sources().stream().map(SourceView::name).toList());
        return found.get();
    }

    /** The narrowest statement holding the words (a sentence may hold a second, narrower attribution). */
    private static StatementView statement(String containing) {
        return report.statements().stream().filter(s -> s.text().contains(containing))
                .min(java.util.Comparator.comparingInt(s -> s.text().length()))
                .orElseThrow(() -> new AssertionError("no statement contains: " + containing));
    }

    private static AttributionView attributionOf(String containing) {
        StatementView s = statement(containing);
        assertTrue(s.attributed(), "not attributed: " + s.text());
        return s.attribution();
    }
}
