package io.claimscore.text;

import io.claimscore.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into blocks at blank lines and tells headline and page chrome from body.
 * (First version: blank-line blocks, a short first block without final punctuation is the headline.)
 */
public final class LayoutAnalyzer {

    public Layout analyze(String text, String title) {
        List<Block> blocks = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            int end = i;
            while (i < n) {
                int lineEnd = text.indexOf('\n', i);
                if (lineEnd < 0) {
                    lineEnd = n;
                }
                if (!text.substring(i, lineEnd).isBlank()) {
                    end = lineEnd;
                    i = lineEnd + 1;
                } else {
                    break;
                }
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            BlockKind kind = blocks.isEmpty() && end - start < 200 && ".!?\"”".indexOf(text.charAt(end - 1)) < 0
                    ? BlockKind.HEADLINE : BlockKind.BODY;
            blocks.add(new Block(new Span(start, end), kind));
        }
        return new Layout(blocks);
    }
}
