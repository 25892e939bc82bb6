package io.claimscore.attribution;

import io.claimscore.model.Span;
import org.junit.jupiter.api.Test;

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

    @Test
    void aConnectivePrepositionOrAdverbAloneIsNoSource() {
        assertNull(trimmed("But he said no.", "But"));
        assertNull(trimmed("On Thursday, he said no.", "On"));
        assertNull(trimmed("There was talk of a deal, officials said.", "There"));
        assertNull(trimmed("Trump has raised questions, falsely suggesting it.", "falsely"));
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
}
