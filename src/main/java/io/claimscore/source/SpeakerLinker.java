package io.claimscore.source;

import io.claimscore.model.Source;
import io.claimscore.model.SourceType;
import io.claimscore.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Links the sources of one article to the entities they name, in reading order: a pronoun to the last fitting
 * source before it ("she said" → Julianne Smith), a short name to an earlier full name ("Smith" → Julianne
 * Smith, with her role), a relative pronoun to the phrase it follows ("a Ukrainian military statement which
 * indicated"). One linker per article: it holds that article's entities while it runs and nothing else.
 */
public final class SpeakerLinker {

    /** Compiled once: {@code String.split} with a pattern of more than one character compiles it per call. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SPACES_AND_PERIODS = Pattern.compile("[\\s.]+");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    /** An entity of the article: canonical name, type and role (the first role the article gives it). */
    private static final class Entity {
        final String name;
        final SourceType type;
        /** Several people named together ("Sanders and Clinton"): a "they", never a "he" or "she". */
        final boolean plural;
        String role;
        int lastSeen;
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
        }

        boolean isPerson() {
            return type == SourceType.NAMED_PERSON || type == SourceType.OFFICIAL;
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
                if (lexicon.isOfficialTitle(word) || SourceAnalyzer.isHonorific(word)) {
                    continue;
                }
                if (lexicon.feminineFirstNames.contains(word)) {
                    return FEMININE;
                }
                if (lexicon.masculineFirstNames.contains(word)) {
                    return MASCULINE;
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
    /** Every entity by type and normalised name: exact repeats resolve in constant time. */
    private final java.util.Map<String, Entity> byName = new java.util.HashMap<>();
    /** Named people by their last name word, latest first: "Smith" finds "Julianne Smith". */
    private final java.util.Map<String, Entity> personByLastWord = new java.util.HashMap<>();
    /**
     * Entities in the order they were last mentioned (an entity appears again each time it is mentioned).
     * Pronouns look back at most {@link #LOOK_BACK} mentions: a pronoun refers to someone just mentioned, and the
     * bound keeps linking linear in the article's length.
     */
    private final List<Entity> mentionOrder = new ArrayList<>();
    private static final int LOOK_BACK = 64;

    public SpeakerLinker(String text, SourceAnalyzer analyzer) {
        this.text = text;
        this.analyzer = analyzer;
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
        if (d.pronoun() == null) {
            return new Linked(remember(d, at), d.mention());
        }
        switch (d.pronoun()) {
            case SPEAKER -> {
                if (speaker != null) {
                    return new Linked(new Source(d.mention(), speaker.type(), speaker.name(), speaker.role()),
                            d.mention());
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
                Entity e = d.pronoun() == SourceLexicon.PronounKind.PERSON
                        ? latest(at, c -> gender == Gender.UNKNOWN ? c.isPerson() // "who": one or several
                                : c.isPerson() && !c.plural && gender.agreesWith(c.gender))
                        : latest(at, c -> c.type == SourceType.ORGANIZATION || c.type == SourceType.MEDIA
                                || c.type == SourceType.DOCUMENT);
                if (e != null) {
                    if (gender != Gender.UNKNOWN) { // agrees with e.gender: it was unknown or the same
                        e.gender = gender;
                        e.genderFromFirstName = false;
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
        // with nothing to point at ("It also appears that …") is no source at all.
        SourceType unresolved = d.pronoun() == SourceLexicon.PronounKind.THING ? SourceType.VAGUE : SourceType.ANONYMOUS;
        return new Linked(new Source(d.mention(), unresolved, d.name(), null), d.mention());
    }

    /** Finds or creates the entity a non-pronoun source names, and returns the source as the entity knows it. */
    private Source remember(SourceDescription d, int at) {
        Entity match = byName.get(d.type() + "|" + normalise(d.name()));
        if (match == null && d.type() == SourceType.NAMED_PERSON && isShortForm(d.name())) {
            match = personByLastWord.get(lastWord(d.name()));
        }
        if (match == null) {
            match = new Entity(d.name(), d.type(), d.role(), at);
            byName.put(d.type() + "|" + normalise(d.name()), match);
        } else {
            match.lastSeen = at;
            if (match.role == null) {
                match.role = d.role();
            }
        }
        if (match.isPerson() && !match.plural && (match.gender == Gender.UNKNOWN || match.genderFromFirstName)) {
            Gender said = Gender.ofName(d.name());
            if (said == Gender.UNKNOWN && d.role() != null) {
                said = Gender.ofRole(d.role(), analyzer.lexicon());
            }
            if (said != Gender.UNKNOWN) {
                match.gender = said;
                match.genderFromFirstName = false;
            } else if (match.gender == Gender.UNKNOWN) {
                match.gender = Gender.ofFirstName(d.name(), analyzer.lexicon());
                match.genderFromFirstName = match.gender != Gender.UNKNOWN;
            }
        }
        if (match.type == SourceType.NAMED_PERSON && !isShortForm(match.name)) {
            personByLastWord.put(lastWord(match.name), match);
        }
        touch(match);
        return new Source(d.mention(), match.type, match.name, match.role);
    }

    private void touch(Entity e) {
        mentionOrder.add(e);
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

    private static String lastWord(String name) {
        String[] words = SPACES_AND_PERIODS.split(name.trim());
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        return last.endsWith("’s") || last.endsWith("'s") ? last.substring(0, last.length() - 2) : last;
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
