package io.claimscore.attribution;

import io.claimscore.attribution.tagger.BlockTokens;
import io.claimscore.model.Span;
import io.claimscore.text.Token;

/**
 * The capitalised name a relative pronoun directly follows: "Lavrov, who said …" refers to Lavrov, "Sen. Ted
 * Cruz, who …" to Sen. Ted Cruz. The name is read backwards over capitalised words and the periods of
 * abbreviations and initials (and the apostrophe or hyphen inside a name), and never past its own sentence ("… in November. Trump, who …" is Trump) or a
 * connective ("But Crawford, who recalled …" is Crawford).
 */
final class RelativeAntecedent {

    /** At most this many words are read back, so a long run of capitalised words costs no more than a short one. */
    private static final int MAX_WORDS = 8;

    private RelativeAntecedent() {
    }

    /** The name right before {@code pronounStart} (commas and spaces between allowed), or null. */
    static Span nameBefore(BlockTokens block, String text, int pronounStart) {
        int pronoun = block.tokenAt(pronounStart);
        if (pronoun <= 0 || block.token(pronoun).start() < pronounStart) {
            return null;
        }
        int sentence = block.sentenceOf(pronoun);
        int i = pronoun - 1;
        while (i >= 0 && isComma(text, block.token(i))) {
            i--;
        }
        int last = i;
        int first = -1;
        int words = 0;
        while (i >= 0 && block.sentenceOf(i) == sentence && words < MAX_WORDS) {
            Token t = block.token(i);
            if (t.word()) {
                if (!Character.isUpperCase(text.codePointAt(t.start())) || SourceSpanTrim.isConnective(block.lower(i))) {
                    break;
                }
                first = i;
                words++;
            } else {
                // Inside the name: an initial's or title's period ("Vladimir V. Putin", "Mr. Scott"), an apostrophe or
                // hyphen; at its end only an abbreviation's period ("Donald Trump Jr., who").
                boolean inside = first >= 0 && (isAbbreviationPeriod(block, text, i) || isGlue(block, text, i));
                boolean abbreviationAtEnd = i == last && isAbbreviationPeriod(block, text, i);
                if (!inside && !abbreviationAtEnd) {
                    break;
                }
            }
            i--;
        }
        return first < 0 ? null : new Span(block.token(first).start(), block.token(last).end());
    }

    /** The apostrophe of "O'Malley", the hyphen of "Wasserman-Schultz": joined to a word on both sides. */
    private static boolean isGlue(BlockTokens block, String text, int i) {
        Token t = block.token(i);
        char c = text.charAt(t.start());
        return (c == '\'' || c == '’' || c == '-') && i > 0 && i + 1 < block.size()
                && block.token(i - 1).word() && block.token(i - 1).end() == t.start()
                && block.token(i + 1).word() && block.token(i + 1).start() == t.end();
    }

    private static boolean isComma(String text, Token t) {
        return !t.word() && text.charAt(t.start()) == ',';
    }

    /** "V." in "Vladimir V. Putin", "Mr." in "Mr. Scott": a period glued to the word before it, inside the name. */
    private static boolean isAbbreviationPeriod(BlockTokens block, String text, int i) {
        Token t = block.token(i);
        return text.charAt(t.start()) == '.' && i > 0 && block.token(i - 1).word()
                && block.token(i - 1).end() == t.start();
    }
}
