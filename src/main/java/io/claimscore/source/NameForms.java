package io.claimscore.source;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The forms a person's name takes in news copy, read from the name's words alone: a short form ("Smith", "Mr.
 * Smith"), a full one ("Julianne Smith"), several names joined ("Sanders and Clinton"), a possessive, a last name.
 * Pure functions of the string, shared by the linker's entities and its description matching.
 */
public final class NameForms {

    /** Compiled once: {@code String.split} with a pattern of more than one character compiles it per call. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SPACES_AND_PERIODS = Pattern.compile("[\\s.]+");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    private NameForms() {
    }

    /** The words of a phrase as written, split at white space. */
    static String[] words(String phrase) {
        return WHITESPACE.split(phrase.strip());
    }

    /** The lower-cased runs of letters of a phrase: "the nominee's daughter" → the, nominee, s, daughter. */
    static String[] lowerCaseLetterRuns(String phrase) {
        return NON_LETTERS.split(phrase.toLowerCase(Locale.ROOT));
    }

    /**
     * "Sanders and Clinton", "Ted Cruz & Rand Paul", "Clinton and husband Bill": a phrase that joins a name to
     * another name. Not "Real estate mogul and reality television star Donald Trump" (a description joined to a
     * description), nor "Former Secretary of State and Democratic presidential frontrunner Hillary Clinton" (the
     * word before "and" is the object of "of").
     */
    /** Pronouns for people that can stand first in a pair: "he and Brafman", "she and her husband". */
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "i", "we", "you", "they", "him", "her",
            "me", "us", "them");

    static boolean namesSeveral(String name) {
        String[] words = words(name);
        for (int i = 1; i + 1 < words.length; i++) {
            if (!words[i].equals("and") && !words[i].equals("&")) {
                continue;
            }
            String before = words[i - 1];
            boolean nameBefore = Character.isUpperCase(before.charAt(0)) && (i < 2 || !words[i - 2].equals("of"))
                    || PERSONAL_PRONOUNS.contains(before.toLowerCase(Locale.ROOT)); // "he and Brafman"
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
    static boolean isShortForm(String name) {
        String[] words = WHITESPACE.split(name.replace(".", " ").trim());
        if (words.length == 1) {
            return true;
        }
        return words.length == 2 && SourceAnalyzer.isHonorific(words[0].toLowerCase(Locale.ROOT));
    }

    /** "Marco Rubio" of "Sen. Marco Rubio" or "Marco Rubio": the name's last two words (a surname alone stays). */
    static String fullNameOf(String name) {
        String[] words = words(name);
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

    /** The words of a phrase that begin in lower case, each and a space: "an ICE spokeswoman" → "an spokeswoman ". */
    static String lowerCaseWords(String phrase) {
        StringBuilder out = new StringBuilder();
        for (String w : words(phrase)) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                out.append(w).append(' ');
            }
        }
        return out.toString();
    }

    /**
     * Whether a phrase's last word is a plural noun by its form: "ICE officials", "two senators", "Republican
     * leaders"; not "the senator", "the press", "the state's governor", "a spokesman".
     */
    public static boolean endsInAPlural(String phrase) {
        String[] words = words(phrase);
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        return last.equals("people") || last.length() > 3 && last.endsWith("s") && !last.endsWith("ss")
                && !last.endsWith("us") && !last.endsWith("is") && !endsWithPossessive(last);
    }

    /** A phrase with the definite article first: "the Florida senator". */
    static boolean isDefinite(String name) {
        return name.startsWith("the ") || name.startsWith("The ");
    }

    /** Capitals only, at least two: a transcript's "TAPPER", an acronym. */
    static boolean isAllCapitals(String name) {
        return name.length() > 1 && name.chars().allMatch(Character::isUpperCase);
    }

    /** "Mr. Trump's", with either apostrophe. */
    static boolean endsWithPossessive(String name) {
        return name.endsWith("'s") || name.endsWith("’s");
    }

    /** The last word, lower-cased, without periods or a possessive: "Mr. Trump's" → "trump". */
    static String lastWord(String name) {
        String[] words = SPACES_AND_PERIODS.split(name.trim());
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        return endsWithPossessive(last) ? last.substring(0, last.length() - 2) : last;
    }

    /** Lower-cased, without a leading article: the key under which a name is the same name. */
    static String normalise(String name) {
        String n = name.toLowerCase(Locale.ROOT).trim();
        for (String det : new String[] {"the ", "a ", "an "}) {
            if (n.startsWith(det)) {
                return n.substring(det.length());
            }
        }
        return n;
    }
}
