package io.claimscore.source;

import java.util.Locale;

/**
 * Gender agreement between a personal pronoun and the person it refers to: "Ms. Hughes … he said" cannot
 * link "he" to Ms. Hughes. Known from what the article says (an honorific, a gendered role such as
 * "spokeswoman", a pronoun already linked), else from a first name that US birth records give to one sex
 * nearly always ("Ted Cruz … she said" cannot link "she" to him; "Lindsey", "Bernie", "Kelly" say nothing).
 */
enum Gender {
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
        for (String word : NameForms.lowerCaseLetterRuns(role)) {
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
        String[] words = NameForms.words(name);
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
