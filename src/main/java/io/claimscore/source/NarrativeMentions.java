package io.claimscore.source;

import io.claimscore.model.Span;
import io.claimscore.model.Spans;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the first person a sentence names in the article's own voice (outside quotation marks), whether or not
 * that person is anybody's source: "Hillary Clinton is describing as 'unhinged' a Donald Trump tweet. She says …"
 * or "… but Mr. Obama learned from the experience. A global accord could not be a compact among rich economies,
 * he said." The first person named is, most of the time, the sentence's subject, and a subject is what a later
 * "he" or "she" usually continues; later names in the sentence (objects, possessors) are left out.
 *
 * <p>A person is named by an honorific and a capitalised word ("Mr. Obama", "Ms. Warren"), by a first name of
 * one sex and a capitalised word ("Henry Crespo", "Hillary Clinton"; see first-names.txt), or by a word the caller
 * knows as a person's last name in this article ("Trump", after a source "Donald Trump"). Words inside quotes
 * are skipped: "“I told Mr. Trump so,” he said" does not make Mr. Trump the "he".
 */
final class NarrativeMentions {

    private static final int MAX_HEADLINE_WORDS = 40;
    /** Words a title-case headline may leave in lower case. */
    private static final Set<String> HEADLINE_SMALL_WORDS = Set.of("a", "an", "the", "and", "but", "or", "nor", "for",
            "so", "yet", "as", "at", "by", "in", "of", "off", "on", "per", "to", "up", "via", "vs", "with", "from",
            "into", "over", "s", "t");

    /**
     * A person named in the narrative.
     *
     * @param span      the words of the name as written (without a possessive "'s")
     * @param honorific "mr", "mrs", "ms", "miss" or "dr" when the name is written with one, else null
     * @param first     the first name, lower-cased, when the name is written with one, else null
     * @param last      the last word of the name, lower-cased
     */
    record Mention(Span span, String honorific, String first, String last) {
    }

