package io.claimscore.source;

import io.claimscore.model.SourceType;
import io.claimscore.model.Span;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The titles an article writes before people's full names anywhere in its text, sources or not: "… tied for second
 * place with Florida Sen. Marco Rubio" tells a reader that "the Florida senator" is Rubio. Read once, on first
 * use, in one pass: each full name (a first name and a capitalised surname) looks back at most
 * {@value #MAX_WORDS} words for title words, and the {@link SourceAnalyzer} splits the phrase into role and name.
 */
final class TitledNames {

    private static final int MAX_WORDS = 6;
    private static final int MAX_ROLES = 8;
    /** Lower-case words that belong to a title before a name: "former Secretary of State", "presidential candidate". */
    private static final Set<String> TITLE_WORDS = Set.of("former", "presidential", "vice", "then", "of", "state",
            "retired", "late", "longtime", "candidate", "nominee", "hopeful", "front-runner", "frontrunner", "rival",
            "challenger", "the", "secretary", "senator", "governor", "president", "leader", "chairman", "chairwoman",
            "majority", "minority", "speaker", "attorney", "general", "mayor");

    private final String text;
    private final SourceAnalyzer analyzer;
    /** Distinct titles by full name, lower case: "marco rubio" → {"Florida Sen."}; at most {@value #MAX_ROLES}. */
    private Map<String, Set<String>> rolesByName;
    /** Full name by surname, or "" when two people share the surname ("George W. Bush", "Jeb Bush"). */
    private final Map<String, String> nameBySurname = new HashMap<>();
    /** The first full name the article writes, as written ("Joe Biden" of "Q&A with Vice President Joe Biden"). */
    private String firstFullName;

    TitledNames(String text, SourceAnalyzer analyzer) {
        this.text = text;
        this.analyzer = analyzer;
    }

    /**
     * The titles written before this person's full name, joined; "" when none. A surname alone ("Rubio") stands
     * for the one full name the article gives with it, and for nobody when it gives two.
     */
    String rolesOf(String name) {
        if (rolesByName == null) {
            rolesByName = scan();
        }
        String key = name.toLowerCase(Locale.ROOT);
        if (key.indexOf(' ') < 0) {
            key = nameBySurname.getOrDefault(key, "");
        }
        return String.join(" ", rolesByName.getOrDefault(key, Set.of()));
    }

    /** The first full name of the article (its headline's or lead's subject, in an interview), or null. */
    String firstFullName() {
        if (rolesByName == null) {
            rolesByName = scan();
        }
        return firstFullName;
    }

    private Map<String, Set<String>> scan() {
        Map<String, Set<String>> roles = new HashMap<>();
        SourceLexicon lexicon = analyzer.lexicon();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = wordEnd(i);
            if (Character.isUpperCase(text.charAt(i))
                    && lexicon.isFirstName(text.substring(i, end).toLowerCase(Locale.ROOT))) {
                int surnameStart = nextWord(end);
                if (surnameStart > 0 && Character.isUpperCase(text.charAt(surnameStart))) {
                    int surnameEnd = wordEnd(surnameStart);
                    String surname = text.substring(surnameStart, surnameEnd).toLowerCase(Locale.ROOT);
                    String fullName = text.substring(i, end).toLowerCase(Locale.ROOT) + " " + surname;
                    if (firstFullName == null) {
                        firstFullName = text.substring(i, end) + " " + text.substring(surnameStart, surnameEnd);
                    }
                    nameBySurname.merge(surname, fullName, (a, b) -> a.equals(b) ? a : "");
                    int from = titleStart(i);
                    if (from < i) {
                        SourceDescription d = analyzer.describe(text, new Span(from, surnameEnd));
                        if (d.type() == SourceType.NAMED_PERSON && d.role() != null
                                && d.name().toLowerCase(Locale.ROOT).endsWith(surname)) {
                            Set<String> known = roles.computeIfAbsent(fullName, k -> new LinkedHashSet<>());
                            if (known.size() < MAX_ROLES) {
                                known.add(d.role()); // a name titled a thousand times is read as a few titles
                            }
                        }
                    }
                    end = surnameEnd;
                }
            }
            i = end;
        }
        return roles;
    }

    /** Where the title words right before the name at {@code nameStart} begin ({@code nameStart} if none). */
    private int titleStart(int nameStart) {
        int start = nameStart;
        int k = nameStart;
        for (int words = 0; words < MAX_WORDS; words++) {
            int j = k;
            while (j > 0 && text.charAt(j - 1) == ' ') {
                j--;
            }
            if (j == k || j == 0) {
                break; // no space before: the start of a line or of a glued token
            }
            boolean period = text.charAt(j - 1) == '.';
            int wordEnd = period ? j - 1 : j;
            int wordStart = wordEnd;
            while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '-')) {
                wordStart--;
            }
            if (wordStart == wordEnd) {
                break;
            }
            String w = text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT);
            boolean title = analyzer.lexicon().isOfficialTitle(w) || analyzer.lexicon().nameRoles.contains(w);
            if (period && !title) {
                break; // a sentence's end, not an abbreviated title
            }
            if (!Character.isUpperCase(text.charAt(wordStart)) && !TITLE_WORDS.contains(w) && !title) {
                break;
            }
            start = wordStart;
            k = wordStart;
        }
        return start;
    }

    private int wordEnd(int from) {
        int i = from;
        while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' )) {
            i++;
        }
        return i;
    }

    /** The start of the next word after one space (a middle initial "R." is skipped), or -1. */
    private int nextWord(int end) {
        int i = end;
        if (i + 1 >= text.length() || text.charAt(i) != ' ') {
            return -1;
        }
        i++;
        if (i + 2 < text.length() && Character.isUpperCase(text.charAt(i)) && text.charAt(i + 1) == '.'
                && text.charAt(i + 2) == ' ') {
            i += 3;
        }
        return i < text.length() && Character.isLetter(text.charAt(i)) ? i : -1;
    }
}
