package io.claimscore.attribution;

import io.claimscore.attribution.tagger.BlockTokens;
import io.claimscore.model.Span;
import io.claimscore.source.NameForms;
import io.claimscore.source.SourceAnalyzer;
import io.claimscore.source.SourceLexicon;
import io.claimscore.text.Token;

import java.util.Set;

/**
 * The capitalised name a relative pronoun directly follows: "Lavrov, who said …" refers to Lavrov, "Sen. Ted
 * Cruz, who …" to Sen. Ted Cruz. The name is read backwards over capitalised words and the periods of
 * abbreviations and initials (and the apostrophe or hyphen inside a name, and the "of" of an institution's: "the Bank
 * of Japan, which …"), and never past its own sentence ("… in November. Trump, who …" is Trump) or a connective
 * ("But Crawford, who recalled …" is Crawford).
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
                if (first >= 0 && i > 0 && NAME_JOINERS.contains(block.lower(i)) && isCapitalisedWord(block, text, i - 1)
                        && block.sentenceOf(i - 1) == sentence) {
                    i--; // "the Bank of Japan, which", "Citizens for Trump, which": the name runs on over "of"
                    continue;
                }
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
        if (first < 0 || first == last && SourceAnalyzer.isCalendarWord(block.lower(first))) {
            return null; // "in July, which showed …": a date is nobody's antecedent
        }
        if (first + 1 < last && PARTY_WORDS.contains(block.lower(first)) && block.lower(first + 1).equals("of")) {
            // "Senator Jeff Flake, Republican of Arizona, who …": the appositive describes the name before it
            Span name = nameBefore(block, text, block.token(first).start());
            if (name != null) {
                return name;
            }
        }
        return new Span(block.token(first).start(), block.token(last).end());
    }

    /** A party's member, as newspapers write him after a name: "Republican of Arizona". */
    private static final Set<String> PARTY_WORDS = Set.of("republican", "democrat", "independent");

    /** Words that open the noun phrase of an institution: read back to one of these and no further. */
    private static final Set<String> INSTITUTION_DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their",
            "this", "that");
    /** At most this many words before the institution's head ("the Saudi government", "a big law firm"). */
    private static final int MAX_INSTITUTION_MODIFIERS = 4;

    /**
     * The institution a "which" or "that" follows when its head is a lower-case organisation noun: "the Saudi
     * government, which has denied …", "a big law firm that defended …" refer to the government and the firm.
     * Read back over modifiers to a determiner, which must be there ("Obama administration officials, which" is
     * no such phrase). Null otherwise.
     */
    static Span institutionBefore(BlockTokens block, String text, int pronounStart, SourceLexicon lexicon) {
        int pronoun = block.tokenAt(pronounStart);
        if (pronoun <= 0 || block.token(pronoun).start() < pronounStart
                || !block.lower(pronoun).equals("which") && !block.lower(pronoun).equals("that")) {
            return null;
        }
        int noun = pronoun - 1;
        if (isComma(text, block.token(noun))) {
            noun--;
        }
        if (noun < 0 || !block.token(noun).word() || !lexicon.isOrganizationHead(block.lower(noun))
                || !Character.isLowerCase(text.codePointAt(block.token(noun).start()))
                || block.sentenceOf(noun) != block.sentenceOf(pronoun)) {
            return null;
        }
        int sentence = block.sentenceOf(noun);
        for (int i = noun - 1; i >= 0 && noun - i <= MAX_INSTITUTION_MODIFIERS && block.sentenceOf(i) == sentence; i--) {
            if (!block.token(i).word()) {
                return null;
            }
            if (INSTITUTION_DETERMINERS.contains(block.lower(i))) {
                return new Span(block.token(i).start(), block.token(noun).end());
            }
        }
        return null;
    }

    /**
     * Lower-case words inside an institution's name, between capitalised words: "the U.S. Chamber of Commerce",
     * "the Council on Foreign Relations", "Citizens for Trump" are one antecedent, not "Commerce" or "Trump".
     */
    private static final Set<String> NAME_JOINERS = Set.of("of", "for", "on");

    private static boolean isCapitalisedWord(BlockTokens block, String text, int i) {
        Token t = block.token(i);
        return t.word() && Character.isUpperCase(text.codePointAt(t.start()));
    }

    /** Words that open a group's noun phrase: read back to one of these and no further. */
    private static final Set<String> GROUP_DETERMINERS = Set.of("some", "many", "most", "several", "few", "the",
            "these", "those", "other", "all", "both", "two", "three", "four", "five", "dozens", "hundreds");
    /** At most this many words before the group's noun, as its modifiers ("some prominent economists"). */
    private static final int MAX_MODIFIERS = 3;

    /**
     * The group a "who" directly follows, with no comma: "there are some economists who argue …" refers to some
     * economists, "voters who …" to voters. The noun is a lower-case plural ("economists", "people"); read back
     * over lower-case modifiers to a determiner ("some", "many", "the") at most. Null when the word before is no
     * such noun (a verb, a preposition, a name: see {@link #nameBefore}).
     */
    static Span groupBefore(BlockTokens block, String text, int pronounStart) {
        int pronoun = block.tokenAt(pronounStart);
        if (pronoun <= 0 || block.token(pronoun).start() < pronounStart || !block.lower(pronoun).equals("who")) {
            return null;
        }
        int noun = pronoun - 1;
        String head = block.lower(noun);
        Token headToken = block.token(noun);
        if (!headToken.word() || !Character.isLowerCase(text.codePointAt(headToken.start()))
                || block.sentenceOf(noun) != block.sentenceOf(pronoun)) {
            return null;
        }
        if (!NameForms.endsInAPlural(head)) {
            return personBefore(block, text, noun); // "a self-described housewife who displayed …"
        }
        int first = noun;
        int sentence = block.sentenceOf(noun);
        for (int i = noun - 1; i >= 0 && noun - i <= MAX_MODIFIERS && block.sentenceOf(i) == sentence; i--) {
            Token t = block.token(i);
            String w = block.lower(i);
            if (!t.word() || !Character.isLowerCase(text.codePointAt(t.start()))) {
                break;
            }
            if (GROUP_DETERMINERS.contains(w)) {
                first = i;
                break;
            }
            if (!w.endsWith("al") && !w.endsWith("ic") && !w.endsWith("ive") && !w.endsWith("ent")
                    && !w.endsWith("ant") && !w.endsWith("ous") && !w.endsWith("ful")) {
                // not an adjective by its ending ("prominent", "conservative"; not "-ed", which verbs share:
                // "ignored political advisers who")
                break;
            }
            first = i;
        }
        return new Span(block.token(first).start(), headToken.end());
    }

    /**
     * Determiners that open an indefinite noun phrase for a person: "a man who", "one source who". A definite one
     * ("the president who") is left to the linker, which knows which person the article titled so.
     */
    private static final Set<String> SINGULAR_DETERMINERS = Set.of("a", "an", "one", "another", "any", "every", "each",
            "no");
    private static final Set<String> DEFINITE_DETERMINERS = Set.of("the", "this", "that", "these", "those", "his",
            "her", "its", "their", "our", "my", "your");

    /**
     * The indefinite singular noun phrase a "who" follows, from its determiner, at most {@link #MAX_MODIFIERS}
     * words before the noun: "a self-described housewife". Null without one ("It is unclear who …").
     */
    private static Span personBefore(BlockTokens block, String text, int noun) {
        int sentence = block.sentenceOf(noun);
        for (int i = noun - 1; i >= 0 && noun - i <= MAX_MODIFIERS + 1 && block.sentenceOf(i) == sentence; i--) {
            if (!block.token(i).word()) {
                if (isGlue(block, text, i)) {
                    continue; // the hyphen of "self-described"
                }
                return null;
            }
            if (SINGULAR_DETERMINERS.contains(block.lower(i))) {
                return new Span(block.token(i).start(), block.token(noun).end());
            }
            if (DEFINITE_DETERMINERS.contains(block.lower(i))) {
                return null;
            }
        }
        return null;
    }

    /** The apostrophe of "O'Malley", the hyphen of "Wasserman-Schultz": joined to a word on both sides. */
    static boolean isGlue(BlockTokens block, String text, int i) {
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
