package io.claimscore.segment;

import io.claimscore.model.Span;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a block into sentences. (First version: the JDK's sentence BreakIterator, trimmed.) */
public final class SentenceSplitter {

    public List<Span> split(String text, Span block) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        String part = block.of(text);
        it.setText(part);
        List<Span> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(part.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(part.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Span(block.start() + s, block.start() + e));
            }
        }
        return out;
    }
}