    /** Words after which a name is an object or a second name, not a subject. */
    private static final Set<String> NAME_GOVERNORS = Set.of("to", "by", "of", "for", "with", "from", "against",
            "about", "on", "at", "than", "like", "into", "toward", "towards", "over", "under", "upon", "behind",
            "between", "among", "and", "or", "nor", "including", "via", "versus", "vs", "in", "during", "across",
            "throughout", "within", "inside", "outside", "around", "near");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "it");
    private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which", "that");
    /** How many lower-case words a subject's description may put before the name ("presidential nominee"). */
    private static final int SUBJECT_REACH = 4;
    /** How far back (in characters) the description and the clause's start are looked for. */
    private static final int SUBJECT_REACH_CHARS = 160;
    /** How many capitalised title words may stand between a preposition and the name ("by Gov. Earl Ray"). */
    private static final int TITLE_REACH = 6;

    /** Words after which a clause (and its subject) starts. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("but", "and", "so", "then", "when", "while",
            "after", "before", "because", "since", "though", "although", "if", "that", "until", "once", "yet");

    private final String text;
    private final List<Span> sentences;
    /** Quotes' outer spans in text order. */
    private final List<Span> quoted;
    private final SourceLexicon lexicon;

    NarrativeMentions(String text, List<Span> sentences, List<Span> quoted, SourceLexicon lexicon) {
        this.text = text;
        this.sentences = List.copyOf(sentences);
        this.quoted = List.copyOf(quoted);
        this.lexicon = lexicon;
    }

    /** Whether {@code offset} lies inside a quote. */
    boolean isQuoted(int offset) {
        int i = firstQuoteEndingAfter(offset);
        return i < quoted.size() && quoted.get(i).start() <= offset;
    }

    int sentenceCount() {
        return sentences.size();
    }

    Span sentence(int index) {
        return sentences.get(index);
    }

    /**
     * The first person that sentence {@code index} names outside quotes, or null.
     *
     * @param knownLastName whether a lower-cased word is the last name of a person the article already named
     */
    Mention firstPerson(int index, Predicate<String> knownLastName) {
        List<Mention> found = clauseSubjects(index, knownLastName, 1);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Every person the sentence names near the start of one of its clauses, in order, as {@link #firstPerson}
     * reads the first ("Clinton put Sanders on the defensive, but a hoarse-voiced Sanders got in digs" gives
     * Clinton, then Sanders): candidates for a pronoun nobody else fits. At most {@code limit}.
     */
    List<Mention> clauseSubjects(int index, Predicate<String> knownLastName, int limit) {
        List<Mention> found = new java.util.ArrayList<>(Math.min(limit, 4));
        Span sentence = sentences.get(index);
        int quote = firstQuoteEndingAfter(sentence.start());
        int i = sentence.start();
        while (i < sentence.end()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int wordEnd = wordEnd(i, sentence.end());
            while (quote < quoted.size() && quoted.get(quote).end() <= i) {
                quote++;
            }
            boolean insideQuote = quote < quoted.size() && quoted.get(quote).start() <= i;
            if (!insideQuote && Character.isUpperCase(text.charAt(i))) {
                Mention m = personAt(i, wordEnd, sentence.end(), knownLastName);
                if (m != null && !hasPossessive(m.span().end() + 2) && !afterPreposition(sentence.start(), i)
                        && nearClauseStart(sentence.start(), i) && !modifiesARole(m.span().end(), sentence.end())) {
                    // a headline ("Benghazi Widow Dorothy Woods Defends Trump") has no reliable names
                    if (isTitleCase(sentence)) {
                        return List.of();
                    }
                    found.add(m);
                    if (found.size() == limit) {
                        return found;
                    }
                    i = Math.max(wordEnd, m.span().end());
                    continue;
                }
            }
            i = wordEnd;
        }
        return found;
    }

    /** The person named by the capitalised word at [start, end), if it names one. */
    private Mention personAt(int start, int end, int limit, Predicate<String> knownLastName) {
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        int next = nextWord(end, limit);
        if (SourceAnalyzer.isHonorific(word) && next >= 0 && Character.isUpperCase(text.charAt(next))) {
            int nextEnd = wordEnd(next, limit);
            return new Mention(new Span(start, nameEnd(nextEnd)), word, null, lastName(next, nextEnd));
        }
        if (lexicon.isFirstName(word) && next >= 0 && Character.isUpperCase(text.charAt(next))) {
            int lastStart = next;
            int lastEnd = wordEnd(next, limit);
            if (lastEnd - lastStart == 1 && lastEnd < limit && text.charAt(lastEnd) == '.') {
                // a middle initial: "Joseph R. Biden"
                int after = nextWord(lastEnd + 1, limit);
                if (after < 0 || !Character.isUpperCase(text.charAt(after))) {
                    return null;
                }
                lastStart = after;
                lastEnd = wordEnd(after, limit);
            }
            // A further capitalised word belongs to the name: "Hillary Rodham Clinton"; "Fletcher School",
            // "Virginia Commonwealth University" are no people.
            int further = hasPossessive(lastEnd) ? -1 : nextWord(lastEnd, limit);
            if (further >= 0 && Character.isUpperCase(text.charAt(further))) {
                lastStart = further;
                lastEnd = wordEnd(further, limit);
            }
            if (namesAnInstitution(start, lastEnd)) {
                return null;
            }
            return new Mention(new Span(start, nameEnd(lastEnd)), null, word, lastName(lastStart, lastEnd));
        }
        String last = lastName(start, end);
        if (knownLastName.test(last) && startsClause(start)) {
            return new Mention(new Span(start, nameEnd(end)), null, null, last);
        }
        return null;
    }

    /**
     * Whether the name ending at {@code nameEnd} modifies a lower-case word for a role or a group after it ("Cruz
     * spokesman Rick Tyler", "Trump supporters", "the Clinton campaign"): then it is not the one the clause is about.
     */
    private boolean modifiesARole(int nameEnd, int sentenceEnd) {
        int i = nameEnd;
        if (i >= sentenceEnd || text.charAt(i) != ' ') {
            return false;
        }
        i++;
        if (i >= sentenceEnd || !Character.isLowerCase(text.charAt(i))) {
            return false;
        }
        String w = text.substring(i, wordEnd(i, sentenceEnd));
        if (PhraseShapes.PART_WORDS.contains(w)) {
            return false; // "Manafort all but begged": a quantifier, no head noun
        }
        return lexicon.isOfficialTitle(w) || lexicon.isAnonymousHead(w) || lexicon.nameRoles.contains(w)
                || lexicon.organizationHeads.contains(w);
    }

    /**
     * Whether at most {@link #SUBJECT_REACH} words stand between the start of the name's clause (the sentence's
     * start or the last comma, colon, semicolon, dash or parenthesis) and the name: "In a statement, presidential
     * nominee Hillary Clinton was …" names a subject; "He knows how important it is to defeat Donald Trump" an
     * object.
     */
    private boolean nearClauseStart(int sentenceStart, int nameStart) {
        // Read backwards, and never further than a subject's description can reach: a megabyte-long clause of
        // names must cost each name a few words, not the whole clause (that was quadratic).
        int lowerCaseWords = 0; // capitalised titles and names ("Retired U.S. Air Force Gen.") do not count
        int limit = Math.max(sentenceStart, nameStart - SUBJECT_REACH_CHARS);
        for (int i = nameStart - 1; i >= limit; i--) {
            char c = text.charAt(i);
            if (",;:(—–".indexOf(c) >= 0) {
                return true;
            }
            boolean wordStart = Character.isLetter(c) && (i == sentenceStart || !Character.isLetter(text.charAt(i - 1)));
            if (wordStart && Character.isLowerCase(c)) {
                String word = text.substring(i, wordEnd(i, nameStart));
                if (RELATIVES.contains(word)) {
                    return false; // "Sandy Phillips, who lost her daughter Jessica Ghawi, …": a relative clause's
                }
                if (SUBJECT_PRONOUNS.contains(word)) {
                    return false; // "Though he did not mention Marco Rubio": the clause has its subject
                }
                if (++lowerCaseWords > SUBJECT_REACH) {
                    return false;
                }
            }
        }
        return limit == sentenceStart;
    }

    /**
     * Whether the name at {@code nameStart}, after any capitalised titles ("Gov.", "Sen."), is the object of a
     * preposition or joined by a conjunction: "lobbying by loyalists to Joe Biden", "led by Gov. Earl Ray Tomblin"
     * name no subject.
     */
    private boolean afterPreposition(int sentenceStart, int nameStart) {
        int i = nameStart;
        for (int titles = 0; titles <= TITLE_REACH; titles++) {
            int end = i;
            while (end > sentenceStart && text.charAt(end - 1) == ' ') {
                end--;
            }
            if (end == i || end == sentenceStart) {
                return false; // no space before: punctuation or the sentence's start
            }
            int start = end;
            // A possessive is part of the word ("with Fox News’ Sean Hannity", "for NBC's Chuck Todd").
            while (start > sentenceStart && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.'
                    || (text.charAt(start - 1) == '\'' || text.charAt(start - 1) == '’') && start > sentenceStart + 1
                    && Character.isLetter(text.charAt(start - 2)))) {
                start--;
            }
            if (start == end) {
                return false;
            }
            String word = text.substring(start, end);
            if (Character.isUpperCase(word.charAt(0)) || word.equals("the")) {
                i = start; // a title or an article before the name ("in the Marshall Islands"): look further back
                continue;
            }
            return NAME_GOVERNORS.contains(word);
        }
        return false; // a long run of capitalised words: no preposition close enough to govern the name
    }

    /**
     * Whether a bare last name stands where a clause starts: at the sentence's start, after punctuation or after a
     * conjunction. "Trump has record low support" names a subject; "a solid Clinton lead", "lambasting Trump's
     * plan" do not.
     */
    private boolean startsClause(int nameStart) {
        int end = nameStart;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == 0 || !Character.isLetter(text.charAt(end - 1))) {
            return true;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return CLAUSE_OPENERS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the sentence holding {@code offset} is a headline in title case ("Stealth Over Health: …"): title case,
     * and no lower-case word but the short ones headlines leave small ("of", "the", "to"); prose full of names
     * ("Julianne Smith met Russian Foreign Minister Sergei Lavrov") has a lower-case verb.
     */
    boolean inHeadline(int offset) {
        int i = Spans.firstEndingAfter(sentences, offset);
        return i < sentences.size() && sentences.get(i).start() <= offset && isTitleCase(sentences.get(i), true);
    }

    private boolean isTitleCase(Span sentence) {
        return isTitleCase(sentence, false);
    }

    /**
     * Whether at least five words and three in four of them are capitalised; a sentence of more than
     * {@value #MAX_HEADLINE_WORDS} words is no headline (and is not read to its end). {@code strict}: and no word is
     * in lower case but the small ones headlines leave so ({@link #HEADLINE_SMALL_WORDS}).
     */
    private boolean isTitleCase(Span sentence, boolean strict) {
        int words = 0;
        int capitalised = 0;
        int i = sentence.start();
        while (i < sentence.end()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            if (++words > MAX_HEADLINE_WORDS) {
                return false;
            }
            int end = wordEnd(i, sentence.end());
            if (Character.isUpperCase(text.charAt(i))) {
                capitalised++;
            } else if (strict && Character.isLowerCase(text.charAt(i))
                    && !HEADLINE_SMALL_WORDS.contains(text.substring(i, end).toLowerCase(Locale.ROOT))) {
                return false;
            }
            i = end;
        }
        return words >= 5 && capitalised * 4 >= words * 3;
    }

    /**
     * Whether a word of [start, end) is the head of an organisation's, outlet's or document's name. A first name,
     * and a document's word right after one, are a person's ("Bill Clinton", "Steven Law").
     */
    private boolean namesAnInstitution(int start, int end) {
        int i = start;
        boolean afterFirstName = false;
        while (i < end) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int e = wordEnd(i, end);
            String w = text.substring(i, e).toLowerCase(Locale.ROOT);
            boolean firstName = lexicon.isFirstName(w);
            if (lexicon.organizationHeads.contains(w) || lexicon.mediaHeads.contains(w)
                    || lexicon.documentHeads.contains(w) && !firstName && !afterFirstName) {
                return true;
            }
            afterFirstName = firstName;
            i = e;
        }
        return false;
    }

    /** End of the word starting at {@code i}: letters, with inner hyphens and apostrophes ("O'Rourke"). */
    private int wordEnd(int i, int limit) {
        int j = i;
        while (j < limit) {
            char c = text.charAt(j);
            boolean inner = (c == '-' || c == '\'' || c == '’') && j + 1 < limit && Character.isLetter(text.charAt(j + 1));
            if (!Character.isLetter(c) && !inner) {
                break;
            }
            j++;
        }
        return j;
    }

    /** Start of the next word after an abbreviation's period and one run of spaces, or -1. */
    private int nextWord(int from, int limit) {
        int j = from;
        if (j < limit && text.charAt(j) == '.') {
            j++;
        }
        int spaces = j;
        while (j < limit && text.charAt(j) == ' ') {
            j++;
        }
        return j > spaces && j < limit && Character.isLetter(text.charAt(j)) ? j : -1;
    }

    /** A name's end without its possessive: "Trump's" ends before the apostrophe. */
    private int nameEnd(int wordEnd) {
        return hasPossessive(wordEnd) ? wordEnd - 2 : wordEnd;
    }

    private boolean hasPossessive(int wordEnd) {
        return wordEnd >= 2 && wordEnd <= text.length() && (text.charAt(wordEnd - 2) == '\'' || text.charAt(wordEnd - 2) == '’')
                && (text.charAt(wordEnd - 1) == 's' || text.charAt(wordEnd - 1) == 'S');
    }

    private String lastName(int start, int end) {
        return text.substring(start, nameEnd(end)).toLowerCase(Locale.ROOT);
    }

    /** Index of the first quote that ends after {@code offset} (binary search: quotes are in text order). */
    private int firstQuoteEndingAfter(int offset) {
        int lo = 0;
        int hi = quoted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quoted.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
