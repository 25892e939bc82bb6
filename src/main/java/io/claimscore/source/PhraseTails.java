package io.claimscore.source;

import static io.claimscore.source.PhraseShapes.isRelative;
import static io.claimscore.source.PhraseShapes.lower;
import static io.claimscore.source.PhraseShapes.span;
import static io.claimscore.source.PhraseShapes.topLevelComma;

import io.claimscore.text.Chars;
import io.claimscore.text.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words a tagged source phrase can end in that say where or when, not who: a place after a comma ("skywriters
 * in Pasadena, Calif", "the state capital, Sacramento") and a time ("the Supreme Court this month", "RNC spokesman
 * Sean Spicer on Thursday evening"). {@link SourceAnalyzer} names the source without them; the mention keeps them.
 */
final class PhraseTails {

    private final SourceLexicon lexicon;

    PhraseTails(SourceLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Where a time phrase that ends the tokens starts ("this month", "during the second debate"), or -1: never
     * inside a role or relative clause ("Carson, who will speak on Tuesday", where it is the role's).
     */
    int timeStart(String text, List<Token> tokens) {
        if (topLevelComma(text, tokens) >= 0 || hasRelativePronoun(text, tokens)) {
            return -1;
        }
        // "former tech executive Carly Fiorina during the second GOP debate": the occasion is no part of the name
        for (int k = 2; k + 1 < tokens.size(); k++) {
            if (lower(text, tokens.get(k)).equals("during") && tokens.get(k - 1).word()) {
                return k;
            }
        }
        return trailingTimePhrase(text, tokens);
    }

    /** Prepositions before a place's name: "in Pasadena", "from Scranton". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "from", "near", "outside");

    /**
     * Whether the words after a comma go on naming a place rather than naming a person: a state or country
     * ("…, Calif", "…, Texas"), the name of a place noun before the comma ("the state capital, Sacramento"), or one
     * word that is no first name after a place the words before the comma end in ("in Pasadena, Calif").
     */
    boolean placeAfterComma(String text, List<Token> tokens, int comma) {
        int words = 0;
        for (int i = comma + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.word()) {
                if (!Character.isUpperCase(text.codePointAt(t.start())) || ++words > 3) {
                    return false;
                }
            }
        }
        String right = Chars.collapseSpaces(span(tokens, comma + 1, tokens.size()).of(text)).toLowerCase(Locale.ROOT);
        if (right.endsWith(".")) {
            right = right.substring(0, right.length() - 1);
        }
        if (words == 0) {
            return false;
        }
        if (lexicon.isPlaceName(right)) {
            return true;
        }
        Token last = tokens.get(comma - 1);
        String firstRight = right.split("[ .]")[0];
        boolean personal = lexicon.isFirstName(firstRight) || lexicon.isOfficialTitle(firstRight)
                || SourceAnalyzer.isHonorific(firstRight);
        if (last.word() && Character.isLowerCase(text.codePointAt(last.start()))
                && lexicon.placeNouns.contains(lower(text, last)) && !personal) {
            return true; // not "a spokesman for the state, John Smith"
        }
        if (words != 1 || lexicon.isFirstName(right) || !last.word()
                || !Character.isUpperCase(text.codePointAt(last.start()))) {
            return false;
        }
        for (int i = comma - 2; i >= 0 && i >= comma - 4; i--) {
            String w = lower(text, tokens.get(i));
            if (PLACE_PREPOSITIONS.contains(w)) {
                return true;
            }
            if (!Character.isUpperCase(text.codePointAt(tokens.get(i).start()))) {
                return false;
            }
        }
        return false;
    }

    private static boolean hasRelativePronoun(String text, List<Token> tokens) {
        for (Token t : tokens) {
            if (t.word() && isRelative(lower(text, t))) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case words of a time phrase after a name: "this month", "earlier this week", "on Tuesday night". */
    private static final Set<String> TIME_PHRASE_WORDS = Set.of("on", "in", "at", "during", "this", "last", "next",
            "earlier", "later", "early", "late", "week", "weeks", "month", "months", "year", "weekend", "morning",
            "afternoon", "evening", "night", "today", "yesterday", "tonight", "ago");
    /** The words that make such a phrase a time: a phrase of only "on" or "this" is none. */
    private static final Set<String> TIME_ANCHORS = Set.of("week", "weeks", "month", "months", "year", "weekend",
            "morning", "afternoon", "evening", "night", "today", "yesterday", "tonight");

    /**
     * Where a time phrase that ends the tokens starts ("the Supreme Court *this month*", "The White House *on
     * Tuesday*"), after at least one word; -1 when they end in none. Its words are lower-case but for days and
     * months ("Last Week Tonight" is a name).
     */
    private static int trailingTimePhrase(String text, List<Token> tokens) {
        int k = tokens.size();
        boolean anchor = false;
        while (k > 1) {
            Token t = tokens.get(k - 1);
            String w = lower(text, t);
            boolean calendar = SourceAnalyzer.isCalendarWord(w);
            if (!t.word() || !calendar && !(TIME_PHRASE_WORDS.contains(w)
                    && Character.isLowerCase(text.codePointAt(t.start())))) {
                break;
            }
            anchor |= calendar || TIME_ANCHORS.contains(w);
            k--;
        }
        if (!anchor || k == tokens.size() || !tokens.get(k - 1).word()
                || BEFORE_TIME_BLOCKERS.contains(lower(text, tokens.get(k - 1)))) {
            return -1; // not "over the last couple of weeks", "her March"
        }
        // "a Monmouth poll out Monday", "figures her campaign released Friday": the participle dates it too
        String before = lower(text, tokens.get(k - 1));
        boolean participle = Character.isLowerCase(text.codePointAt(tokens.get(k - 1).start()))
                && (before.endsWith("ed") || before.equals("out") || before.equals("taken"));
        return participle && k > 1 && tokens.get(k - 2).word() ? k - 1 : k;
    }

    /** Words that cannot end what precedes a time phrase: it is inside another phrase ("the last couple of weeks"). */
    private static final Set<String> BEFORE_TIME_BLOCKERS = Set.of("of", "the", "a", "an", "past", "few", "couple",
            "several", "over", "for", "within", "than", "by", "to", "from", "during", "into", "until", "since",
            "through", "her", "his", "its", "their", "my", "our", "your");

}
