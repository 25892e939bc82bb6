package io.claimscore.source;

import io.claimscore.text.Chars;

/**
 * Where an article's body uses a surname on its own ("Trump's plan", "Lazar stored …"), not as the last word of a
 * longer name ("Sean Smith", "Ivanka Trump"). News copy introduces a person in full and then calls them by
 * surname, and calls a relative who shares it by first name: a surname already used alone before someone of that
 * name is introduced in full belongs to someone else. The first line (a headline) is not read: a headline's bare
 * "Graham:" is the full name the body gives later.
 */
final class BareSurnames {

    /** How far back (in characters) a surname is looked for: an article of many names costs each a bounded scan. */
    private static final int LOOK_BACK = 20_000;

    private final String text;
    /** Where the body starts: after the first line break (-1 when there is none, and so no body). */
    private final int bodyStart;

    BareSurnames(String text) {
        this.text = text;
        this.bodyStart = text.indexOf('\n');
    }

    /**
     * Whether the capitalised form of {@code lastWord} ("trump" → "Trump") stands alone, as a whole word after no
     * capitalised word, past the first line and before {@code end} (at most {@link #LOOK_BACK} characters back).
     */
    boolean usedAloneBefore(String lastWord, int end) {
        if (bodyStart < 0 || lastWord.isEmpty()) {
            return false;
        }
        String surname = Character.toUpperCase(lastWord.charAt(0)) + lastWord.substring(1);
        int from = Math.max(bodyStart, end - LOOK_BACK);
        for (int at = text.indexOf(surname, from); at >= 0 && at < end; at = text.indexOf(surname, at + 1)) {
            if (Chars.isWholeWord(text, at, at + surname.length()) && !afterACapitalisedWord(at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word at {@code at} follows a capitalised word and a space: part of a longer name. */
    private boolean afterACapitalisedWord(int at) {
        int i = at - 1;
        if (i < 1 || text.charAt(i) != ' ') {
            return false;
        }
        int start = i;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        return start < i && Character.isUpperCase(text.charAt(start));
    }
}
