package io.claimscore.source;

import static io.claimscore.source.PhraseShapes.endsWithAny;
import static io.claimscore.source.PhraseShapes.isAcronym;
import static io.claimscore.source.PhraseShapes.isDottedAcronym;
import static io.claimscore.source.PhraseShapes.isPossessiveS;
import static io.claimscore.source.PhraseShapes.isSurnameShaped;
import static io.claimscore.source.PhraseShapes.lower;
import static io.claimscore.source.PhraseShapes.partOf;
import static io.claimscore.source.PhraseShapes.span;

import io.claimscore.model.SourceType;
import io.claimscore.text.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The type of a source phrase (a named person, an official, an organisation, an outlet, a document, an unnamed
 * group, a vague report) from its head word, its capitals and the source lexicons: "Defense Express, the news
 * portal" is MEDIA, "officials in Washington" ANONYMOUS, "the Kremlin" ORGANIZATION, "Mr. King" a person whatever
 * else "king" means. {@link SourceAnalyzer} asks it for each name it reads off a phrase. Immutable.
 */
final class SourceTyper {

    /** Words after which a noun phrase's head has been seen: "officials [in Washington]", "a person [familiar…]". */
    static final Set<String> HEAD_BREAKERS = Set.of("in", "of", "from", "at", "with", "familiar", "close",
            "who", "that", "which", "on", "for", "to", "inside", "within", "across", "by", "about", "last", "this",
            "earlier", "near", "under", "over", "(", ",", "—", "–", "-",
            // Words that follow a head without being one: "Trump himself", "Rubio and Bush both", "Sanders instead".
            "himself", "herself", "themselves", "itself", "both", "all", "each", "alike", "alone", "instead", "too",
            "though", "however");

    /** Words that end a head after it ("Rubio and Bush both") but open a phrase before a word ("all analysts"). */
    private static final Set<String> PREDETERMINERS = Set.of("all", "both", "each");

    private final SourceLexicon lexicon;

