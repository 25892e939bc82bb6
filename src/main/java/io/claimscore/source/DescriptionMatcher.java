package io.claimscore.source;

import io.claimscore.model.SourceType;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which person a definite description means ("the Florida senator", "the former secretary of state", "the
 * Republican presidential nominee"): someone the article described so, or titled so anywhere ("Sen. Marco Rubio
 * of Florida"), or, failing that, the one person just named with the title it ends in. What it learns (a
 * description linked becomes a title of that person) it writes on the entity. One per article, beside its
 * {@link SpeakerLinker}.
 */
final class DescriptionMatcher {

    /** Words that make a title another office: "vice president", "former governor", "deputy chief". */
    private static final Set<String> OFFICE_MODIFIERS = Set.of("vice", "deputy", "assistant", "former", "elect",
            "ex", "lieutenant", "associate", "acting", "co", "under");

    /** Words of a description that say nothing of whom it describes. */
    static final Set<String> STOP_WORDS = Set.of("the", "a", "an", "of", "for", "and", "s",
            "from", "in", "to");

    /**
     * Titles as news copy abbreviates them, written out so that "Sen." and "senator" are one word; party words in
     * one form ("GOP", "Republicans" → "republican").
     */
    private static final Map<String, String> TITLE_ABBREVIATIONS = Map.ofEntries(
            Map.entry("sen", "senator"), Map.entry("sens", "senator"),
            Map.entry("senators", "senator"), Map.entry("rep", "representative"),
            Map.entry("congressman", "representative"), Map.entry("congresswoman", "representative"),
            Map.entry("gov", "governor"), Map.entry("sec", "secretary"),
            Map.entry("pres", "president"), Map.entry("gen", "general"),
            Map.entry("adm", "admiral"), Map.entry("amb", "ambassador"),
            Map.entry("atty", "attorney"), Map.entry("lt", "lieutenant"),
            Map.entry("col", "colonel"), Map.entry("republicans", "republican"),
            Map.entry("democrats", "democrat"), Map.entry("democratic", "democrat"),
            Map.entry("gop", "republican"));

    private final SourceLexicon lexicon;
    /** Titles written before full names anywhere in the article ("Sen. Marco Rubio"). */
    private final TitledNames titled;
    private final MentionHistory history;

    DescriptionMatcher(SourceLexicon lexicon, TitledNames titled, MentionHistory history) {
        this.lexicon = lexicon;
        this.titled = titled;
        this.history = history;
    }

    /**
     * The person a definite description at {@code at} means, or null: "the Florida senator" after "Sen. Marco
     * Rubio of Florida", "the former secretary of state" after "former Secretary of State Hillary Clinton". The
     * description's words then describe that person too ("The Republican presidential nominee" is now a title of
     * his).
     */
    Entity personDescribed(int at, String description) {
        Set<String> described = contentWords(description);
        Entity match = described.isEmpty() ? null : history.latest(at, c -> describedBy(c).containsAll(described));
        if (match == null) {
            match = onlyPersonTitled(at, description);
        }
        if (match != null && match.describedAs.addAll(described)) {
            match.descriptionWords = null;
        }
        return match;
    }

    /**
     * The words that say who a person is: role, name and the titles the article gives the name anywhere; empty
     * for a group, or for a person whose role names someone else ("the daughter of candidate Hillary Clinton").
     */
    Set<String> describedBy(Entity c) {
        if (c.descriptionWords == null) {
            if (c.type != SourceType.NAMED_PERSON || c.plural || c.role != null && namesSomeoneElse(c.role)) {
                c.descriptionWords = Set.of();
            } else {
                Set<String> words = contentWords((c.role == null ? "" : c.role) + " " + c.name + " "
                        + titled.rolesOf(NameForms.fullNameOf(c.name)));
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
        String[] words = NameForms.lowerCaseLetterRuns(description);
        String head = TITLE_ABBREVIATIONS.getOrDefault(words[words.length - 1], words[words.length - 1]);
        if (!lexicon.isOfficialTitle(head)) {
            return null;
        }
        Set<String> said = contentWords(description);
        Set<String> place = lexicon.usStateIn(said);
        Entity only = null;
        List<Entity> recent = history.inReach();
        for (int i = recent.size() - 1; i >= 0; i--) {
            Entity c = recent.get(i);
            if (c == only || c.lastSeen > at) {
                continue;
            }
            Set<String> titles = describedBy(c);
            Set<String> theirPlace = place == null ? null : lexicon.usStateIn(titles);
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
        Entity last = history.latest(at, c -> c.isPerson() && !c.plural);
        if (only == null && last != null && said.size() >= 2 && !description.contains("'")
                && !description.contains("’") && Collections.disjoint(said, OFFICE_MODIFIERS)) {
            // Nobody holds the title: the person the article is about, when that is also the last one named and
            // has no title at all, not even one an earlier description gave ("Bernie Sanders … Sanders said … the
            // Vermont senator acknowledged"). Not for a bare "the president", whom news copy need not introduce,
            // someone's staff ("the prime minister's spokesman") or a former office ("the former president").
            Entity main = mostMentionedPerson(at);
            return main == last && last.type == SourceType.NAMED_PERSON && !hasATitle(describedBy(last)) ? last : null;
        }
        return only != null && only == last ? only : null;
    }

    /** The person mentioned most often among the mentions in reach, at least three times. */
    private Entity mostMentionedPerson(int before) {
        Map<Entity, Integer> counts = new HashMap<>();
        Entity best = null;
        List<Entity> recent = history.inReach();
        for (int i = recent.size() - 1; i >= 0; i--) {
            Entity e = recent.get(i);
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
            if (lexicon.isOfficialTitle(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a role names another person ("the daughter of … Democratic presidential candidate Hillary Clinton"):
     * what describes that person does not describe this one.
     */
    private boolean namesSomeoneElse(String role) {
        // A full name in the role is what Gender.ofFirstName looks for: a capitalised first name, then a capital.
        return Gender.ofFirstName(role, lexicon) != Gender.UNKNOWN;
    }

    /**
     * The words of a description or a role that say who someone is, lower-cased, with titles written out ("Sen."
     * is "senator"): "the Florida senator" → {florida, senator}; "Sen. of Florida" → {senator, florida}.
     */
    static Set<String> contentWords(String phrase) {
        Set<String> words = new HashSet<>();
        for (String w : NameForms.lowerCaseLetterRuns(phrase)) {
            if (w.isEmpty() || STOP_WORDS.contains(w)) {
                continue;
            }
            words.add(TITLE_ABBREVIATIONS.getOrDefault(w, w));
        }
        return words;
    }
}
