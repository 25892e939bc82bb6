package io.claimscore.attribution.tagger;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a found cue may take from the longer reading's run around it: its verb group, a short prepositional
 * adjunct, never a subject, a source, a content or a name the adjunct leads to. The runs are given by hand here;
 * the tagger's longer reading proposes them in use.
 */
class CueExtentTest {

    private static final CueExtent EXTENT = CueExtent.load();


    /** The cue {@code found} (a phrase of the text) grown within the run {@code longer}, as text. */
    private static String grow(String text, String found, String longer) {
        BlockTokens b = TextLayers.oneBlock(text);
        int[] cue = range(b, text, found);
        int[] wider = range(b, text, longer);
        List<int[]> out = EXTENT.apply(b, List.of(cue), List.of(wider));
        assertEquals(1, out.size());
        return text.substring(b.token(out.get(0)[0]).start(), b.token(out.get(0)[1] - 1).end());
    }

    /** The tokens of the first occurrence of {@code phrase}. */
    private static int[] range(BlockTokens b, String text, String phrase) {
        int at = text.indexOf(phrase);
        int start = -1;
        int end = -1;
        for (int i = 0; i < b.size(); i++) {
            if (b.token(i).start() == at) {
                start = i;
            }
            if (b.token(i).end() == at + phrase.length()) {
                end = i + 1;
            }
        }
        if (start < 0 || end < 0) {
            throw new AssertionError("not on token boundaries: " + phrase);
        }
        return new int[] {start, end};
    }

    @Test
    void theVerbGroupAndAShortAdjunctJoinTheCue() {
        String text = "The senator has said in a statement that the bill would pass.";
        assertEquals("has said in a statement", grow(text, "said", "has said in a statement"));
        String email = "Steve Mosko wrote in an email that the show would go on.";
        assertEquals("wrote in an email", grow(email, "wrote", "wrote in an email"));
    }

    @Test
    void theSubjectStaysOutOnTheLeft() {
        String text = "But environmentalists worry that the plant will pollute the river.";
        assertEquals("worry", grow(text, "worry", "environmentalists worry"));
    }

    @Test
    void onlyAPrepositionOpensARightExtensionAndAtMostFourWords() {
        // The source after "according to" and the content after "said" are not the cue's.
        String source = "According to a statement on Wednesday, the shells were defective.";
        assertEquals("According to", grow(source, "According to", "According to a statement"));
        String content = "Schulz said no immediate decision had been made about an appeal.";
        assertEquals("said", grow(content, "said", "said no immediate decision had been made about"));
        String tooLong = "She spoke at a rally in the north of the state about the plan.";
        assertEquals("spoke", grow(tooLong, "spoke", "spoke at a rally in the north"));
    }

    @Test
    void aNameOrNumberAfterTheAdjunctEndsItBeforeItsPreposition() {
        String text = "The portal Defense Express reported on December 9 that some of the shells were exploding.";
        assertEquals("reported", grow(text, "reported", "reported on"));
        String named = "Clinton said in Iowa that she would win.";
        assertEquals("said", grow(named, "said", "said in Iowa"));
    }

    @Test
    void twoCuesTheLongerRunJoinsStayTwo() {
        String text = "She said at a news conference announcing the suit that the law was wrong.";
        BlockTokens b = TextLayers.oneBlock(text);
        int[] said = range(b, text, "said");
        int[] announcing = range(b, text, "announcing");
        int[] joined = range(b, text, "said at a news conference announcing");
        List<int[]> out = EXTENT.apply(b, List.of(said, announcing), List.of(joined));
        assertEquals(List.of("said", "announcing"), out.stream()
                .map(r -> text.substring(b.token(r[0]).start(), b.token(r[1] - 1).end())).toList());
    }

    @Test
    void aCueNoLongerRunCoversIsKeptAsFound() {
        String text = "He said the vote was close.";
        assertEquals("said", grow(text, "said", "said"));
        BlockTokens b = TextLayers.oneBlock(text);
        int[] said = range(b, text, "said");
        assertEquals(1, EXTENT.apply(b, List.of(said), List.of()).size());
    }
}
