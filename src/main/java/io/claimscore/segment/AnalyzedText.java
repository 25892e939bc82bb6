package io.claimscore.segment;

import io.claimscore.model.Span;
import io.claimscore.text.Layout;
import io.claimscore.text.Token;

import java.util.List;

/**
 * The text with its structural layers, each added by one stage: blocks (layout), sentences, tokens and quotes
 * of the body blocks. All lists are in text order.
 */
public record AnalyzedText(String text, Layout layout, List<Span> sentences, List<Token> tokens, List<Quote> quotes) {

    public AnalyzedText {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        quotes = List.copyOf(quotes);
    }
}
