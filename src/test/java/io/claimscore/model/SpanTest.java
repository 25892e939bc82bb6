package io.claimscore.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpanTest {

    @Test
    void constructorValidates() {
        assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> new Span(5, 4));
        assertTrue(new Span(3, 3).isEmpty());
        assertEquals(0, new Span(0, 0).length());
        assertEquals(4, new Span(2, 6).length());
    }

    @Test
    void containsOffsetIsHalfOpen() {
        Span s = new Span(2, 5);
        assertFalse(s.contains(1));
        assertTrue(s.contains(2));
        assertTrue(s.contains(4));
        assertFalse(s.contains(5));
        assertFalse(new Span(3, 3).contains(3), "an empty span contains no offset");
    }

    @Test
    void containsSpan() {
        Span s = new Span(2, 8);
        assertTrue(s.contains(new Span(2, 8)));
        assertTrue(s.contains(new Span(3, 5)));
        assertTrue(s.contains(new Span(8, 8)), "an empty span at the end is inside");
        assertFalse(s.contains(new Span(1, 3)));
        assertFalse(s.contains(new Span(7, 9)));
    }

    @Test
    void overlapsNeedsSharedCharacters() {
        Span s = new Span(2, 5);
        assertTrue(s.overlaps(new Span(4, 9)));
        assertTrue(s.overlaps(new Span(0, 3)));
        assertTrue(s.overlaps(new Span(3, 4)));
        assertFalse(s.overlaps(new Span(5, 9)), "touching is not overlapping");
        assertFalse(s.overlaps(new Span(0, 2)));
        assertTrue(new Span(4, 9).overlaps(s), "symmetric");
    }

    @Test
    void unionCoversBothEvenWithAGap() {
        assertEquals(new Span(1, 9), new Span(1, 3).union(new Span(6, 9)));
        assertEquals(new Span(1, 9), new Span(6, 9).union(new Span(1, 3)));
        assertEquals(new Span(1, 9), new Span(1, 9).union(new Span(2, 3)));
    }

    @Test
    void ofAndOrdering() {
        assertEquals("said", new Span(6, 10).of("Smith said it"));
        List<Span> spans = new ArrayList<>(List.of(new Span(3, 9), new Span(1, 4), new Span(3, 5)));
        Collections.sort(spans);
        assertEquals(List.of(new Span(1, 4), new Span(3, 5), new Span(3, 9)), spans);
    }

    private static final List<Span> SENTENCES = List.of(new Span(0, 10), new Span(11, 20), new Span(20, 30));

    @Test
    void indexContaining() {
        assertEquals(-1, Spans.indexContaining(List.of(), 0));
        assertEquals(0, Spans.indexContaining(SENTENCES, 0));
        assertEquals(0, Spans.indexContaining(SENTENCES, 9));
        assertEquals(-1, Spans.indexContaining(SENTENCES, 10), "the gap between spans");
        assertEquals(1, Spans.indexContaining(SENTENCES, 11));
        assertEquals(2, Spans.indexContaining(SENTENCES, 20), "end is exclusive, the next span starts there");
        assertEquals(2, Spans.indexContaining(SENTENCES, 29));
        assertEquals(-1, Spans.indexContaining(SENTENCES, 30));
        assertEquals(-1, Spans.indexContaining(SENTENCES, -1));
    }

    @Test
    void insideOne() {
        assertFalse(Spans.insideOne(List.of(), new Span(0, 1)));
        assertTrue(Spans.insideOne(SENTENCES, new Span(0, 10)));
        assertTrue(Spans.insideOne(SENTENCES, new Span(12, 15)));
        assertFalse(Spans.insideOne(SENTENCES, new Span(5, 12)), "straddles two spans");
        assertFalse(Spans.insideOne(SENTENCES, new Span(10, 11)), "in the gap");
        assertFalse(Spans.insideOne(SENTENCES, new Span(15, 25)));
        assertTrue(Spans.insideOne(SENTENCES, new Span(25, 30)));
    }

    @Test
    void firstEndingAfter() {
        assertEquals(0, Spans.firstEndingAfter(List.of(), 5));
        assertEquals(0, Spans.firstEndingAfter(SENTENCES, 0));
        assertEquals(0, Spans.firstEndingAfter(SENTENCES, 9));
        assertEquals(1, Spans.firstEndingAfter(SENTENCES, 10), "a span ending at the offset does not end after it");
        assertEquals(1, Spans.firstEndingAfter(SENTENCES, 19));
        assertEquals(2, Spans.firstEndingAfter(SENTENCES, 20));
        assertEquals(3, Spans.firstEndingAfter(SENTENCES, 30), "none ends after: size()");
        assertEquals(3, Spans.firstEndingAfter(SENTENCES, 1000));
    }

    @Test
    void lookUpsAgreeWithALinearScan() {
        List<Span> spans = new ArrayList<>();
        for (int s = 0; s < 200; s += 7) {
            spans.add(new Span(s, s + (s % 3 == 0 ? 7 : 4)));
        }
        for (int offset = 0; offset < 210; offset++) {
            int expected = -1;
            int firstAfter = spans.size();
            for (int i = spans.size() - 1; i >= 0; i--) {
                if (spans.get(i).contains(offset)) {
                    expected = i;
                }
                if (spans.get(i).end() > offset) {
                    firstAfter = i;
                }
            }
            assertEquals(expected, Spans.indexContaining(spans, offset), "offset " + offset);
            assertEquals(firstAfter, Spans.firstEndingAfter(spans, offset), "offset " + offset);
        }
    }
}
