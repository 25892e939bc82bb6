package io.claimscore.source;

import io.claimscore.model.Span;
import io.claimscore.text.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The shapes of a source phrase's tokens that {@link SourceAnalyzer} reads without any lexicon: commas, brackets,
 * possessives, acronyms, abbreviations and the like. Stateless; every method looks at the tokens it is given only.
 */
final class PhraseShapes {

    private PhraseShapes() {
    }

    /** A name's generation: "Harry Hurt III" is no acronym. */
    static final Set<String> ROMAN_NUMERALS = Set.of("II", "III", "IV", "VI", "VII", "VIII");

    /** Words that name a part of what follows "of": "most of", "more than half of", "two-thirds of". */
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    static final Set<String> PART_WORDS = Set.of("average", "all", "both", "many", "some", "most", "none", "several",
            "each", "half", "few", "majority", "minority", "third", "thirds", "quarter", "quarters", "percent",
            "more", "than", "nearly", "about", "almost", "only", "just", "over", "under", "two", "three", "four",
            "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "millions", "-",
            "a", "the", "one");

    /** "don", "doesn", … of a contraction with "n't" that the tagger left on a source's end ("I *don't* think"). */
    static final Set<String> NEGATED_AUXILIARIES = Set.of("don", "doesn", "didn", "won", "wouldn", "can",
            "couldn", "shouldn", "isn", "aren", "wasn", "weren", "hasn", "haven", "hadn", "mustn");

    /** Words after a hyphen that make a capitalised word an adjective ("Clinton-backed", "Obama-era"). */
    private static final Set<String> COMPOUND_ADJECTIVE_TAILS = Set.of("run", "era", "old", "wide", "born", "made",
            "type", "like", "style", "wing", "area", "free", "only", "leaning", "friendly", "level", "year");

    /**
     * Whether token i is the lower-case tail of a hyphenated name ("Park Geun-hye", "Kim Jong-un"): glued by a
     * hyphen to a capitalised word, and no adjective's ending ("Dublin-based", "Obama-era") nor a plural noun's
     * ("Caucus-goers", "Fact-checkers").
     */
    static boolean isHyphenatedNameTail(String text, List<Token> tokens, int i) {
        if (i < 2 || !tokens.get(i).word() || !tokens.get(i - 2).word()) {
            return false;
        }
        Token hyphen = tokens.get(i - 1);
        String tail = lower(text, tokens.get(i));
        return text.charAt(hyphen.start()) == '-' && hyphen.end() - hyphen.start() == 1
                && tokens.get(i - 2).end() == hyphen.start() && hyphen.end() == tokens.get(i).start()
                && Character.isUpperCase(text.codePointAt(tokens.get(i - 2).start()))
                && Character.isLowerCase(text.codePointAt(tokens.get(i).start()))
                && !tail.endsWith("ed") && !tail.endsWith("s") && !COMPOUND_ADJECTIVE_TAILS.contains(tail);
    }

    /** Whether token i ends a compound glued together ("Dublin-based", "don't") that starts with a capital. */
    static boolean gluedToCapital(String text, List<Token> tokens, int i) {
        int first = i;
        while (first > 0 && tokens.get(first - 1).end() == tokens.get(first).start()) {
            first--;
        }
        return first < i && Character.isUpperCase(text.codePointAt(tokens.get(first).start()));
    }

    /** Whether tokens end in a possessive "'s" or "’s" glued to the word before it. */
    static boolean isPossessiveEnding(String text, List<Token> tokens) {
        int n = tokens.size();
        Token s = tokens.get(n - 1);
        Token apostrophe = tokens.get(n - 2);
        char a = text.charAt(apostrophe.start());
        return s.word() && s.end() - s.start() == 1 && (text.charAt(s.start()) == 's' || text.charAt(s.start()) == 'S')
                && (a == '\'' || a == '’') && apostrophe.end() == s.start()
                && tokens.get(n - 3).end() == apostrophe.start() && tokens.get(n - 3).word();
    }

