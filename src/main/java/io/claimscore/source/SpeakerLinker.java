package io.claimscore.source;

import io.claimscore.model.Source;
import io.claimscore.model.SourceType;
import io.claimscore.model.Span;
import io.claimscore.text.Chars;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Links the sources of one article to the entities they name, in reading order: a pronoun to the last fitting
 * person before it, a source or a subject the narrative named ("she said" → Julianne Smith), a short name to an
 * earlier full name ("Smith" → Julianne Smith, with her role), a relative pronoun to the phrase it follows ("a
 * Ukrainian military statement which indicated"), an "I" outside quotes to the article's author. One linker per
 * article: it holds that article's entities while it runs and nothing else.
 */
public final class SpeakerLinker {

    private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("my", "his", "her", "their", "our", "your");
    /** Words that make a title another office: "vice president", "former governor", "deputy chief". */
    private static final Set<String> OFFICE_MODIFIERS = Set.of("vice", "deputy", "assistant", "former", "elect",
            "ex", "lieutenant", "associate", "acting", "co", "under");
    /** Compiled once: {@code String.split} with a pattern of more than one character compiles it per call. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SPACES_AND_PERIODS = Pattern.compile("[\\s.]+");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    /** Words of a description that say nothing of whom it describes. */
    private static final Set<String> DESCRIPTION_STOP_WORDS = Set.of("the", "a", "an", "of", "for", "and", "s",
            "from", "in", "to");
    /**
     * Titles as news copy abbreviates them, written out so that "Sen." and "senator" are one word; party words in
     * one form ("GOP", "Republicans" → "republican").
     */
    private static final java.util.Map<String, String> TITLE_ABBREVIATIONS = java.util.Map.ofEntries(
            java.util.Map.entry("sen", "senator"), java.util.Map.entry("sens", "senator"),
            java.util.Map.entry("senators", "senator"), java.util.Map.entry("rep", "representative"),
            java.util.Map.entry("congressman", "representative"), java.util.Map.entry("congresswoman", "representative"),
            java.util.Map.entry("gov", "governor"), java.util.Map.entry("sec", "secretary"),
            java.util.Map.entry("pres", "president"), java.util.Map.entry("gen", "general"),
            java.util.Map.entry("adm", "admiral"), java.util.Map.entry("amb", "ambassador"),
            java.util.Map.entry("atty", "attorney"), java.util.Map.entry("lt", "lieutenant"),
            java.util.Map.entry("col", "colonel"), java.util.Map.entry("republicans", "republican"),
            java.util.Map.entry("democrats", "democrat"), java.util.Map.entry("democratic", "democrat"),
            java.util.Map.entry("gop", "republican"));

    /** An entity of the article: canonical name, type and role (the first role the article gives it). */
    private static final class Entity {
        final String name;
        final SourceType type;
        /** Several people named together ("Sanders and Clinton"): a "they", never a "he" or "she". */
        final boolean plural;
        String role;
        int lastSeen;
        /** Where the article first names the entity. */
        final int firstSeen;
        /** Whether the surname alone names someone else before this relative is introduced (see below). */
        Boolean surnameTakenBefore;
        /** For a relative, the person of the same surname the article named in full before. */
        Entity namedBefore;
        /** An unnamed relative ("my father", "his wife"): a "he" or "she" of its gender may mean it. */
        boolean relative;
        /** The words of the descriptions linked to this person so far ("republican", "nominee"). */
        final Set<String> describedAs = new java.util.HashSet<>();
        /** {@link #describedBy}'s answer, until the role or {@link #describedAs} changes. */
        Set<String> descriptionWords;
        /**
         * Named so far only in a headline in title case, by a name with neither first name nor honorific ("Hit
         * Piece", "Stealth Over Health"): capitals there say nothing of a name, so no pronoun means it until the
         * body names it too.
         */
        boolean headlineOnly;
        /**
         * The person's gender: what the article has shown of it (an honorific, a gendered role, a pronoun linked),
         * or, until it shows something, what the first name suggests ({@link #genderFromFirstName}).
         */
        Gender gender = Gender.UNKNOWN;
        boolean genderFromFirstName;

        Entity(String name, SourceType type, String role, int lastSeen) {
            this.name = name;
            this.type = type;
            this.plural = (type == SourceType.NAMED_PERSON || type == SourceType.OFFICIAL) && namesSeveral(name);
            this.role = role;
            this.lastSeen = lastSeen;
            this.firstSeen = lastSeen;
        }

        /**
         * Whether this person may be one the article gives {@code said} gender: a gender the article showed must
         * agree; one guessed from the first name gives way ("Evelyn Waugh … Mr. Waugh").
         */
        boolean mayBe(Gender said) {
            return genderFromFirstName || said.agreesWith(gender);
        }

        /**
         * Takes in what a mention shows of the gender: {@code said} (an honorific, a gendered role, a pronoun) is
         * evidence and replaces a first-name guess; without it, the first name of {@code name} is a guess, kept
         * only while nothing better is known.
         */
        void learnGender(Gender said, String name, SourceLexicon lexicon) {
            if (said != Gender.UNKNOWN && (gender == Gender.UNKNOWN || genderFromFirstName)) {
                gender = said;
                genderFromFirstName = false;
            } else if (gender == Gender.UNKNOWN) {
                gender = Gender.ofFirstName(name, lexicon);
                genderFromFirstName = gender != Gender.UNKNOWN;
            }
        }

        boolean isPerson() {
            return type == SourceType.NAMED_PERSON || type == SourceType.OFFICIAL;
        }

        /**
         * Whether a "he" or "she" of that gender may mean this entity: a person, or one unnamed relative whose
         * gender the relation says ("my father", "his wife"; not "a former agent", which took the pronouns of the
         * person an article is about when tried).
         */
        boolean mayBeCalled(Gender pronoun) {
            return !plural && (isPerson() ? pronoun.agreesWith(gender) : relative && gender == pronoun);
        }
    }

    /**
     * Gender agreement between a personal pronoun and the person it refers to: "Ms. Hughes … he said" cannot
     * link "he" to Ms. Hughes. Known from what the article says (an honorific, a gendered role such as
     * "spokeswoman", a pronoun already linked), else from a first name that US birth records give to one sex
     * nearly always ("Ted Cruz … she said" cannot link "she" to him; "Lindsey", "Bernie", "Kelly" say nothing).
     */
    private enum Gender {
        UNKNOWN, MASCULINE, FEMININE;

        static Gender ofPronoun(String lower) {
            return switch (lower) {
                case "he", "him", "his" -> MASCULINE;
                case "she", "her" -> FEMININE;
                default -> UNKNOWN;
            };
        }

        /** From a name's honorific: "Mr. Trump", "Ms. Hughes", "Mrs. Clinton". */
        static Gender ofName(String name) {
            int end = 0;
            while (end < name.length() && Character.isLetter(name.charAt(end))) {
                end++;
            }
            if (end == name.length() || end == 0) {
                return UNKNOWN; // a single word has no honorific before a name
            }
            return switch (name.substring(0, end).toLowerCase(Locale.ROOT)) {
                case "mr" -> MASCULINE;
                case "mrs", "ms", "miss" -> FEMININE;
                default -> UNKNOWN;
            };
        }

        /** From a reflexive after a name: "Clinton herself", "Sanders himself". */
        static Gender ofReflexive(String mention) {
            String m = mention.strip().toLowerCase(Locale.ROOT);
            return m.endsWith(" himself") ? MASCULINE : m.endsWith(" herself") ? FEMININE : UNKNOWN;
        }

        /** From a role that is gendered in English: "spokeswoman", "his wife", "congressman", "the actress". */
        static Gender ofRole(String role, SourceLexicon lexicon) {
            Gender found = UNKNOWN;
            for (String word : NON_LETTERS.split(role.toLowerCase(Locale.ROOT))) {
                Gender g = lexicon.feminineRoles.contains(word) ? FEMININE
                        : lexicon.masculineRoles.contains(word) ? MASCULINE : UNKNOWN;
                if (g != UNKNOWN && found != UNKNOWN && g != found) {
                    return UNKNOWN; // "the wife of the congressman": the role does not say which
                }
                found = g == UNKNOWN ? found : g;
            }
            return found;
        }

        /**
         * From the first name in a name of several words: the first capitalised word, followed by another, that
         * is a first name of one sex and no title ("Julianne Smith", "Senate Minority Leader Harry Reid",
         * "Democratic front-runner Hillary Clinton"; nothing for "Judge Smith", "Cruz" or "Bernie Sanders").
         */
        static Gender ofFirstName(String name, SourceLexicon lexicon) {
            String[] words = WHITESPACE.split(name.strip());
            for (int i = 0; i + 1 < words.length; i++) {
                if (words[i].isEmpty() || !Character.isUpperCase(words[i].charAt(0))
                        || words[i + 1].isEmpty() || !Character.isUpperCase(words[i + 1].charAt(0))) {
                    continue;
                }
                String word = words[i].toLowerCase(Locale.ROOT);
                if (lexicon.isFirstName(word)) {
                    return lexicon.feminineFirstNames.contains(word) ? FEMININE : MASCULINE;
                }
            }
            return UNKNOWN;
        }

        boolean agreesWith(Gender other) {
            return this == UNKNOWN || other == UNKNOWN || this == other;
        }
    }

    /**
     * A source as linked: the source to report, and the span where the source is actually named (for a relative
     * pronoun, its antecedent), which decides second-hand chains.
     */
    public record Linked(Source source, Span anchor) {
    }

    private final String text;
    private final SourceAnalyzer analyzer;
    /** The people the article names in its own voice, sentence by sentence: antecedents that are no source. */
    private final NarrativeMentions narrative;
    /** Whether a lower-cased word is the last name of a person a source named (for the narrative's mentions). */
    private final Predicate<String> knownLastName = w -> personNamed(w) != null;
    /** The first sentence not yet looked at for a narrative mention. */
    private int nextSentence;
    /** Where the previous source linked starts (-1 before the first). */
    private int lastLinkAt = -1;
    /** Every entity by type and normalised name: exact repeats resolve in constant time. */
    private final java.util.Map<String, Entity> byName = new java.util.HashMap<>();
    /** Named people by their last name word, latest first: "Smith" finds "Julianne Smith". */
    private final java.util.Map<String, Entity> personByLastWord = new java.util.HashMap<>();
    /** Named people first given as a single name ("Trump", "Mr. Putin"), by that name: the first one each. */
    private final java.util.Map<String, Entity> personByShortName = new java.util.HashMap<>();
    /**
     * People only the narrative named (see {@link #takeInNarrativeBefore}), by normalised name: kept apart from
     * {@link #byName} so that a source never becomes one of them ("Mrs. Clinton" as a source still finds
     * "Hillary Rodham Clinton").
     */
    private final java.util.Map<String, Entity> narrativeByName = new java.util.HashMap<>();
    /** Last names that more than one person named in full has ("Donald Trump", "Eric Trump"). */
    private final Set<String> sharedLastWords = new java.util.HashSet<>();
    /** People the narrative named in full ("Michelle F. Tanzer"), by last name, latest first. */
    private final java.util.Map<String, Entity> narrativeByLastWord = new java.util.HashMap<>();
    /**
     * Entities in the order they were last mentioned (an entity appears again each time it is mentioned).
     * Pronouns look back at most {@link #LOOK_BACK} mentions: a pronoun refers to someone just mentioned, and the
     * bound keeps linking linear in the article's length.
     */
    private final List<Entity> mentionOrder = new ArrayList<>();
    /** Titles written before full names anywhere in the article, for descriptions ("the Florida senator"). */
    private final TitledNames titled;
    /** The "Q:"/"A:" labels of an interview printed as a transcript. */
    private final InterviewTranscript interview;
    /** Where the body uses a surname alone, for relatives and names reported in full. */
    private final BareSurnames bareSurnames;
    private static final int LOOK_BACK = 64;
    /** The name a first-person source in the article's own voice is reported under. */
    static final String AUTHOR_NAME = "the author";
    /** The label of an interviewer's questions in a question-and-answer transcript. */
    private static final String INTERVIEWER_LABEL = "Q";

    /**
     * @param sentences the article's sentences in text order
     * @param quoted    the outer spans of its top-level quotes, in text order: names inside them are not the
     *                  narrative's
     */
    public SpeakerLinker(String text, List<Span> sentences, List<Span> quoted, SourceAnalyzer analyzer) {
        this.text = text;
        this.analyzer = analyzer;
        this.narrative = new NarrativeMentions(text, sentences, quoted, analyzer.lexicon());
        this.titled = new TitledNames(text, analyzer);
        this.interview = new InterviewTranscript(text);
        this.bareSurnames = new BareSurnames(text);
    }

    /**
     * Links one source description; calls must come in reading order.
     *
     * @param antecedent for a relative pronoun ("which", "who"), the span it directly follows and refers to, if
     *                   the caller found one (for instance the content of the previous attribution); else null
     * @param speaker    for a first-person pronoun inside a quote, the source of the quote's speaker; else null
     */
    public Linked link(SourceDescription d, Span antecedent, Source speaker) {
        int at = d.mention().start();
        takeInNarrativeBefore(at);
        if (d.pronoun() == null && d.name().equals(INTERVIEWER_LABEL) && !narrative.isQuoted(at)) {
            // "Q: Why now?" in an interview's transcript: the interviewer, who writes for the article
            return new Linked(new Source(d.mention(), SourceType.AUTHOR, AUTHOR_NAME, null), d.mention());
        }
        if (d.pronoun() == null) {
            return new Linked(remember(d, at), d.mention());
        }
        switch (d.pronoun()) {
            case SPEAKER -> {
                // The speaker of a quote that holds the "I"; in reported speech without quotes ("If you assume
                // that …, I should say …") an "I" is the writer's, whatever attribution's content holds it.
                if (speaker != null && narrative.isQuoted(at)) {
                    return new Linked(new Source(d.mention(), speaker.type(), speaker.name(), speaker.role()),
                            d.mention());
                }
                if (!narrative.isQuoted(at)) {
                    // "A: I came home from school …" in an interview's transcript: the interviewee, whom the
                    // article names first ("Q&A with Vice President Joe Biden")
                    String interviewee = interview.inAnswer(at) ? titled.firstFullName() : null;
                    if (interviewee != null) {
                        Source s = remember(new SourceDescription(d.mention(), interviewee, null,
                                SourceType.NAMED_PERSON, null), at);
                        return new Linked(s, d.mention());
                    }
                    // "I believe …", "we asked the campaign" in the article's own voice: its writer
                    return new Linked(new Source(d.mention(), SourceType.AUTHOR, AUTHOR_NAME, null), d.mention());
                }
            }
            case THING, PERSON -> {
                if (antecedent != null) {
                    SourceDescription a = analyzer.describe(text, antecedent);
                    if (a.pronoun() == null) {
                        Source resolved = remember(a, at);
                        return new Linked(new Source(d.mention(), resolved.type(), resolved.name(), resolved.role()),
                                a.mention());
                    }
                }
                Gender gender = Gender.ofPronoun(d.name().toLowerCase(Locale.ROOT));
                Entity e = gender == Gender.UNKNOWN ? null : subjectBefore(at, gender);
                if (e == null) {
                    e = d.pronoun() == SourceLexicon.PronounKind.PERSON
                        ? latest(at, c -> !c.headlineOnly && (gender == Gender.UNKNOWN ? c.isPerson() // "who"
                                : c.mayBeCalled(gender)))
                        : latest(at, c -> c.type == SourceType.ORGANIZATION || c.type == SourceType.MEDIA
                                || c.type == SourceType.DOCUMENT);
                }
                if (e != null) {
                    if (gender != Gender.UNKNOWN) { // a linked "she" is evidence, as an honorific is
                        e.learnGender(gender, e.name, analyzer.lexicon());
                    }
                    e.lastSeen = at;
                    touch(e);
                    return new Linked(new Source(d.mention(), e.type, e.name, e.role), d.mention());
                }
            }
            case GROUP -> {
                Entity e = latest(at, c -> c.plural || c.type == SourceType.ANONYMOUS
                        || c.type == SourceType.ORGANIZATION || c.type == SourceType.OFFICIAL
                        || c.type == SourceType.MEDIA);
                if (e != null) {
                    e.lastSeen = at;
                    touch(e);
                    return new Linked(new Source(d.mention(), e.type, e.name, e.role), d.mention());
                }
            }
        }
        // Unresolved: a personal pronoun with nobody to point at is, for the reader, an unnamed source; an "it"
        // with nothing to point at ("It also appears that …") or a "you" (whoever is spoken to, or anyone) is no
        // source at all.
        SourceType unresolved = d.pronoun() == SourceLexicon.PronounKind.THING
                || d.pronoun() == SourceLexicon.PronounKind.ADDRESSEE ? SourceType.VAGUE : SourceType.ANONYMOUS;
        return new Linked(new Source(d.mention(), unresolved, d.name(), null), d.mention());
    }

    /**
     * The source as the whole article names it, once every source is linked: a surname alone linked before the
     * full name came ("Biden" in a headline, then "Vice President Joe Biden said") is that person when the
     * article named exactly one person of that surname in full, not as someone's relative, whose gender the
     * article or the first name shows and agrees with the short name's; when the short name's gender is not
     * known, only if the body did not use the surname alone before the full name. Otherwise the source as
     * linked.
     */
    public Source inFull(Source s) {
        if (s.type() != SourceType.NAMED_PERSON || !isShortForm(s.name())) {
            return s;
        }
        String last = lastWord(s.name());
        Entity full = personByLastWord.get(last);
        Entity shortName = byName.get(s.type() + "|" + normalise(s.name()));
        Gender said = shortName != null ? shortName.gender : Gender.ofName(s.name());
        // The full name's gender must be known and agree with what the article showed of the short name's ("she"
        // for "Clinton" is no "Bill Clinton", "Sanders" with "he" no "Jane Sanders").
        if (full == null || sharedLastWords.contains(last) || isKin(full.role) || full.plural
                || full.gender == Gender.UNKNOWN || !said.agreesWith(full.gender) || full.name.equals(s.name())
                || said == Gender.UNKNOWN && bareSurnames.usedAloneBefore(last, full.firstSeen)
                || !looksLikeAFullName(full.name)) {
            // … and when the article showed nothing of the short name's gender, not when the body used the
            // surname alone before the full name: that may be someone else ("Sanders … Jane Sanders").
            return s;
        }
        return new Source(s.mention(), full.type, full.name, full.role);
    }

    /** Capitalised words only, the first no article or preposition: not "he and Mr. Allen", "For Mr. Trump". */
    private static boolean looksLikeAFullName(String name) {
        String[] words = WHITESPACE.split(name.strip());
        if (DESCRIPTION_STOP_WORDS.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || Character.isLowerCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Finds or creates the entity a non-pronoun source names, and returns the source as the entity knows it. */
    private Source remember(SourceDescription d, int at) {
        // A short name after a full one is that person ("Donald Trump … Trump"), even when the same short name
        // came before the full one (a headline's "Trump" stays an entity of its own), unless the honorific
        // says otherwise ("Bill Clinton … Mrs. Clinton"). So is a short name after a person introduced by title
        // and last name only ("President Obama … Mr. Obama").
        Entity match = null;
        // "Clinton herself", "Sanders himself": the mention's reflexive says the gender.
        Gender reflexive = Gender.ofReflexive(d.mention().of(text));
        if (d.type() == SourceType.NAMED_PERSON && isShortForm(d.name())) {
            String last = lastWord(d.name());
            Entity full = personByLastWord.get(last);
            if (full == null) {
                Entity introduced = personByShortName.get(last);
                full = introduced != null && introduced.role != null ? introduced : null;
            }
            if (reflexive != Gender.UNKNOWN && full != null && full.gender != reflexive) {
                // "Clinton herself" after Hillary Clinton and then Bill Clinton: the latest Clinton the article
                // showed to be a woman, else one whose gender it has not shown, and none that shows otherwise.
                Entity shown = latest(at, c -> c.isPerson() && !c.plural && c.gender == reflexive
                        && !isShortForm(c.name) && lastWord(c.name).equals(last));
                full = shown != null ? shown : full.gender == Gender.UNKNOWN ? full : null;
            }
            Gender said = reflexive != Gender.UNKNOWN ? reflexive : Gender.ofName(d.name());
            if (full != null && full.namedBefore != null) {
                full = full.namedBefore; // "Donald Trump … Eric Trump, son of the front-runner … Trump tweeted"
            } else if (full != null && isRelativeOfSomeoneNamedFirst(full, last)) {
                full = null; // "… Trump's policy … Ivanka Trump, the nominee's eldest daughter … Trump says": Donald
            }
            match = full != null && full.mayBe(said) ? full : null;
            if (match == null && full == null && said != Gender.UNKNOWN) {
                // "Ms. Tanzer" as a source after "Michelle F. Tanzer" in the narrative: that person, when the
                // honorific and the first name agree on the gender (not "Mrs. Clinton" for "Bill Clinton").
                Entity narrated = narrativeByLastWord.get(last);
                match = narrated != null && narrated.gender == said ? narrated : null;
            }
        }
        if (match == null && d.type() == SourceType.OFFICIAL && d.role() == null && isDefinite(d.name())) {
            // "the Florida senator" after "Sen. Marco Rubio of Florida", "the former secretary of state" after
            // "former Secretary of State Hillary Clinton": a description of a person the article named.
            Set<String> described = contentWords(d.name());
            match = described.isEmpty() ? null : latest(at, c -> describedBy(c).containsAll(described));
            if (match == null) {
                match = onlyPersonTitled(at, d.name());
            }
            if (match != null && match.describedAs.addAll(described)) {
                match.descriptionWords = null; // "The Republican presidential nominee" is now a title of his
            }
        }
        if (match == null && d.type() == SourceType.ORGANIZATION && isCapitalisedWord(d.name())) {
            // A transcript's "TAPPER:" after "JAKE TAPPER:" is the person, not an acronym.
            match = personByLastWord.get(lastWord(d.name()));
        }
        if (match == null) {
            match = byName.get(d.type() + "|" + normalise(d.name()));
        }
        if (match == null) {
            match = new Entity(d.name(), d.type(), d.role(), at);
            match.headlineOnly = d.type() == SourceType.NAMED_PERSON && !hasFirstNameOrHonorific(d.name())
                    && narrative.inHeadline(at);
            Gender kin = relationOf(d);
            if (kin != Gender.UNKNOWN) {
                match.relative = true;
                match.gender = kin;
            }
            byName.put(d.type() + "|" + normalise(d.name()), match);
        } else {
            match.headlineOnly &= narrative.inHeadline(at);
            match.lastSeen = at;
            if (match.role == null && d.role() != null) {
                match.role = d.role();
                match.descriptionWords = null;
            }
        }
        if (match.isPerson() && !match.plural && (match.gender == Gender.UNKNOWN || match.genderFromFirstName)) {
            Gender said = reflexive != Gender.UNKNOWN ? reflexive : Gender.ofName(d.name());
            if (said == Gender.UNKNOWN && d.role() != null) {
                said = Gender.ofRole(d.role(), analyzer.lexicon());
            } else if (said == Gender.UNKNOWN && match.type == SourceType.OFFICIAL) {
                // "an ICE spokeswoman": the name is the role; its lower-case words only ("Tennis great Billie
                // Jean King" is no king)
                said = Gender.ofRole(lowerCaseWords(d.name()), analyzer.lexicon());
            }
            match.learnGender(said, d.name(), analyzer.lexicon());
        }
        if (match.type == SourceType.NAMED_PERSON && !match.plural) {
            if (isShortForm(match.name)) {
                // Not "Mr. Trump's" (a possessive read as a name): the name later mentions would show.
                if (!endsWithPossessive(match.name)) {
                    personByShortName.putIfAbsent(lastWord(match.name), match);
                }
            } else if (!match.name.toLowerCase(Locale.ROOT).startsWith("the ")) { // "The Chinese" names nobody
                Entity before = personByLastWord.put(lastWord(match.name), match);
                if (before != null && before != match) {
                    sharedLastWords.add(lastWord(match.name));
                    if (match.namedBefore == null && isKin(match.role)) {
                        match.namedBefore = before; // "Donald Trump … Eric Trump, son of the front-runner"
                    }
                }
            }
        }
        touch(match);
        return new Source(d.mention(), match.type, match.name, match.role);
    }

    /**
     * Whether {@code full} was introduced as someone's relative ("Ivanka Trump, the Republican presidential
     * nominee's eldest daughter") after the article, past its first line, already used the surname alone: then a
     * bare surname means that first person, as news copy calls a relative by first name. Read once per entity.
     */
    private boolean isRelativeOfSomeoneNamedFirst(Entity full, String lastWord) {
        if (full.role == null) {
            return false;
        }
        if (full.surnameTakenBefore == null) {
            full.surnameTakenBefore = isKin(full.role) && bareSurnames.usedAloneBefore(lastWord, full.firstSeen);
        }
        return full.surnameTakenBefore;
    }

    /**
     * The gender of an unnamed relative written as a possessive and a relation, with at most one word between
     * ("my father", "his late wife", "her younger brother"); UNKNOWN for anything else.
     */
    private Gender relationOf(SourceDescription d) {
        if (d.type() == SourceType.NAMED_PERSON || d.role() != null) {
            return Gender.UNKNOWN;
        }
        String[] words = WHITESPACE.split(d.name().strip().toLowerCase(Locale.ROOT));
        if (words.length < 2 || words.length > 3 || !POSSESSIVE_DETERMINERS.contains(words[0])
                || !analyzer.lexicon().kinshipWords.contains(words[words.length - 1])) {
            return Gender.UNKNOWN;
        }
        return Gender.ofRole(words[words.length - 1], analyzer.lexicon());
    }

    /** Whether a role names a family relation ("the nominee's eldest daughter", "his wife"). */
    private boolean isKin(String role) {
        if (role == null) {
            return false;
        }
        for (String w : NON_LETTERS.split(role.toLowerCase(Locale.ROOT))) {
            if (analyzer.lexicon().kinshipWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words that say who a person is: role, name and the titles the article gives the name anywhere; empty
     * for a group, or for a person whose role names someone else ("the daughter of candidate Hillary Clinton").
     */
    private Set<String> describedBy(Entity c) {
        if (c.descriptionWords == null) {
            if (c.type != SourceType.NAMED_PERSON || c.plural || c.role != null && namesSomeoneElse(c.role)) {
                c.descriptionWords = Set.of();
            } else {
                Set<String> words = contentWords((c.role == null ? "" : c.role) + " " + c.name + " "
                        + titled.rolesOf(fullNameOf(c.name)));
                words.addAll(c.describedAs);
                c.descriptionWords = Set.copyOf(words);
            }
        }
        return c.descriptionWords;
    }

    /**
     * "The Vermont senator" when the article never called anyone that, but among the people it has just named
     * exactly one holds the title the description ends in ("Sen. Bernie Sanders"), and that person is the last one
     * named: that person. Not when that person's office differs by a word the description does not say ("Vice
     * President Joe Biden" is no "the president"), nor when two people hold the title, nor the senator of another
     * state. When nobody holds it, see below. Null when it does not apply.
     */
    private Entity onlyPersonTitled(int at, String description) {
        String[] words = NON_LETTERS.split(description.toLowerCase(Locale.ROOT));
        String head = TITLE_ABBREVIATIONS.getOrDefault(words[words.length - 1], words[words.length - 1]);
        if (!analyzer.lexicon().isOfficialTitle(head)) {
            return null;
        }
        Set<String> said = contentWords(description);
        Set<String> place = analyzer.lexicon().usStateIn(said);
        Entity only = null;
        for (int i = mentionOrder.size() - 1; i >= Math.max(0, mentionOrder.size() - LOOK_BACK); i--) {
            Entity c = mentionOrder.get(i);
            if (c == only || c.lastSeen > at) {
                continue;
            }
            Set<String> titles = describedBy(c);
            Set<String> theirPlace = place == null ? null : analyzer.lexicon().usStateIn(titles);
            if (!titles.contains(head) || theirPlace != null && !theirPlace.equals(place)) {
                continue; // no such title, or the senator of another state
            }
            for (String modifier : OFFICE_MODIFIERS) {
                if (titles.contains(modifier) && !said.contains(modifier)) {
                    return null; // "Vice President Joe Biden" for "the president": another office
                }
            }
            if (only != null) {
                return null; // two senators: the description does not say which
            }
            only = c;
        }
        // The person must also be the last one named: a description with a word no title of theirs has ("the
        // Vermont senator" after "Republican Sen. John McCain") may mean someone the article named without it.
        Entity last = latest(at, c -> c.isPerson() && !c.plural);
        if (only == null && last != null && said.size() >= 2 && !description.contains("'")
                && !description.contains("’") && java.util.Collections.disjoint(said, OFFICE_MODIFIERS)) {
            // Nobody holds the title: the person the article is about, when that is also the last one named and
            // has no title at all, not even one an earlier description gave ("Bernie Sanders … Sanders said … the
            // Vermont senator acknowledged"). Not for a bare "the president", whom news copy need not introduce,
            // someone's staff ("the prime minister's spokesman") or a former office ("the former president").
            Entity main = mostMentionedPerson(at);
            return main == last && last.type == SourceType.NAMED_PERSON && !hasATitle(describedBy(last)) ? last : null;
        }
        return only != null && only == last ? only : null;
    }

    /** The person mentioned most often among the last {@link #LOOK_BACK} mentions, at least three times. */
    private Entity mostMentionedPerson(int before) {
        java.util.Map<Entity, Integer> counts = new java.util.HashMap<>();
        Entity best = null;
        for (int i = mentionOrder.size() - 1; i >= Math.max(0, mentionOrder.size() - LOOK_BACK); i--) {
            Entity e = mentionOrder.get(i);
            if (e.lastSeen > before || !e.isPerson() || e.plural) {
                continue;
            }
            int n = counts.merge(e, 1, Integer::sum);
            if (best == null || n > counts.get(best)) {
                best = e;
            }
        }
        return best != null && counts.get(best) >= 3 ? best : null;
    }

    private boolean hasATitle(Set<String> words) {
        for (String w : words) {
            if (analyzer.lexicon().isOfficialTitle(w)) {
                return true;
            }
        }
        return false;
    }

    private void touch(Entity e) {
        mentionOrder.add(e);
    }

    /**
     * Takes in, in reading order, the first person each sentence before {@code at} names in the narrative: a later
     * "she" may continue "Hillary Clinton is describing … as 'unhinged'" though Clinton is nobody's source there.
     * Only sentences without a source of their own: there the source is who the sentence is about ("Sandy
     * Phillips, who lost her daughter Jessica Ghawi, said …"), and a name it mentions is no antecedent for later.
     * Each sentence is looked at once, so linking stays linear in the article's length.
     */
    private void takeInNarrativeBefore(int at) {
        while (nextSentence < narrative.sentenceCount() && narrative.sentence(nextSentence).start() < at) {
            Span sentence = narrative.sentence(nextSentence);
            boolean linkedInside = at < sentence.end() || sentence.contains(lastLinkAt);
            NarrativeMentions.Mention m = linkedInside ? null
                    : narrative.firstPerson(nextSentence, knownLastName);
            if (m != null) {
                Entity e = entityOf(m);
                e.lastSeen = Math.max(e.lastSeen, m.span().start());
                touch(e);
            }
            nextSentence++;
        }
        lastLinkAt = at;
    }

    /**
     * The person the narrative names as the subject of the sentence a "he" or "she" at {@code at} stands in, before
     * it, when the gender fits: "Ms. Nwanguma was shocked by the reaction, she said" is Ms. Nwanguma. (Sentences
     * that hold a source are otherwise not read for antecedents; see {@link #takeInNarrativeBefore}.) Null when
     * the sentence names nobody there.
     */
    private Entity subjectBefore(int at, Gender gender) {
        int index = nextSentence - 1;
        if (index < 0 || !narrative.sentence(index).contains(at)) {
            return null;
        }
        NarrativeMentions.Mention m = narrative.firstPerson(index, knownLastName);
        if (m == null || m.span().end() > at) {
            return null;
        }
        Entity e = entityOf(m);
        return e.isPerson() && e.mayBeCalled(gender) ? e : null;
    }

    /** The person a source named by this last name: the latest full name, else the first short one. */
    private Entity personNamed(String lastWord) {
        Entity e = personByLastWord.get(lastWord);
        return e != null ? e : personByShortName.get(lastWord);
    }

    /** The entity a narrative mention names: a source's person when the name fits, else a person of its own. */
    private Entity entityOf(NarrativeMentions.Mention m) {
        String name = Chars.collapseSpaces(m.span().of(text));
        Gender said = Gender.ofName(name);
        Entity known = personNamed(m.last());
        if (known != null && known.mayBe(said) && (m.first() == null || isShortForm(known.name)
                || known.name.toLowerCase(Locale.ROOT).contains(m.first()))) {
            // "Mr. Waugh" in the narrative settles the gender; "Donald Trump" there gives the source "Trump" a guess
            known.learnGender(said, name, analyzer.lexicon());
            return known;
        }
        Entity narrated = narrativeByName.computeIfAbsent(normalise(name), n -> {
            Entity e = new Entity(name, SourceType.NAMED_PERSON, null, m.span().start());
            e.learnGender(said, name, analyzer.lexicon());
            return e;
        });
        if (m.first() != null) {
            narrativeByLastWord.put(m.last(), narrated);
        }
        return narrated;
    }

    /** The entity mentioned last, not after {@code before}, that {@code fits}. */
    private Entity latest(int before, Predicate<Entity> fits) {
        for (int i = mentionOrder.size() - 1; i >= Math.max(0, mentionOrder.size() - LOOK_BACK); i--) {
            Entity e = mentionOrder.get(i);
            if (e.lastSeen <= before && fits.test(e)) {
                return e;
            }
        }
        return null;
    }

    /**
     * "Sanders and Clinton", "Ted Cruz & Rand Paul", "Clinton and husband Bill": a phrase that joins a name to
     * another name. Not "Real estate mogul and reality television star Donald Trump" (a description joined to a
     * description), nor "Former Secretary of State and Democratic presidential frontrunner Hillary Clinton" (the
     * word before "and" is the object of "of").
     */
    private static boolean namesSeveral(String name) {
        String[] words = WHITESPACE.split(name.strip());
        for (int i = 1; i + 1 < words.length; i++) {
            if (!words[i].equals("and") && !words[i].equals("&")) {
                continue;
            }
            String before = words[i - 1];
            boolean nameBefore = Character.isUpperCase(before.charAt(0)) && (i < 2 || !words[i - 2].equals("of"));
            boolean nameAfter = false;
            for (int j = i + 1; j < words.length && !nameAfter; j++) {
                nameAfter = Character.isUpperCase(words[j].charAt(0));
            }
            if (nameBefore && nameAfter) {
                return true;
            }
        }
        return false;
    }

    /** "Smith", "Mr. Smith", "Dr. Jane Smith" is not: a single name word, optionally after an honorific. */
    private static boolean isShortForm(String name) {
        String[] words = WHITESPACE.split(name.replace(".", " ").trim());
        if (words.length == 1) {
            return true;
        }
        return words.length == 2 && SourceAnalyzer.isHonorific(words[0].toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a role names another person ("the daughter of … Democratic presidential candidate Hillary Clinton"):
     * what describes that person does not describe this one.
     */
    private boolean namesSomeoneElse(String role) {
        // A full name in the role is what Gender.ofFirstName looks for: a capitalised first name, then a capital.
        return Gender.ofFirstName(role, analyzer.lexicon()) != Gender.UNKNOWN;
    }

    /** "Marco Rubio" of "Sen. Marco Rubio" or "Marco Rubio": the name's last two words (a surname alone stays). */
    private static String fullNameOf(String name) {
        String[] words = WHITESPACE.split(name.strip());
        if (words.length < 2) {
            return lastWord(name);
        }
        String first = words[words.length - 2];
        // "Joseph R. Biden" is "joseph biden"; "Mr. Biden" is the surname alone.
        if (first.length() == 2 && first.endsWith(".") && words.length >= 3) {
            first = words[words.length - 3];
        }
        return SourceAnalyzer.isHonorific(first.replace(".", "").toLowerCase(Locale.ROOT)) ? lastWord(name)
                : first + " " + lastWord(name);
    }

    /** Whether a name holds a first name or an honorific anywhere ("Benghazi Widow Dorothy Woods"). */
    private boolean hasFirstNameOrHonorific(String name) {
        String[] words = WHITESPACE.split(name.strip());
        for (int i = 0; i < words.length; i++) {
            String w = words[i].replace(".", "").toLowerCase(Locale.ROOT);
            if (SourceAnalyzer.isHonorific(w) || i + 1 < words.length && analyzer.lexicon().isFirstName(w)) {
                return true;
            }
        }
        return false;
    }

    private static String lowerCaseWords(String phrase) {
        StringBuilder out = new StringBuilder();
        for (String w : WHITESPACE.split(phrase.strip())) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                out.append(w).append(' ');
            }
        }
        return out.toString();
    }

    private static boolean isDefinite(String name) {
        return name.startsWith("the ") || name.startsWith("The ");
    }

    /**
     * The words of a description or a role that say who someone is, lower-cased, with titles written out ("Sen."
     * is "senator"): "the Florida senator" → {florida, senator}; "Sen. of Florida" → {senator, florida}.
     */
    static Set<String> contentWords(String phrase) {
        Set<String> words = new java.util.HashSet<>();
        for (String w : NON_LETTERS.split(phrase.toLowerCase(Locale.ROOT))) {
            if (w.isEmpty() || DESCRIPTION_STOP_WORDS.contains(w)) {
                continue;
            }
            words.add(TITLE_ABBREVIATIONS.getOrDefault(w, w));
        }
        return words;
    }

    private static boolean isCapitalisedWord(String name) {
        return name.length() > 1 && name.chars().allMatch(Character::isUpperCase);
    }

    private static boolean endsWithPossessive(String name) {
        return name.endsWith("'s") || name.endsWith("’s");
    }

    private static String lastWord(String name) {
        String[] words = SPACES_AND_PERIODS.split(name.trim());
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        return endsWithPossessive(last) ? last.substring(0, last.length() - 2) : last;
    }

    private static String normalise(String name) {
        String n = name.toLowerCase(Locale.ROOT).trim();
        for (String det : new String[] {"the ", "a ", "an "}) {
            if (n.startsWith(det)) {
                return n.substring(det.length());
            }
        }
        return n;
    }
}
