package io.claimscore.attribution;

import io.claimscore.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class SourceSpanTrimTest {

    private static String trimmed(String text, String source) {
        int start = text.indexOf(source);
        Span s = SourceSpanTrim.trim(text, new Span(start, start + source.length()));
        return s == null ? null : s.of(text);
    }

    @Test
    void leadingConnectivesAreNotTheSpeaker() {
        assertEquals("Gallup", trimmed("And Gallup found that most voters agreed.", "And Gallup"));
        assertEquals("Kaine", trimmed("Though Kaine said it was over, the race went on.", "Though Kaine"));
        assertEquals("the senator", trimmed("But, the senator said, it will pass.", "But, the senator"));
    }

    /** {@code span} (its first occurrence in {@code text}) trimmed as a source: {@code expected}. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // A sentence adverb, or an -ly adverb before a name, is no part of the speaker.
        "However, Jill A. Martin said no. | However, Jill A. Martin | Jill A. Martin",
        "Now Bloomberg says he will run. | Now Bloomberg | Bloomberg",
        "Even China agreed to it. | Even China | China",
        "But ultimately Prager thinks so. | ultimately Prager | Prager",
        "It is a state where local party leaders said no. | where local party leaders | local party leaders",
        // An -ly word that describes the group after it, or precedes no name, stays.
        "But early voters said no. | early voters | early voters",
        "Yet only seven percent said no. | only seven percent | only seven percent",
        "But elderly Democrats said no. | elderly Democrats | elderly Democrats",
        // A dateline is no part of the source; capitals that are a name, or a hyphen inside a word, are no dateline.
        "WASHINGTON -- President Obama said it. | WASHINGTON -- President Obama | President Obama",
        "INDIANAPOLIS - Ted Cruz received it. | INDIANAPOLIS - Ted Cruz | Ted Cruz",
        "DES MOINES \u2014 The attacks reframed it. | DES MOINES \u2014 The attacks | The attacks",
        "NATO - and allies said so. | NATO - and allies | NATO - and allies",
        "AFL-CIO leaders said so. | AFL-CIO leaders | AFL-CIO leaders",
        // An -ly adverb after the name, and the end of another clause before a conjunction, are not the speaker.
        "Donald Trump continually brags about it. | Donald Trump continually | Donald Trump",
        "Obama and Clinton foolishly withdrew. | Obama and Clinton foolishly | Obama and Clinton",
        "He can't mock the ratings if Holt asks him. | the ratings if Holt | Holt",
        "Gupta - though Lynch notes the limits. | Gupta - though Lynch | Lynch",
        "Then the state incorrectly removed them. | the state incorrectly | the state",
        // An -ly adverb that modifies a verb or another adverb inside the phrase stays.
        "An official not authorized to speak publicly said so. | An official not authorized to speak publicly | An official not authorized to speak publicly",
        "Trump's most famously false claim fell. | Trump's most famously | Trump's most famously",
        // Nouns ending in -ly, and a conjunction before no name, stay.
        "Not everyone at the rally saw it. | Not everyone at the rally | Not everyone at the rally",
        "A CNN tally shows it. | A CNN tally | A CNN tally",
        "Voters who stayed home if asked said no. | Voters who stayed home if asked | Voters who stayed home if asked",
    })
    void sentenceAdverbsAndDatelinesAreNotTheSpeaker(String text, String span, String expected) {
        assertEquals(expected, trimmed(text, span));
    }

    @Test
    void aNoBreakSpaceSeparatesWords() {
        // "the\u00a0Daily News" is no "-ly" word before a name.
        assertEquals("the\u00a0Daily News", trimmed("Yet the\u00a0Daily News claims so.", "the\u00a0Daily News"));
    }

    @Test
    void aConnectivePrepositionOrAdverbAloneIsNoSource() {
        assertNull(trimmed("But he said no.", "But"));
        assertNull(trimmed("On Thursday, he said no.", "On"));
        assertNull(trimmed("There was talk of a deal, officials said.", "There"));
        assertNull(trimmed("Where the money might go, nobody said.", "Where"));
        assertNull(trimmed("Since announcing his run, he said so.", "Since"));
        assertNull(trimmed("According to him, it rose.", "According"));
        assertNull(trimmed("Trump has raised questions, falsely suggesting it.", "falsely"));
        assertNull(trimmed("By voting no, the campaign said so.", "By"));
        assertEquals("From", trimmed("From said no.", "From"), "Al From, not a preposition");
        assertNull(trimmed("There's a deal, officials said.", "There's"));
        assertEquals("It’s", trimmed("It’s denouncing the attack.", "It’s"), "a pronoun and its verb: the source");
        // A day or month, after a preposition or alone, is when, not who.
        assertNull(trimmed("By Sunday, the campaign said no.", "By Sunday"));
        assertNull(trimmed("In August, the campaign said no.", "In August"));
        assertNull(trimmed("Wednesday, the campaign said no.", "Wednesday"));
        assertEquals("Petraeus", trimmed("Others sat, whereas Petraeus said no.", "whereas Petraeus"));
    }

    @Test
    void namesAndRelativePronounsStay() {
        String text = "Megyn Kelly, who said so, and the Kelly family agreed.";
        Span kelly = new Span(0, 11);
        assertSame(kelly, SourceSpanTrim.trim(text, kelly));
        assertEquals("Kelly", trimmed("Kelly said no.", "Kelly"));
        assertEquals("who", trimmed("Ms. Kelly, who said no.", "who"));
        assertEquals("Andrew Smith", trimmed("Andrew Smith said no.", "Andrew Smith"));
    }

    @Test
    void anotherAttributionsCueIsNoPartOfTheSource() {
        String text = "\u201cIt is troubling,\u201d writes Prager, seeming to understand them.";
        Span writes = find(text, "writes");
        Span seeming = find(text, "seeming");
        List<Span> cues = List.of(writes, seeming);
        assertEquals("Prager", SourceSpanTrim.afterOtherCue(text, find(text, "writes Prager"), cues, seeming).of(text));
        Span prager = find(text, "Prager");
        assertSame(prager, SourceSpanTrim.afterOtherCue(text, prager, cues, seeming));
        String alarmed = "Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said so.";
        assertEquals("Senator Harry Reid, the minority leader", SourceSpanTrim.afterOtherCue(alarmed,
                find(alarmed, "Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader"),
                List.of(find(alarmed, "Alarmed"), find(alarmed, "said")), find(alarmed, "said")).of(alarmed));
        String quote = "referencing a quote from Commissioner Thomas Krebs. He laid out a plan.";
        assertEquals("Commissioner Thomas Krebs", SourceSpanTrim.afterOtherCue(quote,
                find(quote, "quote from Commissioner Thomas Krebs"), List.of(find(quote, "quote")), null).of(quote));
        // Its own cue, or a cue covering the whole span, is left alone.
        Span writesPrager = find(text, "writes Prager");
        assertSame(writesPrager, SourceSpanTrim.afterOtherCue(text, writesPrager, List.of(writes), writes));
        assertSame(writes, SourceSpanTrim.afterOtherCue(text, writes, cues, seeming));
    }

    private static Span find(String text, String phrase) {
        int start = text.indexOf(phrase);
        return new Span(start, start + phrase.length());
    }
}