    /** A capital, then lower case ("Manafort", "McCain", "DeSantis"; not "PACs", "GOP", "I"). */
    static boolean isSurnameShaped(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1))
                && Character.isLowerCase(word.charAt(word.length() - 1));
    }

    static boolean isDigits(String text, Token t) {
        for (int k = t.start(); k < t.end(); k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    static int wordCount(List<Token> tokens) {
        int words = 0;
        for (Token t : tokens) {
            words += t.word() ? 1 : 0;
        }
        return words;
    }

    /** "the I.R.S", "the S.E.C." (newspaper style): capitals and periods only, two to six capitals. */
    static boolean isDottedAcronym(String text, List<Token> tokens) {
        int capitals = 0;
        boolean period = false;
        for (Token t : tokens) {
            String w = t.text(text);
            if (w.equals(".")) {
                period = true;
            } else if (!SourceAnalyzer.DETERMINERS.contains(w.toLowerCase(Locale.ROOT))) {
                for (int i = 0; i < w.length(); i++) {
                    if (!Character.isUpperCase(w.charAt(i)) || ++capitals > 6) {
                        return false;
                    }
                }
            }
        }
        return period && capitals >= 2;
    }

    /**
     * The index after the "of" of a phrase that names a part ("Most of …", "Both of …", "28% of …", "78 percent of
     * …", "More than half of …"), or -1.
     */
    static int partOf(String text, List<Token> tokens) {
        int limit = Math.min(tokens.size() - 1, 4);
        for (int i = 1; i <= limit; i++) {
            // "More than 6 in 10 Republicans", "Six in 10 voters": a share written as a ratio; "Six in 10" alone
            // is a share of a group the sentence named before (the part reaches the phrase's end).
            if (lower(text, tokens.get(i)).equals("in") && i + 1 < tokens.size() && isCount(text, tokens.get(i - 1))
                    && isCount(text, tokens.get(i + 1))) {
                return leadsWithPartWords(text, tokens, i) ? Math.min(i + 2, tokens.size()) : -1;
            }
            if (!lower(text, tokens.get(i)).equals("of")) {
                continue;
            }
            return leadsWithPartWords(text, tokens, i) ? i + 1 : -1;
        }
        return -1;
    }

    /** Whether tokens [0, end) are all words of a part or share: "Most", "More than 6", "28 %". */
    private static boolean leadsWithPartWords(String text, List<Token> tokens, int end) {
        // An article may open the part: "the majority of voters", "the average of recent polls".
        int first = end > 1 && ARTICLES.contains(lower(text, tokens.get(0))) ? 1 : 0;
        for (int k = first; k < end; k++) {
            Token t = tokens.get(k);
            String w = lower(text, t);
            if (!(isNumber(text, t) || PART_WORDS.contains(w) || w.equals("%"))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(String text, Token t) {
        return t.word() && Character.isDigit(text.charAt(t.start()));
    }

    /** A number in digits or a small one in words: "6", "Six", "one". */
    private static boolean isCount(String text, Token t) {
        return isNumber(text, t) || t.word() && NUMBER_WORDS.contains(lower(text, t));
    }

    static boolean isAcronym(String text, List<Token> tokens) {
        if (isDottedAcronym(text, tokens)) {
            return true;
        }
        for (Token t : tokens) {
            String w = t.text(text);
            boolean generation = ROMAN_NUMERALS.contains(w) && t == tokens.get(tokens.size() - 1) && tokens.size() > 1
                    && tokens.get(tokens.size() - 2).end() < t.start(); // "Harry Hurt III", not "G-III"
            if (t.word() && w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(Character::isUpperCase)
                    && !generation) {
                return true;
            }
        }
        return false;
    }

    static boolean endsWithAny(String phrase, Set<String> words) {
        for (String w : words) {
            if (phrase.endsWith(" " + w) || phrase.equals(w)) {
                return true;
            }
        }
        return false;
    }

    static int topLevelComma(String text, List<Token> tokens) {
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            char c = text.charAt(tokens.get(i).start());
            if (!tokens.get(i).word()) {
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (depth == 0 && (c == ',' || isSpacedDash(text, tokens, i))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Words after a dash that add to the phrase rather than describe it: "Democrats — and some Republicans". */
    private static final Set<String> JOINING_WORDS = Set.of("and", "or", "but", "nor", "plus");

    /**
     * An em or en dash with a space on each side, describing what comes before it: "Governor Chris Christie – a
     * Dallas Cowboys fan".
     */
    private static boolean isSpacedDash(String text, List<Token> tokens, int i) {
        char c = text.charAt(tokens.get(i).start());
        Token t = tokens.get(i);
        boolean joins = i + 1 < tokens.size() && JOINING_WORDS.contains(lower(text, tokens.get(i + 1)));
        return (c == '—' || c == '–') && !joins && t.start() > 0 && t.end() < text.length()
                && Character.isWhitespace(text.charAt(t.start() - 1)) && Character.isWhitespace(text.charAt(t.end()));
    }

    /**
     * The index of the opening bracket of a description in brackets closing the phrase ("Kasich (who has 25
     * delegates to date)", "Sen. Chris Murphy (a Connecticut Democrat …)"): it starts with a lower-case word. -1 when
     * there is none.
     */
    static int trailingDescription(String text, List<Token> tokens) {
        if (tokens.size() < 4 || text.charAt(tokens.get(tokens.size() - 1).start()) != ')') {
            return -1;
        }
        for (int i = tokens.size() - 2; i > 0; i--) {
            char c = text.charAt(tokens.get(i).start());
            if (!tokens.get(i).word() && (c == ')' || c == '(')) {
                Token first = tokens.get(i + 1);
                return c == '(' && first.word() && Character.isLowerCase(text.codePointAt(first.start())) ? i : -1;
            }
        }
        return -1;
    }

    /** The index of the "(" opening a party/state parenthetical that ends the phrase, or -1. */
    static int trailingParenthetical(String text, List<Token> tokens) {
        if (tokens.isEmpty() || text.charAt(tokens.get(tokens.size() - 1).start()) != ')') {
            return -1;
        }
        for (int i = tokens.size() - 2; i >= 0; i--) {
            char c = text.charAt(tokens.get(i).start());
            if (!tokens.get(i).word() && c == ')') {
                return -1;
            }
            if (!tokens.get(i).word() && c == '(') {
                // Only a party/state tag, "(R-Texas)", "(D)", "(I-Vt.)": "(NATO)" in a role is part of the role.
                boolean partyTag = i + 1 < tokens.size() && tokens.get(i + 1).word()
                        && tokens.get(i + 1).end() - tokens.get(i + 1).start() == 1
                        && "DRI".indexOf(text.charAt(tokens.get(i + 1).start())) >= 0;
                return partyTag || isStateAbbreviation(text, tokens, i + 1, tokens.size() - 1) ? i : -1;
            }
        }
        return -1;
    }

    /** Tokens [from, to) are one abbreviated state, "Vt." or "Wis.": a capital, lower case, a period. */
    static boolean isStateAbbreviation(String text, List<Token> tokens, int from, int to) {
        if (to - from != 2 || !tokens.get(from).word() || text.charAt(tokens.get(from + 1).start()) != '.') {
            return false;
        }
        String w = tokens.get(from).text(text);
        return w.length() >= 2 && w.length() <= 5 && Character.isUpperCase(w.charAt(0))
                && w.substring(1).chars().allMatch(Character::isLowerCase);
    }

    static boolean wrapped(String text, List<Token> tokens, int from, int to) {
        if (to - from < 3 || text.charAt(tokens.get(from).start()) != '('
                || text.charAt(tokens.get(to - 1).start()) != ')') {
            return false;
        }
        int depth = 0;
        for (int i = from; i < to - 1; i++) {
            char c = text.charAt(tokens.get(i).start());
            if (!tokens.get(i).word() && c == '(') {
                depth++;
            } else if (!tokens.get(i).word() && c == ')') {
                depth--;
            }
            if (depth == 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether tokens [.., to) end in a negated auxiliary written as three tokens: "don", "'", "t". */
    static boolean endsWithNegatedAuxiliary(String text, List<Token> tokens, int to) {
        Token t = tokens.get(to - 1);
        Token apostrophe = tokens.get(to - 2);
        Token auxiliary = tokens.get(to - 3);
        char a = text.charAt(apostrophe.start());
        return t.word() && lower(text, t).equals("t") && !apostrophe.word() && (a == '\'' || a == '’')
                && auxiliary.end() == apostrophe.start() && apostrophe.end() == t.start()
                && NEGATED_AUXILIARIES.contains(lower(text, auxiliary));
    }

    static boolean isRelative(String w) {
        return w.equals("which") || w.equals("who") || w.equals("that") || w.equals("whom");
    }

    static boolean opensBracket(String text, Token t) {
        return text.charAt(t.start()) == '(';
    }

    static boolean closesBracket(String text, List<Token> tokens, int from, int i) {
        if (text.charAt(tokens.get(i).start()) != ')') {
            return false;
        }
        for (int k = from; k < i; k++) {
            if (text.charAt(tokens.get(k).start()) == '(') {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} is the "s" of a possessive ("The Post's", "NBC's"): an "s" after an apostrophe. */
    static boolean isPossessiveS(String text, List<Token> tokens, int i) {
        return i > 0 && !tokens.get(i - 1).word() && lower(text, tokens.get(i)).equals("s");
    }

    static Span span(List<Token> tokens, int from, int to) {
        return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    static String lower(String text, Token t) {
        return text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
    }
}
