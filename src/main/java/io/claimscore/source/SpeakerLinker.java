package io.claimscore.source;

import io.claimscore.model.Source;
import io.claimscore.model.SourceType;
import io.claimscore.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        String role;
        int lastSeen;
        /** What the article has shown of the person's gender: an honorific, a gendered role, a pronoun linked. */
        Gender gender = Gender.UNKNOWN;

        Entity(String name, SourceType type, String role, int lastSeen) {
            this.name = name;
            this.type = type;
            this.role = role;
            this.lastSeen = lastSeen;
        }
    }

    /**
     * Gender agreement between a personal pronoun and the person it refers to: "Ms. Hughes … he said" cannot
     * link "he" to Ms. Hughes. Known only from what the article says (an honorific, a gendered role such as
     * "spokeswoman", a pronoun already linked), never guessed from a first name.
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
                        ? latest(at, gender, SourceType.NAMED_PERSON, SourceType.OFFICIAL)
                        : latest(at, Gender.UNKNOWN, SourceType.ORGANIZATION, SourceType.MEDIA, SourceType.DOCUMENT);
                if (e != null) {
                    if (e.gender == Gender.UNKNOWN) {
                        e.gender = gender;
                    }
                    e.lastSeen = at;
                    touch(e);
                    return new Linked(new Source(d.mention(), e.type, e.name, e.role), d.mention());
                }
            }
            case GROUP -> {
                Entity e = latest(at, Gender.UNKNOWN, SourceType.ANONYMOUS, SourceType.ORGANIZATION,
                        SourceType.OFFICIAL, SourceType.MEDIA);
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
        if (match.gender == Gender.UNKNOWN && d.type() == SourceType.NAMED_PERSON) {
            match.gender = Gender.ofName(d.name());
            if (match.gender == Gender.UNKNOWN && d.role() != null) {
                match.gender = Gender.ofRole(d.role(), analyzer.lexicon());
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

    private Entity latest(int before, Gender gender, SourceType... types) {
        for (int i = mentionOrder.size() - 1; i >= Math.max(0, mentionOrder.size() - LOOK_BACK); i--) {
            Entity e = mentionOrder.get(i);
            if (e.lastSeen <= before && gender.agreesWith(e.gender)) {
                for (SourceType t : types) {
                    if (e.type == t) {
                        return e;
                    }
                }
            }
        }
        return null;
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