    SourceTyper(SourceLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The type of a source given its name tokens, and the role or description that came with it. */
    SourceType typeOf(String text, List<Token> nameTokens, String name, String role) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        // "the Kremlin", and "a New York Times" (report) that the role tagger cut from its head noun
        String bare = lowerName.startsWith("the ") ? lowerName.substring(4) : lowerName.startsWith("a ")
                ? lowerName.substring(2) : lowerName.startsWith("an ") ? lowerName.substring(3) : lowerName;
        if (bare.startsWith("so-called ")) {
            bare = bare.substring("so-called ".length()); // "the so-called Islamic State"
        }
        boolean capitalised = Character.isUpperCase(name.codePointAt(lowerName.length() - bare.length()))
                || Character.isDigit(name.codePointAt(lowerName.length() - bare.length()));
        if (capitalised && (lexicon.mediaOutlets.contains(lowerName) || lexicon.mediaOutlets.contains(bare))) {
            return SourceType.MEDIA; // "Time", not "the time"
        }
        if (lexicon.stateActors.contains(lowerName) || lexicon.stateActors.contains(bare)
                || capitalised && (lexicon.namedOrganizations.contains(lowerName)
                        || lexicon.namedOrganizations.contains(bare))) {
            return SourceType.ORGANIZATION;
        }
        boolean fullName = nameTokens.size() >= 2 && lexicon.isFirstName(lower(text, nameTokens.get(0)))
                && Character.isUpperCase(text.codePointAt(nameTokens.get(0).start()));
        if (role != null && !fullName && endsWithAny(role.toLowerCase(Locale.ROOT), lexicon.mediaHeads)) {
            return SourceType.MEDIA; // "Defense Express, the news portal", not "David Wasserman, an analyst at …"
        }
        if (isMasthead(text, nameTokens)) {
            return SourceType.MEDIA;
        }
        int of = partOf(text, nameTokens);
        if (of == nameTokens.size()) {
            return SourceType.ANONYMOUS; // "Six in 10": a share of some group
        }
        if (of > 0 && of < nameTokens.size()) {
            // "Most of the candidates", "28% of independents", "None of the three": a part of a group is a group,
            // a part of polls or reports is what the rest is.
            List<Token> rest = nameTokens.subList(of, nameTokens.size());
            SourceType whole = typeOf(text, rest, span(rest, 0, rest.size()).of(text), null);
            return whole == SourceType.DOCUMENT || whole == SourceType.MEDIA || whole == SourceType.VAGUE ? whole
                    : SourceType.ANONYMOUS;
        }
        int headIndex = headIndex(text, nameTokens);
        // "Kim Jong-un" is headed by "Jong-un", not by the UN
        String head = PhraseShapes.isHyphenatedNameTail(text, nameTokens, headIndex)
                ? lower(text, nameTokens.get(headIndex - 2)) + "-" + lower(text, nameTokens.get(headIndex))
                : lower(text, nameTokens.get(headIndex));
        String headBigram = headIndex == 0 ? ""
                : lower(text, nameTokens.get(headIndex - 1)) + " " + lower(text, nameTokens.get(headIndex));
        boolean named = hasProperName(text, nameTokens, headIndex);
        if (role != null && named && !lexicon.organizationHeads.contains(head)
                && !lexicon.anonymousHeads.contains(head)) {
            return SourceType.NAMED_PERSON;
        }
        if (named && afterHonorific(text, nameTokens, headIndex)) {
            return SourceType.NAMED_PERSON; // "Mr. King", "Ms. Judge": a surname, whatever else the word means
        }
        if (bare.equals("reports") || head.equals("reports") && !named) {
            return SourceType.VAGUE;  // "reports", "local media reports": nobody identifiable
        }
        // A capitalised head that is a first name names someone ("Clinton and husband Bill", not a bill), and so
        // does a capitalised word alone that the article writes after a first name ("Law" after "Steven Law").
        boolean capitalisedHead = Character.isUpperCase(text.codePointAt(nameTokens.get(headIndex).start()));
        boolean maybeName = capitalisedHead && (lexicon.isFirstName(head)
                || nameTokens.size() == 1 && isSurnameBefore(text, nameTokens.get(0)));
        if (!maybeName && (lexicon.documentHeads.contains(head) || lexicon.documentHeads.contains(headBigram))) {
            return SourceType.DOCUMENT;
        }
        if (lexicon.mediaHeads.contains(head) || lexicon.mediaHeads.contains(headBigram)) {
            return SourceType.MEDIA;
        }
        if (isCapitalisedPersonName(text, nameTokens)) {
            return SourceType.NAMED_PERSON; // a transcript's speaker label: "JAKE TAPPER:", "KATE BOLDUAN:"
        }
        if (lexicon.organizationHeads.contains(head) || lexicon.organizationHeads.contains(headBigram)
                || lexicon.organizationHeads.contains(bare) || acronymNamesTheOrganization(text, nameTokens, headIndex)
                && !startsWithFullNameBeforeOf(text, nameTokens)) {
            return SourceType.ORGANIZATION;
        }
        if (lexicon.anonymousHeads.contains(head)) {
            return SourceType.ANONYMOUS;
        }
        // "Tennis great Billie Jean King": a title word after a first name is a surname
        boolean surname = headIndex > 0 && Character.isUpperCase(text.codePointAt(nameTokens.get(headIndex).start()))
                && lexicon.isFirstName(lower(text, nameTokens.get(headIndex - 1)))
                && Character.isUpperCase(text.codePointAt(nameTokens.get(headIndex - 1).start()));
        if (surname) {
            return SourceType.NAMED_PERSON;
        }
        if (lexicon.officialTitles.contains(head) || lexicon.officialTitles.contains(headBigram)) {
            return SourceType.OFFICIAL;
        }
        if (head.length() > 3 && head.endsWith("s")
                && lexicon.organizationHeads.contains(head.substring(0, head.length() - 1))) {
            // Organisations in the plural are unnamed ones ("super PACs", "Unions", "Two House Committees"), unless
            // the name of one institution has a plural head ("The Centers for Disease Control and Prevention").
            Token headToken = nameTokens.get(headIndex);
            boolean titleCase = headToken.end() - headToken.start() > 1
                    && Character.isUpperCase(text.codePointAt(headToken.start()))
                    && Character.isLowerCase(text.codePointAt(headToken.start() + 1));
            return titleCase && lowerName.startsWith("the ") ? SourceType.ORGANIZATION : SourceType.ANONYMOUS;
        }
        if (named && lowerName.startsWith("the ") && isProperNameWithoutPerson(text, nameTokens)) {
            // "the Islamic State", "the National Labor Relations Board": a person's name takes no article.
            return SourceType.ORGANIZATION;
        }
        if (named) {
            return SourceType.NAMED_PERSON;
        }
        return SourceType.ANONYMOUS;
    }

    /** How far back a surname's full mention is looked for: a bound, so a long text costs no more per source. */
    private static final int SURNAME_REACH_CHARS = 20_000;

