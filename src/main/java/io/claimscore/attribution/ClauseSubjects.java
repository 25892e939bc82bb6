package io.claimscore.attribution;

import io.claimscore.attribution.tagger.BlockTokens;
import io.claimscore.attribution.tagger.TaggedAttribution;
import io.claimscore.model.Span;
import io.claimscore.source.SourceAnalyzer;
import io.claimscore.source.SourceLexicon;
import io.claimscore.text.Token;

import java.util.Set;

/**
 * Subjects read from a sentence's shape where the role tagger gave none, or stopped short: the name or pronoun a
 * participle or coordinated cue speaks for ("Mr. Trump hit back on Twitter, saying …"), and the name after a
 * title of office that a tagged source stops at ("Senator | Mary Jones"). Plain token rules; no model.
 */
final class ClauseSubjects {

    private ClauseSubjects() {
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i");
    private static final Set<String> PARTICIPLE_OPENERS = Set.of(",", "before", "after", "while", "by", "when");
    private static final Set<String> COORDINATORS = Set.of("and", "but");

    /** An -ing cue after a comma, "before", "after", "while", "by" or "when": "…, saying", "before insisting". */
    static boolean isParticipleCue(String[] lower, int cue) {
        return cue >= 1 && lower[cue].endsWith("ing") && PARTICIPLE_OPENERS.contains(lower[cue - 1]);
    }

    /** A cue after "and" or "but": "… obtained a video and said". */
    static boolean isCoordinatedCue(String[] lower, int cue) {
        return cue >= 1 && COORDINATORS.contains(lower[cue - 1]);
    }

    /**
     * "Mr. Trump hit back on Twitter, saying …", "ProPublica obtained a video and said …": a participle cue after a
     * comma (or "before", "after", "while", "by", "when"), or a cue after "and" or "but", with no source of its own
     * and no attribution before it in the sentence to hang on (the caller checks that), speaks for the subject its sentence opens with, when
     * that subject is a name (a run of capitalised words) or a subject pronoun; a participle that opens the sentence
     * ("After saying …, the man asked") speaks for the subject after its clause. Cross-validated on PolNeAR train:
     * FULL F1 +0.2 points for the comma and "and" cases, +0.05 more for the other openers and the clause-first
     * order; about half of these cues gain the annotators' source, the rest had none anyway. (Extending it to every
     * source-less cue lost 0.3 points.)
     */
    static Span participleSubject(BlockTokens block, TaggedAttribution a, String[] lower, String text) {
        return trimmedOrNull(text, untrimmedSubject(block, a, lower, text));
    }

    private static Span untrimmedSubject(BlockTokens block, TaggedAttribution a, String[] lower, String text) {
        int cue = a.cueStartToken();
        boolean participle = isParticipleCue(lower, cue);
        boolean coordinated = cue >= 2 && isCoordinatedCue(lower, cue);
        if (!participle && !coordinated) {
            return null;
        }
        int sentence = block.sentenceOf(cue);
        int first = cue;
        while (first > 0 && block.sentenceOf(first - 1) == sentence) {
            first--;
        }
        if (participle && first >= cue - 1) {
            // "After saying he was nervous, the man asked …", "Conceding that …, he said …": the subject follows
            // the participial clause.
            int comma = cue + 1;
            while (comma < block.size() && block.sentenceOf(comma) == sentence && !lower[comma].equals(",")) {
                comma++;
            }
            if (comma + 1 >= block.size() || block.sentenceOf(comma + 1) != sentence) {
                return null;
            }
            int start = afterConnectives(lower, comma + 1, block.size());
            if (start >= block.size()) {
                return null;
            }
            int end = subjectEnd(block, lower, text, start, block.size());
            return end > start ? new Span(block.token(start).start(), block.token(end - 1).end()) : null;
        }
        int start = afterConnectives(lower, first, cue - 1);
        if (start >= cue - 1) {
            return null;
        }
        int end = subjectEnd(block, lower, text, start, cue - 1);
        return end > start && end < cue - 1 ? new Span(block.token(start).start(), block.token(end - 1).end()) : null;
    }


    /**
     * The sentence-opening subject a participle falls back to, cleaned as a tagged source is: a capitalised
     * preposition or adverb opening the sentence ("In late June, the Bar Association … and deemed him …") is no
     * speaker.
     */
    private static Span trimmedOrNull(String text, Span subject) {
        return subject == null ? null : SourceSpanTrim.trim(text, subject);
    }


    /** "And he said …, noting …": a connective (and a comma after it) opening the clause is not its subject. */
    private static int afterConnectives(String[] lower, int first, int limit) {
        int i = first;
        while (i < limit && (SourceSpanTrim.isConnective(lower[i]) || lower[i].equals(","))) {
            i++;
        }
        return i;
    }


    /**
     * "Senator Mary Jones visited the plant before announcing …": the role tagger sometimes stops a source at a
     * title of office ("Senator", "President") or an honorific ("Mr." before "McKinley": the abbreviation's period
     * reads like a sentence's end) that a name follows; the source is the titled name, so it runs on through the
     * capitalised name tokens, never into the cue.
     */
    static Span completeTitledName(BlockTokens block, int cue, Span source, String[] lower, String text,
                                   SourceLexicon lexicon) {
        if (source == null) {
            return null;
        }
        int last = block.tokenAt(source.end() - 1);
        int titleAt = lower[last].equals(".") && last > 0 ? last - 1 : last; // "Sen." is two tokens
        String title = lower[titleAt];
        boolean honorific = SourceAnalyzer.isHonorific(title)
                && Character.isUpperCase(text.charAt(block.token(titleAt).start()));
        if (!lexicon.isOfficialTitle(title) && !honorific) {
            return withPartyDescription(block, cue, source, last, lower, text);
        }
        int limit = last + 1; // the end of the title's sentence, or the cue if it comes first
        while (limit < block.size() && limit != cue && block.sentenceOf(limit) == block.sentenceOf(last)) {
            limit++;
        }
        int end = nameRunEnd(block, text, last + 1, limit);
        return end > last + 1 ? new Span(source.start(), block.token(end - 1).end()) : source;
    }


    /** Party words a description of a person can open with: "Democratic presidential nominee Hillary Clinton". */
    private static final Set<String> PARTY_ADJECTIVES = Set.of("democratic", "republican");
    /** At most this many lower-case words between the party word and the name ("presidential front-runner"). */
    private static final int MAX_DESCRIPTION_WORDS = 3;

    /**
     * "Democratic presidential nominee Hillary Clinton chimed in …": the role tagger sometimes stops a source at
     * the party word that opens a description of the person; the source runs on through the lower-case
     * description and the full name after it (two name tokens at least), never into the cue.
     */
    private static Span withPartyDescription(BlockTokens block, int cue, Span source, int last, String[] lower,
                                             String text) {
        int limit = last + 1;
        while (limit < block.size() && limit != cue && block.sentenceOf(limit) == block.sentenceOf(last)) {
            limit++;
        }
        int end = partyDescriptionEnd(block, lower, text, last, limit);
        return end > 0 ? new Span(source.start(), block.token(end - 1).end()) : source;
    }

    /**
     * Where a description opened by the party word at {@code party} and the full name after it end ("Democratic
     * presidential nominee Hillary Clinton"), before {@code limit}; -1 when no such description follows.
     */
    private static int partyDescriptionEnd(BlockTokens block, String[] lower, String text, int party, int limit) {
        if (!PARTY_ADJECTIVES.contains(lower[party]) || !Character.isUpperCase(text.charAt(block.token(party).start()))) {
            return -1;
        }
        int i = party + 1;
        int words = 0;
        while (i < limit && words <= MAX_DESCRIPTION_WORDS && (block.token(i).word()
                && Character.isLowerCase(text.charAt(block.token(i).start())) || isHyphenGlue(block, text, i))) {
            words += block.token(i).word() ? 1 : 0;
            i++;
        }
        if (words == 0 || words > MAX_DESCRIPTION_WORDS) {
            return -1;
        }
        int end = nameRunEnd(block, text, i, limit);
        return end >= i + 2 ? end : -1;
    }

    /** The hyphen of "front-runner": {@link RelativeAntecedent#isGlue}, a hyphen rather than an apostrophe. */
    private static boolean isHyphenGlue(BlockTokens block, String text, int i) {
        return text.charAt(block.token(i).start()) == '-' && RelativeAntecedent.isGlue(block, text, i);
    }

    /**
     * The source with the group noun the role tagger left after it: "Trump supporters said", "Clinton officials
     * said", "Republican politicians" are the supporters, officials, politicians, not Trump, Clinton or the party
     * (PolNeAR annotates the whole phrase). Only a plural or collective head of anonymous-heads.txt right after a
     * capitalised last word, and before the cue when the cue follows.
     */
    static Span completeGroupHead(BlockTokens block, int cue, Span source, String[] lower, String text,
                                  SourceLexicon lexicon) {
        if (source == null) {
            return null;
        }
        int last = block.tokenAt(source.end() - 1);
        int next = last + 1;
        if (next >= block.size() || next == cue || !block.token(last).word()
                || !Character.isUpperCase(text.charAt(block.token(last).start()))) {
            return source;
        }
        Token head = block.token(next);
        boolean adjacent = head.start() == block.token(last).end() + 1 && text.charAt(block.token(last).end()) == ' ';
        boolean groupNoun = head.word() && Character.isLowerCase(text.charAt(head.start()))
                && lexicon.isAnonymousHead(lower[next]) && !QUANTIFIERS.contains(lower[next]);
        return adjacent && groupNoun ? new Span(source.start(), head.end()) : source;
    }

    /** Anonymous heads that are no noun after a name: "Clinton some …" is not a group. */
    private static final Set<String> QUANTIFIERS = Set.of("some", "others", "many", "several", "few", "one",
            "someone", "somebody", "anyone");

    /** Where a subject opening at token {@code first} ends: one subject pronoun, or a run of name tokens. */
    private static int subjectEnd(BlockTokens block, String[] lower, String text, int first, int limit) {
        if (SUBJECT_PRONOUNS.contains(lower[first])) {
            return first + 1;
        }
        int end = nameRunEnd(block, text, first, limit);
        if (end == first + 1) {
            int described = partyDescriptionEnd(block, lower, text, first, limit);
            if (described > 0) {
                return described; // "Democratic presidential nominee Hillary Clinton chimed in …, saying"
            }
        }
        // "The man asked …": a capitalised determiner alone opens a noun phrase, it is not a name.
        return end == first + 1 && DETERMINERS.contains(lower[first]) ? first : end;
    }

    /** Where a run of name tokens opening at {@code first} ends (before {@code limit}), without trailing periods. */
    private static int nameRunEnd(BlockTokens block, String text, int first, int limit) {
        int end = first;
        while (end < limit && isNameToken(block, text, end)) {
            end++;
        }
        while (end > first && !block.token(end - 1).word()) {
            end--;
        }
        return end;
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his",
            "her", "its", "their", "our", "my", "your", "some", "many", "one");

    /** A capitalised word, or the full stop of an abbreviated title right after one ("Mr.", "Sen."). */
    private static boolean isNameToken(BlockTokens block, String text, int i) {
        Token token = block.token(i);
        if (token.word()) {
            return Character.isUpperCase(text.codePointAt(token.start()));
        }
        if (i == 0 || text.charAt(token.start()) != '.') {
            return false;
        }
        Token before = block.token(i - 1);
        return before.word() && before.end() == token.start() && before.end() - before.start() <= 4
                && Character.isUpperCase(text.charAt(before.start()));
    }
}
