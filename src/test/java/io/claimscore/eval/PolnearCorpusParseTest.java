package io.claimscore.eval;

import io.claimscore.model.Span;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolnearCorpusParseTest {

    /** The emoji is one code point but two UTF-16 units: every brat offset after it shifts by one in Java. */
    private static final String TEXT = "👍 Smith said taxes would rise, and Jones agreed that they would rise fast.";

    private static List<String> texts(List<Span> spans) {
        return spans.stream().map(s -> s.of(TEXT)).toList();
    }

    private static String ann(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void eventWithAllRolesConvertsCodePointsToUtf16() {
        List<GoldAttribution> gold = PolnearCorpus.parse(ann(
                "T1\tSource 2 7\tSmith",
                "T2\tCue 8 12\tsaid",
                "T3\tContent 13 29\ttaxes would rise",
                "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3"), TEXT);
        assertEquals(1, gold.size());
        GoldAttribution g = gold.get(0);
        assertEquals(List.of(new Span(3, 8)), g.source());
        assertEquals(List.of("Smith"), texts(g.source()));
        assertEquals(List.of("said"), texts(g.cue()));
        assertEquals(List.of("taxes would rise"), texts(g.content()));
    }

    @Test
    void discontinuousSpanGivesTwoPieces() {
        List<GoldAttribution> gold = PolnearCorpus.parse(ann(
                "T1\tSource 2 7\tSmith",
                "T2\tCue 8 12\tsaid",
                "T3\tContent 13 18;19 29\ttaxes would rise",
                "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3"), TEXT);
        assertEquals(List.of(new Span(14, 19), new Span(20, 30)), gold.get(0).content());
        assertEquals(List.of("taxes", "would rise"), texts(gold.get(0).content()));
    }

    @Test
    void missingCueFallsBackToTheTrigger() {
        List<GoldAttribution> gold = PolnearCorpus.parse(ann(
                "T4\tSource 35 40\tJones",
                "T5\tCue 41 47\tagreed",
                "T6\tContent 48 73\tthat they would rise fast",
                "E2\tAttribution:T5 Source:T4 Content:T6"), TEXT);
        assertEquals(1, gold.size());
        assertEquals(List.of("agreed"), texts(gold.get(0).cue()));
        assertEquals(List.of("Jones"), texts(gold.get(0).source()));
        assertEquals(List.of("that they would rise fast"), texts(gold.get(0).content()));
    }

    @Test
    void numberedRolesMergeAndTouchingSpansJoin() {
        List<GoldAttribution> gold = PolnearCorpus.parse(ann(
                "T1\tSource 2 7\tSmith",
                "T2\tCue 8 12\tsaid",
                "T3\tContent 13 18\ttaxes",
                "T7\tContent 18 29\t would rise",
                "T8\tContent 64 73\trise fast",
                "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T8 Content2:T3 Content3:T7"), TEXT);
        GoldAttribution g = gold.get(0);
        assertEquals(List.of("taxes would rise", "rise fast"), texts(g.content()), "sorted, touching pieces merged");
    }

    @Test
    void overlappingPiecesMerge() {
        List<GoldAttribution> gold = PolnearCorpus.parse(ann(
                "T2\tCue 8 12\tsaid",
                "T3\tContent 13 25\ttaxes would",
                "T7\tContent 19 29\twould rise",
                "E1\tAttribution:T2 Content:T3 Content2:T7"), TEXT);
        assertEquals(List.of("taxes would rise"), texts(gold.get(0).content()));
        assertEquals(List.of(), gold.get(0).source(), "no source role: empty, not null");
    }

    @Test
    void ignoresOtherLinesBadReferencesAndCarriageReturns() {
        String ann = String.join("\r\n",
                "T1\tSource 2 7\tSmith",
                "T2\tCue 8 12\tsaid",
                "T3\tContent 13 29\ttaxes would rise",
                "T9\tSource 2 x\tmalformed offsets",
                "A1\tFactuality E1 Factual",
                "#1\tAnnotatorNotes T1\ta note",
                "R1\tCoref Arg1:T1 Arg2:T4",
                "garbage line without a tab",
                "",
                "E1\tAttribution:T2 Source:T9 Cue:T2 Content:T3",
                "E2\tAttribution:T99 Source:T98",
                "E3\tAttribution:T2 Source:T1 Cue:T2 Content:T3 Unknown:T1") + "\r\n";
        List<GoldAttribution> gold = PolnearCorpus.parse(ann, TEXT);
        assertEquals(2, gold.size(), "the event with no resolvable role is dropped");
        assertEquals(List.of(), gold.get(0).source(), "a malformed text-bound is skipped");
        assertEquals(List.of("said"), texts(gold.get(0).cue()));
        assertEquals(List.of("Smith"), texts(gold.get(1).source()));
        assertEquals(List.of("taxes would rise"), texts(gold.get(1).content()), "unknown roles are ignored");
    }

    @Test
    void offsetsPastTheEndAreClampedAndEmptySpansDropped() {
        int codePoints = TEXT.codePointCount(0, TEXT.length());
        List<GoldAttribution> gold = PolnearCorpus.parse(ann(
                "T2\tCue 8 12\tsaid",
                "T3\tContent 64 500\trise fast.",
                "T4\tSource 20 20\tempty",
                "E1\tAttribution:T2 Source:T4 Content:T3"), TEXT);
        assertEquals(List.of(new Span(TEXT.offsetByCodePoints(0, 64), TEXT.length())), gold.get(0).content());
        assertEquals(List.of(), gold.get(0).source());
        assertEquals(74, codePoints);
    }

    @Test
    void emptyAnnotationHasNoAttributions() {
        assertEquals(List.of(), PolnearCorpus.parse("", TEXT));
        assertEquals(List.of(), PolnearCorpus.parse("T1\tSource 2 7\tSmith\n", TEXT));
    }

    @Test
    void readTakesTheFirstAnnotationFileOfEachText(@org.junit.jupiter.api.io.TempDir Path root) throws IOException {
        Path text = Files.createDirectories(root.resolve("data/dev/text"));
        Path anns = Files.createDirectories(root.resolve("data/dev/attributions"));
        Files.writeString(text.resolve("a1.txt"), TEXT, StandardCharsets.UTF_8);
        Files.writeString(text.resolve("b2.txt"), "Nothing here.", StandardCharsets.UTF_8);
        Files.writeString(anns.resolve("a1_zed.ann"), ann("T2\tCue 41 47\tagreed", "E1\tAttribution:T2"));
        Files.writeString(anns.resolve("a1_amy.ann"), ann("T2\tCue 8 12\tsaid", "E1\tAttribution:T2"));
        List<CorpusArticle> articles = new PolnearCorpus(root).read("dev");
        assertEquals(List.of("a1", "b2"), articles.stream().map(CorpusArticle::name).toList());
        assertEquals(List.of("said"), texts(articles.get(0).gold().get(0).cue()), "a1_amy sorts first");
        assertTrue(articles.get(1).gold().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new PolnearCorpus(root).read("test"));
    }
}
