package io.claimscore.attribution.tagger;

import io.claimscore.model.Span;
import io.claimscore.model.Spans;
import io.claimscore.segment.AnalyzedText;
import io.claimscore.segment.Quote;
import io.claimscore.text.Block;
import io.claimscore.text.BlockKind;
import io.claimscore.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of one block (paragraph) with everything the feature templates read, computed once per block:
 * hashes of lower-cased words, shapes and suffixes, sentence indices, quote state, and prefix counts that let a
 * feature ask "is there a comma between here and the cue" in constant time.
 */
public final class BlockTokens {

    final String text;
    final List<Token> tokens;
    final int n;
    final String[] lower;
    final int[] lowerHash;
    final int[] shapeHash;
    final int[] suffixHash;
    final int[] stemHash;
    final int[] prefixHash;
    final boolean[] capitalised;
    final boolean[] word;
    final boolean[] inQuote;
    final int[] sentence;
    final boolean[] sentenceStart;
    final boolean[] sentenceEnd;
    /** commas[i] = commas among tokens [0, i). */
    final int[] commas;
    /** quoteMarks[i] = quotation marks among tokens [0, i). */
    final int[] quoteMarks;

    /**
     * @param tokens    the block's tokens in order
     * @param sentences all sentence spans of the text, in order
     * @param quotes    all quotes of the text, in order
     */
    public BlockTokens(String text, List<Token> tokens, List<Span> sentences, List<Quote> quotes) {
        this.text = text;
        this.tokens = tokens;
        this.n = tokens.size();
        lower = new String[n];
        lowerHash = new int[n];
        shapeHash = new int[n];
        suffixHash = new int[n];
        stemHash = new int[n];
        prefixHash = new int[n];
        capitalised = new boolean[n];
        word = new boolean[n];
        inQuote = new boolean[n];
        sentence = new int[n];
        sentenceStart = new boolean[n];
        sentenceEnd = new boolean[n];
        commas = new int[n + 1];
        quoteMarks = new int[n + 1];
        int blockStart = n == 0 ? 0 : tokens.get(0).start();
        int s = Spans.firstEndingAfter(sentences, blockStart);
        int q = Spans.firstEndingAfter(quotes, quote -> quote.outer().end(), blockStart);
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            String w = text.substring(t.start(), t.end());
            String l = w.toLowerCase(Locale.ROOT);
            int length = l.length();
            lower[i] = l;
            // Hashes of the shape, suffix, stem and prefix strings, computed without building those strings.
            lowerHash[i] = l.hashCode();
            shapeHash[i] = shapeHash(w);
            suffixHash[i] = length > 3 ? hash(l, length - 3, length) : 0;
            stemHash[i] = hash(l, 0, stemLength(l));
            prefixHash[i] = length > 4 ? hash(l, 0, 4) : lowerHash[i];
            capitalised[i] = Character.isUpperCase(w.codePointAt(0));
            word[i] = t.word();
            while (s < sentences.size() && sentences.get(s).end() <= t.start()) {
                s++;
            }
            sentence[i] = s;
            while (q < quotes.size() && quotes.get(q).outer().end() <= t.start()) {
                q++;
            }
            inQuote[i] = q < quotes.size() && quotes.get(q).inner().contains(t.start());
            commas[i + 1] = commas[i] + (w.equals(",") ? 1 : 0);
            quoteMarks[i + 1] = quoteMarks[i] + (isQuoteMark(w) ? 1 : 0);
        }
        for (int i = 0; i < n; i++) {
            sentenceStart[i] = i == 0 || sentence[i - 1] != sentence[i];
            sentenceEnd[i] = i == n - 1 || sentence[i + 1] != sentence[i];
        }
    }

    /** One {@code BlockTokens} per analysed (non-chrome) block of the text, in order. */
    public static List<BlockTokens> of(AnalyzedText doc) {
        List<BlockTokens> out = new ArrayList<>();
        List<Token> tokens = doc.tokens();
        int t = 0;
        for (Block block : doc.layout().blocks()) {
            if (block.kind() == BlockKind.CHROME) {
                continue;
            }
            Span span = block.span();
            while (t < tokens.size() && tokens.get(t).start() < span.start()) {
                t++;
            }
            int from = t;
            while (t < tokens.size() && tokens.get(t).start() < span.end()) {
                t++;
            }
            if (t > from) {
                out.add(new BlockTokens(doc.text(), tokens.subList(from, t), doc.sentences(), doc.quotes()));
            }
        }
        return out;
    }

    public int size() {
        return n;
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The index of the token holding or following character {@code offset} (the last token when none does). */
    public int tokenAt(int offset) {
        return Math.min(Spans.firstEndingAfter(tokens, Token::end, offset), n - 1);
    }

    /** A copy of the lower-cased token texts, for phrase matching. */
    public String[] lowerTokens() {
        return lower.clone();
    }

    /** The index of token i's sentence (comparable within the block). */
    public int sentenceOf(int i) {
        return sentence[i];
    }

    /** The hash of token i's crude stem (see {@link #stemLength}). */
    public int stem(int i) {
        return stemHash[i];
    }

    public String lower(int i) {
        return lower[i];
    }

    /**
     * The length of a crude English stem that merges inflections of a verb or noun ("urges", "urged", "urging" →
     * "urg"), so that a cue seen in one form is recognised in another. Not a linguistic lemma; only a feature.
     */
    static int stemLength(String w) {
        int n = w.length();
        if (n > 5 && w.endsWith("ing")) {
            return n - 3;
        }
        if (n > 4 && (w.endsWith("ed") || w.endsWith("es"))) {
            return n - 2;
        }
        if (n > 3 && (w.endsWith("s") || w.endsWith("e")) && !w.endsWith("ss")) {
            return n - 1;
        }
        return n;
    }

    /** {@code s.substring(from, to).hashCode()} without the substring (the JLS fixes String's hash). */
    static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    static boolean isQuoteMark(String w) {
        return w.length() == 1 && "\"“”„«»".indexOf(w.charAt(0)) >= 0;
    }

    /**
     * The hash of the word's shape with runs collapsed, at most 4 characters: "Smith" → "Xx", "U.S." is per token
     * so "U" → "X", "2023" → "d", "," → ",".
     */
    static int shapeHash(String w) {
        int h = 0;
        int length = 0;
        char last = 0;
        for (int i = 0; i < w.length() && length < 4; i++) {
            char c = w.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != last) {
                h = 31 * h + k;
                length++;
                last = k;
            }
        }
        return h;
    }
}
