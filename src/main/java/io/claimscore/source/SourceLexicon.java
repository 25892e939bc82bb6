package io.claimscore.source;

import io.claimscore.lexicon.Lexicons;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists that type a source phrase, loaded once from {@code lexicons/sources/*.txt}. All entries are
 * lower-cased; look-ups take lower-cased text.
 */
public final class SourceLexicon {

    /** What a pronoun can stand for. */
    public enum PronounKind { PERSON, GROUP, THING, SPEAKER, ADDRESSEE }

    final Set<String> mediaOutlets;
    final Set<String> mediaHeads;
    /** Last words of newspaper names: "Sentinel", "Herald" (see masthead-words.txt). */
    final Set<String> mastheadWords;
    final Set<String> documentHeads;
    final Set<String> anonymousHeads;
    final Set<String> officialTitles;
    /** The titles, and each abbreviation also without its period: one look-up, no string built per call. */
    private final Set<String> officialTitlesAndStems;
    /** Occupations written before a name that are no office: they split role from name, never type a phrase. */
    final Set<String> nameRoles;
    final Set<String> organizationHeads;
    final Set<String> stateActors;
    /** Organisations named without a head noun: "Twitter", "Gallup", "Hamas" (see named-organizations.txt). */
    final Set<String> namedOrganizations;
    final Map<String, PronounKind> pronouns;
    /** Role words that say a person's gender: "spokeswoman", "husband" (see gendered-roles.txt). */
    final Set<String> feminineRoles;
    final Set<String> masculineRoles;
    /** The US states, each as the set of its lower-cased words ("new", "hampshire"). */
    final List<Set<String>> usStates;
    /** The AP's abbreviations of the states, with and without their final period ("calif.", "calif"). */
    final Set<String> stateAbbreviations;
    /** Nouns for places ("capital", "hometown", see place-nouns.txt). */
    final Set<String> placeNouns;
    /** Words for family relations ("daughter", "husband"). */
    final Set<String> kinshipWords;
    /**
     * First names that US birth records give to one sex at least 95 % of the time (see first-names.txt): a prior
     * for pronoun agreement, weaker than anything the article says of the person.
     */
    final Set<String> feminineFirstNames;
    final Set<String> masculineFirstNames;

    public SourceLexicon() {
        mediaOutlets = lower("lexicons/sources/media-outlets.txt");
        mediaHeads = lower("lexicons/sources/media-heads.txt");
        mastheadWords = lower("lexicons/sources/masthead-words.txt");
        nameRoles = lower("lexicons/sources/name-roles.txt");
        documentHeads = lower("lexicons/sources/document-heads.txt");
        anonymousHeads = lower("lexicons/sources/anonymous-heads.txt");
        officialTitles = lower("lexicons/sources/official-titles.txt");
        Set<String> stems = new HashSet<>(officialTitles);
        for (String t : officialTitles) {
            if (t.endsWith(".")) {
                stems.add(t.substring(0, t.length() - 1)); // "sen" of "sen.": the tokenizer's word before "."
            }
        }
        officialTitlesAndStems = Set.copyOf(stems);
        organizationHeads = lower("lexicons/sources/organization-heads.txt");
        stateActors = lower("lexicons/sources/state-actors.txt");
        namedOrganizations = lower("lexicons/sources/named-organizations.txt");
        kinshipWords = lower("lexicons/sources/kinship-words.txt");
        Set<String> abbreviations = new HashSet<>();
        for (String a : lower("lexicons/sources/us-state-abbreviations.txt")) {
            abbreviations.add(a);
            abbreviations.add(a.endsWith(".") ? a.substring(0, a.length() - 1) : a);
        }
        stateAbbreviations = Set.copyOf(abbreviations);
        placeNouns = lower("lexicons/sources/place-nouns.txt");
        usStates = Lexicons.lines("lexicons/sources/us-states.txt").stream()
                .map(l -> Set.of(l.toLowerCase(Locale.ROOT).split(" "))).toList();
        Map<String, PronounKind> p = new HashMap<>();
        for (String line : Lexicons.lines("lexicons/sources/pronouns.txt")) {
            String[] parts = line.split("\\s+");
            p.put(parts[0].toLowerCase(Locale.ROOT), PronounKind.valueOf(parts[1]));
        }
        pronouns = Map.copyOf(p);
        List<Set<String>> roles = byGender("lexicons/sources/gendered-roles.txt");
        feminineRoles = roles.get(0);
        masculineRoles = roles.get(1);
        List<Set<String>> firstNames = byGender("lexicons/sources/first-names.txt");
        feminineFirstNames = firstNames.get(0);
        masculineFirstNames = firstNames.get(1);
    }

    /** A "word FEMININE|MASCULINE" list as its feminine and its masculine words, lower-cased. */
    private static List<Set<String>> byGender(String path) {
        Set<String> feminine = new HashSet<>();
        Set<String> masculine = new HashSet<>();
        for (String line : Lexicons.lines(path)) {
            String[] parts = line.split("\\s+");
            (parts[1].equals("FEMININE") ? feminine : masculine).add(parts[0].toLowerCase(Locale.ROOT));
        }
        return List.of(Set.copyOf(feminine), Set.copyOf(masculine));
    }

    private static Set<String> lower(String path) {
        List<String> lines = Lexicons.lines(path);
        Set<String> out = new HashSet<>(lines.size() * 2);
        for (String l : lines) {
            out.add(l.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /**
     * Whether a lower-cased word is a title of office ("senator", "president"), also when it is the abbreviation
     * without its period ("sen", the tokenizer's word before "."), as the list writes abbreviations with it.
     */
    public boolean isOfficialTitle(String lowerWord) {
        return officialTitlesAndStems.contains(lowerWord);
    }

    /**
     * Whether a lower-cased word is a first name of one sex (first-names.txt) and neither a title ("judge" was
     * left out of the list anyway) nor a seat of power ("Washington"): a prior for a person's gender.
     */
    boolean isFirstName(String lowerWord) {
        return (feminineFirstNames.contains(lowerWord) || masculineFirstNames.contains(lowerWord))
                && !isOfficialTitle(lowerWord) && !stateActors.contains(lowerWord)
                && !SourceAnalyzer.isHonorific(lowerWord);
    }

    /**
     * The US state a set of lower-cased words names, the one of most words when several fit ("west virginia",
     * not "virginia"); null when none does.
     */
    Set<String> usStateIn(Set<String> words) {
        Set<String> found = null;
        for (Set<String> state : usStates) {
            if (words.containsAll(state) && (found == null || state.size() > found.size())) {
                found = state;
            }
        }
        return found;
    }

    /** Whether a lower-cased word heads a phrase for unnamed people ("officials", "supporters"). */
    public boolean isAnonymousHead(String lowerWord) {
        return anonymousHeads.contains(lowerWord);
    }

    /**
     * Whether lower-cased words name a place on their own: a US state, in full or as the AP abbreviates it
     * ("calif", "n.h."), or a country or capital of state-actors.txt.
     */
    boolean isPlaceName(String lowerWords) {
        if (stateAbbreviations.contains(lowerWords) || stateActors.contains(lowerWords)) {
            return true;
        }
        Set<String> words = Set.copyOf(Arrays.asList(lowerWords.split(" "))); // "walla walla": Set.of would throw
        Set<String> state = usStateIn(words);
        return state != null && state.size() == words.size();
    }

    /** Whether a lower-cased word heads an organisation's noun phrase ("government", "campaign", "company"). */
    public boolean isOrganizationHead(String lowerWord) {
        return organizationHeads.contains(lowerWord);
    }

    public PronounKind pronoun(String lowerWord) {
        return pronouns.get(lowerWord);
    }
}