    /**
     * Whether the text writes the token's word right after a capitalised first name before it, within reach:
     * "Steven Law … Law said".
     */
    private boolean isSurnameBefore(String text, Token token) {
        String word = token.text(text);
        int floor = Math.max(0, token.start() - SURNAME_REACH_CHARS);
        String before = text.substring(floor, token.start()); // lastIndexOf on it never reads past the reach
        for (int i = before.lastIndexOf(word); i > 0; i = before.lastIndexOf(word, i - 1)) {
            int at = floor + i;
            int end = at + word.length();
            if (text.charAt(at - 1) != ' ' || end < text.length() && Character.isLetter(text.charAt(end))) {
                continue;
            }
            int start = at - 1;
            while (start > floor && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            if (start < at - 1 && Character.isUpperCase(text.charAt(start))
                    && lexicon.isFirstName(text.substring(start, at - 1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A newspaper's name: capitalised words ending in a masthead word, "the Orlando Sentinel", "The Charlotte
     * Observer" (after "the", a first name is a city's), "Military Times" (without it, no first name: "Don
     * Guardian" is a person).
     */
    private boolean isMasthead(String text, List<Token> tokens) {
        Token last = tokens.get(tokens.size() - 1);
        if (tokens.size() < 2 || !last.word() || !lexicon.mastheadWords.contains(lower(text, last))) {
            return false;
        }
        if (lower(text, tokens.get(0)).equals("the")) {
            for (int i = 1; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.word() && !Character.isUpperCase(text.codePointAt(t.start()))) {
                    return false;
                }
            }
            return true;
        }
        return isProperNameWithoutPerson(text, tokens);
    }

    /**
     * Capitalised words (after an optional "the"), at least two in all, none a first name, an honorific or a title
     * ("the Orlando Sentinel", "Military Times"; not "Don Guardian", "the Rev. Peter Wherry", "Trump").
     */
    private boolean isProperNameWithoutPerson(String text, List<Token> tokens) {
        int from = lower(text, tokens.get(0)).equals("the") ? 1 : 0;
        if (tokens.size() < 2) {
            return false;
        }
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.word()) {
                if (text.charAt(t.start()) != '-' && text.charAt(t.start()) != '.') {
                    return false;
                }
                continue;
            }
            String w = lower(text, t);
            if (!Character.isUpperCase(text.codePointAt(t.start())) || lexicon.isFirstName(w)
                    || SourceAnalyzer.isHonorific(w)
                    || lexicon.isOfficialTitle(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the head word follows an honorific ("Mr." or "Mr"). */
    private static boolean afterHonorific(String text, List<Token> tokens, int headIndex) {
        int before = headIndex - 1;
        if (before >= 0 && tokens.get(before).text(text).equals(".")) {
            before--;
        }
        return before >= 0 && SourceAnalyzer.isHonorific(lower(text, tokens.get(before)));
    }

    /** The head of the phrase: its last word before a preposition, relative clause or parenthesis. */
    int headIndex(String text, List<Token> tokens) {
        int head = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String w = lower(text, tokens.get(i));
            // A lower-case participle after the head ("a statement cited by …", "documents obtained by …") starts
            // a post-modifier, as a preposition does.
            boolean participle = i > 0 && w.endsWith("ed") && w.length() > 4
                    && !SourceAnalyzer.DETERMINERS.contains(lower(text, tokens.get(i - 1))) // "the estimated …"
                    && !lower(text, tokens.get(i - 1)).endsWith("ly") // "recently hacked … documents"
                    && Character.isLowerCase(text.charAt(tokens.get(i).start()))
                    && tokens.get(i - 1).end() != tokens.get(i).start(); // not "a Dublin-based firm"
            // A hyphen inside a word ("front-runner", "then-Arkansas") joins it; only a free-standing one breaks.
            boolean glued = i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).end() == tokens.get(i).start()
                    && tokens.get(i).end() == tokens.get(i + 1).start();
            boolean compoundHyphen = glued && w.equals("-");
            // So does the comma of a number ("1,100 additional pages"): no break after "1".
            boolean numberComma = glued && w.equals(",") && Character.isDigit(text.charAt(tokens.get(i - 1).start()))
                    && Character.isDigit(text.charAt(tokens.get(i + 1).start()));
            // A group named by its examples or by whom it backs: "critics like Huffman", "companies including
            // Coca-Cola", "superdelegates supporting Sanders" (not "Looks like someone").
            String previous = i > 0 ? lower(text, tokens.get(i - 1)) : "";
            boolean examples = (w.equals("like") || w.endsWith("ing") && w.length() > 5) && i > 0
                    && i + 1 < tokens.size() && Character.isLowerCase(text.charAt(tokens.get(i).start()))
                    && (previous.endsWith("s") && previous.length() > 3
                        // "a union representing flight attendants", "a group supporting Trump": whom an
                        // organisation or group stands for is no part of its head
                        || lexicon.organizationHeads.contains(previous) || lexicon.anonymousHeads.contains(previous))
                    && Character.isLowerCase(text.charAt(tokens.get(i - 1).start()));
            // "all", "both", "each" after a head end it ("Rubio and Bush both"); before a word they open the
            // phrase ("Nearly all analysts").
            boolean predeterminer = PREDETERMINERS.contains(w) && i + 1 < tokens.size() && tokens.get(i + 1).word();
            // "the California secretary of state's website": a title's "of state" before a possessive is part of
            // the possessor; the head is what the possessive owns.
            boolean ownerOfState = w.equals("of") && i + 4 < tokens.size() && lower(text, tokens.get(i + 1)).equals("state")
                    && PhraseShapes.isPossessiveS(text, tokens, i + 3) && tokens.get(i + 4).word();
            if (i > 0 && (HEAD_BREAKERS.contains(w) && !compoundHyphen && !numberComma && !predeterminer && !ownerOfState
                    || participle || examples)) {
                break;
            }
            if (tokens.get(i).word() && !w.equals("s")) {
                head = i;
            }
        }
        return head;
    }

    /**
     * Whether the phrase holds a proper name: a capitalised word that is not a determiner or pronoun ("Smith", "Mr.
     * Trump", not "The officials" or "I"). A phrase whose head (token {@code headIndex}, see {@link #headIndex}) is
     * a lower-case noun names no person, whatever capitalised words modify the head ("Political pundits" opening a
     * sentence, "Republican voters", "Trump supporters") or follow it ("some delegates at the convention in
     * Philadelphia"): it is a group or a role.
     */
    private boolean hasProperName(String text, List<Token> tokens, int headIndex) {
        Token headToken = tokens.get(headIndex);
        if (headToken.word() && Character.isLowerCase(text.codePointAt(headToken.start()))
                && !PhraseShapes.isHyphenatedNameTail(text, tokens, headIndex)) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = lower(text, t);
            if (t.word() && Character.isUpperCase(text.codePointAt(t.start()))
                    && !SourceAnalyzer.DETERMINERS.contains(w)
                    && !HEAD_BREAKERS.contains(w) && lexicon.pronoun(w) == null) {
                return true;
            }
        }
        return false;
    }

    /** Two or three words in capitals, the first a first name: "JAKE TAPPER", not "NATO" or "GOP LEADERS". */
    private boolean isCapitalisedPersonName(String text, List<Token> tokens) {
        if (tokens.size() < 2 || tokens.size() > 3) {
            return false;
        }
        for (Token t : tokens) {
            if (!t.word() || !t.text(text).chars().allMatch(Character::isUpperCase)) {
                return false;
            }
        }
        return lexicon.isFirstName(lower(text, tokens.get(0)));
    }

    /** "Phil Musser of digital consulting firm IMGE": a first name and a surname, then "of". */
    private boolean startsWithFullNameBeforeOf(String text, List<Token> tokens) {
        return tokens.size() > 3 && lexicon.isFirstName(lower(text, tokens.get(0)))
                && Character.isUpperCase(text.codePointAt(tokens.get(0).start()))
                && tokens.get(1).word() && isSurnameShaped(tokens.get(1).text(text))
                && lower(text, tokens.get(2)).equals("of");
    }

    /**
     * Whether an acronym in the phrase makes it the organisation's ("NATO", "The FBI", "the FBI investigation",
     * "the DOJ"). Not when the head is a word for people ("several GOP leaders", "the RNC member", "The GOP
     * speechwriter", "CPAC attendees", "an FBI spokesman"), nor when a person is named after the acronym ("NBC's
     * Ali Vitali", "North Carolina RNC member Ada Fisher").
     */
    private boolean acronymNamesTheOrganization(String text, List<Token> tokens, int headIndex) {
        if (!isAcronym(text, tokens)) {
            return false;
        }
        Token head = tokens.get(headIndex);
        String h = lower(text, head);
        if (Character.isLowerCase(text.codePointAt(head.start()))) {
            return !isWordForPeople(h);
        }
        if (isAcronym(text, tokens.subList(headIndex, headIndex + 1)) || isDottedAcronym(text, tokens)) {
            return true;
        }
        for (int i = 0; i < headIndex; i++) {
            if (isPossessiveS(text, tokens, i) || lexicon.isFirstName(lower(text, tokens.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A lower-case head that names people: a word for a group or an office ("leaders", "spokesman", "member"),
     * a gendered role, or an agent noun ("speechwriter", "front-runner", "operative" is none, "consultant",
     * "strategist"), in the singular or the plural; not a "-ment" ("statement").
     */
    private boolean isWordForPeople(String w) {
        String one = w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
        if (lexicon.anonymousHeads.contains(w) || lexicon.isOfficialTitle(w) || lexicon.isOfficialTitle(one)
                || lexicon.nameRoles.contains(w) || lexicon.nameRoles.contains(one)
                || lexicon.feminineRoles.contains(w) || lexicon.masculineRoles.contains(w)) {
            return true;
        }
        return !one.endsWith("ment") && (one.endsWith("er") || one.endsWith("or") || one.endsWith("ist")
                || one.endsWith("ian") || one.endsWith("ant") || one.endsWith("ent"));
    }
}
