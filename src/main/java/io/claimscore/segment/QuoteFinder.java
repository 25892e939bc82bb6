package io.claimscore.segment;

import io.claimscore.model.Span;

import java.util.ArrayList;
import java.util.List;

/** Finds double-quoted passages in blocks. (First version: pairs straight and curly double quotes per block.) */
public final class QuoteFinder {

    public List<Quote> find(String text, List<Span> blocks) {
        List<Quote> quotes = new ArrayList<>();
        for (Span block : blocks) {
            int open = -1;
            for (int i = block.start(); i < block.end(); i++) {
                char c = text.charAt(i);
                boolean opening = c == '“' || (c == '"' && open < 0);
                boolean closing = c == '”' || (c == '"' && open >= 0);
                if (open < 0 && opening) {
                    open = i;
                } else if (open >= 0 && closing) {
                    quotes.add(new Quote(new Span(open, i + 1), new Span(open + 1, i), true));
                    open = -1;
                }
            }
            if (open >= 0) {
                quotes.add(new Quote(new Span(open, block.end()), new Span(open + 1, block.end()), false));
            }
        }
        return quotes;
    }
}
