package io.claimscore.source;

import io.claimscore.model.Source;
import io.claimscore.model.SourceType;
import io.claimscore.model.Span;
import io.claimscore.text.Chars;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import static io.claimscore.source.NameForms.endsWithPossessive;
import static io.claimscore.source.NameForms.isAllCapitals;
import static io.claimscore.source.NameForms.isDefinite;
import static io.claimscore.source.NameForms.isShortForm;
import static io.claimscore.source.NameForms.lastWord;
import static io.claimscore.source.NameForms.lowerCaseWords;
import static io.claimscore.source.NameForms.normalise;

/**
 * Links the sources of one article to the entities they name, in reading order: a pronoun to the last fitting
 * person before it, a source or a subject the narrative named ("she said" → Julianne Smith), a short name to an
 * earlier full name ("Smith" → Julianne Smith, with her role), a relative pronoun to the phrase it follows ("a
 * Ukrainian military statement which indicated"), an "I" outside quotes to the article's author. One linker per
 * article: it holds that article's entities while it runs and nothing else.
 */
public final class SpeakerLinker {

    private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("my", "his", "her", "their", "our", "your");

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
    /** Entities in the order they were mentioned, for pronouns and descriptions. */
    private final MentionHistory history = new MentionHistory();
    /** Titles written before full names anywhere in the article, for descriptions and an interview's answers. */
    private final TitledNames titled;
    /** Which person a description ("the Florida senator") means. */
    private final DescriptionMatcher descriptions;
    /** The "Q:"/"A:" labels of an interview printed as a transcript. */
    private final InterviewTranscript interview;
    /** Where the body uses a surname alone, for relatives and names reported in full. */
    private final BareSurnames bareSurnames;
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
        this.descriptions = new DescriptionMatcher(analyzer.lexicon(), titled, history);
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
        return link(d, antecedent, speaker, false);
    }

    /**
     * As {@link #link(SourceDescription, Span, Source)}; {@code speakersOwnWords} says the pronoun stands in words
     * the speaker's label introduces ("FALLIN: I think he is trying …" in a transcript, "Sanders: I will win" in a
     * headline), which are the speaker's as a quote's are, quotation marks or not.
     */
    public Linked link(SourceDescription d, Span antecedent, Source speaker, boolean speakersOwnWords) {
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
                if (speaker != null && (narrative.isQuoted(at) || speakersOwnWords)) {
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
                    if (a.pronoun() == null && a.type() == SourceType.NAMED_PERSON
                            && d.name().equalsIgnoreCase("which")) {
                        // "Monsanto, which opposed the bill", "W. W. Norton, which declined to comment": a
                        // "which" names no person, whatever the capitals suggested, and the whole name is the
                        // institution's ("the U.S. Chamber of Commerce" was read as "U.S. Chamber" of Commerce)
                        a = new SourceDescription(a.mention(), Chars.collapseSpaces(a.mention().of(text)), null,
                                SourceType.ORGANIZATION, null);
                    }
                    if (a.pronoun() == null) {
                        Source resolved = remember(a, at);
                        return new Linked(new Source(d.mention(), resolved.type(), resolved.name(), resolved.role()),
                                a.mention());
                    }
                }
                Gender gender = Gender.ofPronoun(d.name().toLowerCase(Locale.ROOT));
                Entity e = gender == Gender.UNKNOWN ? null : subjectBefore(at, gender);
                // A relative or demonstrative "which" or "that" with no antecedent before it ("The trove released
                // on Thursday, which covered …", "That has convinced …") stands for a thing or an event, not for
                // the organisation last named.
                boolean relative = d.name().equalsIgnoreCase("which") || d.name().equalsIgnoreCase("that");
                if (e == null && !relative) {
                    e = d.pronoun() == SourceLexicon.PronounKind.PERSON
                        ? history.latest(at, c -> !c.headlineOnly && (gender == Gender.UNKNOWN ? c.isPerson() // "who"
                                : c.mayBeCalled(gender)))
                        : history.latest(at, c -> c.type == SourceType.ORGANIZATION || c.type == SourceType.MEDIA
                                || c.type == SourceType.DOCUMENT);
                }
                if (e == null && gender != Gender.UNKNOWN) {
                    e = laterSubjectBefore(at, gender);
                }
                if (e != null) {
                    if (gender != Gender.UNKNOWN) { // a linked "she" is evidence, as an honorific is
                        e.learnGender(gender, e.name, analyzer.lexicon());
                    }
                    e.lastSeen = at;
                    history.add(e);
                    return new Linked(new Source(d.mention(), e.type, e.name, e.role), d.mention());
                }
            }
            case GROUP -> {
                // An official in the singular ("the senator", "the state's Republican governor") is a "he" or
                // "she"; officials in the plural ("ICE officials") are a "they".
                Entity e = history.latest(at, c -> c.plural || c.type == SourceType.ANONYMOUS
                        || c.type == SourceType.ORGANIZATION || c.type == SourceType.MEDIA
                        || c.type == SourceType.OFFICIAL && NameForms.endsInAPlural(c.name));
                if (e != null) {
                    e.lastSeen = at;
                    history.add(e);
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
        String[] words = NameForms.words(name);
        if (DescriptionMatcher.STOP_WORDS.contains(words[0].toLowerCase(Locale.ROOT))) {
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
                Entity shown = history.latest(at, c -> c.isPerson() && !c.plural && c.gender == reflexive
                        && !isShortForm(c.name) && lastWord(c.name).equals(last));
                full = shown != null ? shown : full.gender == Gender.UNKNOWN ? full : null;
            }
            Gender said = reflexive != Gender.UNKNOWN ? reflexive : Gender.ofName(d.name());
            if (full != null && full.namedBefore != null) {
                full = full.namedBefore; // "Donald Trump … Eric Trump, son of the front-runner … Trump tweeted"
            } else if (full != null && isRelativeOfSomeoneNamedFirst(full, last)) {
                // "… Trump's policy … Ivanka Trump, the nominee's eldest daughter … Trump says": Donald
                full = null;
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
            match = descriptions.personDescribed(at, d.name());
        }
        if (match == null && d.type() == SourceType.ORGANIZATION && isAllCapitals(d.name())) {
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
        history.add(match);
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
        String[] words = NameForms.words(d.name().toLowerCase(Locale.ROOT));
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
        for (String w : NameForms.lowerCaseLetterRuns(role)) {
            if (analyzer.lexicon().kinshipWords.contains(w)) {
                return true;
            }
        }
        return false;
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
                history.add(e);
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

    /**
     * For a "he" or "she" nobody else fits: the last clause subject of its own sentence (before it) or of the
     * sentence before that the narrative named and whose gender the article showed to agree ("Ms. Hughes avoids
     * discussing the election with her mother, but their neighbor Benjamin Green, 83, knows just what Washington
     * needs. ''It'll take a junkyard dog …,'' he said" is Benjamin Green, a man by his first name). Only the
     * first subject of each sentence is otherwise an antecedent; tried as one for every pronoun, the later
     * subjects were wrong more often than right, so they are read only when the pronoun would stay unresolved.
     */
    private Entity laterSubjectBefore(int at, Gender gender) {
        for (int index = nextSentence - 1; index >= Math.max(0, nextSentence - 2); index--) {
            List<NarrativeMentions.Mention> subjects = narrative.clauseSubjects(index, knownLastName, 8);
            for (int k = subjects.size() - 1; k >= 0; k--) {
                NarrativeMentions.Mention m = subjects.get(k);
                if (m.span().end() > at) {
                    continue;
                }
                Entity e = entityOf(m);
                if (e.isPerson() && !e.plural && e.gender == gender) {
                    return e;
                }
            }
        }
        return null;
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

    /** Whether a name holds a first name or an honorific anywhere ("Benghazi Widow Dorothy Woods"). */
    private boolean hasFirstNameOrHonorific(String name) {
        String[] words = NameForms.words(name);
        for (int i = 0; i < words.length; i++) {
            String w = words[i].replace(".", "").toLowerCase(Locale.ROOT);
            if (SourceAnalyzer.isHonorific(w) || i + 1 < words.length && analyzer.lexicon().isFirstName(w)) {
                return true;
            }
        }
        return false;
    }
}
