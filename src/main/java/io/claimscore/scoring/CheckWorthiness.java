package io.claimscore.scoring;

import io.claimscore.lexicon.Lexicons;
import io.claimscore.lexicon.PhraseMatcher;
import io.claimscore.text.Chars;
import io.claimscore.text.Token;
import io.claimscore.text.Tokenizer;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a check-worthy assertion (a number, money, a percentage, a cause, an accusation, a superlative, a
 * prediction stated as fact) from background a reader can take on trust. Text features only; the cue words live
 * in {@code lexicons/scoring/*.txt}. Immutable; build once and share.
 *
 * <p>Time references (years, dates, ordinals, durations: "now in its 22nd month") are deliberately not a
 * quantity: they anchor background and appear in nearly every news sentence (docs/scoring.md, "Time references").
 */
public final class CheckWorthiness {

    /** Why a statement is check-worthy; {@code label} is phrased for an editor. */
    public enum Signal {
        QUANTITY("a number"),
        PERCENTAGE("a percentage"),
        MONEY("an amount of money"),
        CAUSAL("a cause-and-effect claim"),
        ACCUSATION("an accusation of wrongdoing"),
        SUPERLATIVE("a superlative or record"),
        PREDICTION("a prediction stated as fact"),
        /** The opening statement: in news writing the lede carries the story's main claim, so it needs a source. */
        LEDE("the article's lede, its main claim");

        private final String label;

        Signal(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The assessment of one claim.
     *
     * @param signals           what makes it check-worthy, in {@link Signal} order; empty for background
     * @param hasTimeReference  whether it contains numbers that were set aside as dates or durations
     */
    public record Assessment(Set<Signal> signals, boolean hasTimeReference) {

        public Assessment {
            signals = signals.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(signals));
        }

        /** The same assessment with one more signal. */
        public Assessment with(Signal signal) {
            EnumSet<Signal> more = signals.isEmpty() ? EnumSet.noneOf(Signal.class) : EnumSet.copyOf(signals);
            more.add(signal);
            return new Assessment(more, hasTimeReference);
        }

        public boolean checkWorthy() {
            return !signals.isEmpty();
        }

        /** "a number and an accusation of wrongdoing". */
        public String describe() {
            List<String> labels = signals.stream().sorted().map(Signal::label).toList();
            if (labels.size() <= 1) {
                return String.join("", labels);
            }
            return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
        }
    }

    // What a numeral found by Numerals ("$5", "1,200", "3.5%", "22nd"; never "F-16", "G7") is, by its digits.
    private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}[.:]\\d\\d");

    // The cue lists are matched as whole tokens with one phrase index per list: linear in the statement's
    // length, where one regex alternation per list would try every entry at every character.
    private final Tokenizer tokenizer = new Tokenizer();
    private final PhraseMatcher<Boolean> quantityWords = phrases("quantity-words");
    private final PhraseMatcher<Boolean> percentageWords = phrases("percentage-words");
    private final PhraseMatcher<Boolean> moneyWords = phrases("money-words");
    private final Set<String> timeUnits = Set.copyOf(Lexicons.lines("lexicons/scoring/time-units.txt"));
    private final PhraseMatcher<Boolean> causal = phrases("causal-cues");
    private final PhraseMatcher<Boolean> wrongdoing = phrases("wrongdoing-cues");
    private final PhraseMatcher<Boolean> superlatives = phrases("superlatives");
    private final PhraseMatcher<Boolean> predictions = phrases("prediction-cues");
    /**
     * Every first token of the lists above: a word that starts no phrase (nearly every word) is one look-up, not
     * seven. A HashSet, whose misses compare cached hash codes (Set.copyOf's probing calls equals).
     */
    private final Set<String> firstTokens = firstTokens(List.of(quantityWords, percentageWords, moneyWords, causal,
            wrongdoing, superlatives, predictions));

    public Assessment assess(String claim) {
        if (isQuestion(claim)) {
            return new Assessment(Set.of(), false); // "How well is the UN performing …?" asserts nothing
        }
        String text = claim.toLowerCase(Locale.ROOT).replace('’', '\'');
        List<Token> tokens = tokenizer.tokenize(text);
        String[] words = new String[tokens.size()];
        int[] starts = new int[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text(text);
            starts[i] = tokens.get(i).start();
        }
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        // The original's capitals tell a name before an age ("Jimmy Tompkins, 31,"); only where lower-casing
        // kept every offset.
        String cased = claim.length() == text.length() ? claim : null;
        boolean timeReference = numbers(text, cased, words, starts, signals);
        int[] phraseStarts = new int[words.length];
        int candidates = 0;
        for (int i = 0; i < words.length; i++) {
            if (firstTokens.contains(words[i])) {
                phraseStarts[candidates++] = i;
            }
        }
        phraseStarts = Arrays.copyOf(phraseStarts, candidates);
        addIf(signals, quantityWords, words, phraseStarts, Signal.QUANTITY);
        addIf(signals, percentageWords, words, phraseStarts, Signal.PERCENTAGE);
        addIf(signals, moneyWords, words, phraseStarts, Signal.MONEY);
        addIf(signals, causal, words, phraseStarts, Signal.CAUSAL);
        addIf(signals, wrongdoing, words, phraseStarts, Signal.ACCUSATION);
        addIf(signals, superlatives, words, phraseStarts, Signal.SUPERLATIVE);
        addIf(signals, predictions, words, phraseStarts, Signal.PREDICTION);
        return new Assessment(signals, timeReference);
    }

    /** Classifies each numeral; returns whether any was a time reference. */
    private boolean numbers(String text, String cased, String[] words, int[] starts, Set<Signal> signals) {
        boolean timeReference = false;
        for (Numerals.Numeral m = Numerals.next(text, 0); m != null; m = Numerals.next(text, m.end())) {
            String digits = m.digits(text);
            if (isAge(text, cased, m, digits)) {
                continue; // "Jimmy Tompkins, 31, tossed a football": who someone is, not a figure to check
            }
            if (m.currency()) {
                signals.add(Signal.MONEY);
            } else if (m.percent() || followedBy(percentageWords, words, starts, m.end())) {
                signals.add(Signal.PERCENTAGE);
            } else if (m.ordinal() || YEAR.matcher(digits).matches() || CLOCK.matcher(digits).matches()
                    || isTimeUnit(wordAfter(text, m.end())) || isTimeUnit(wordBefore(text, m.start()))) {
                timeReference = true; // "22nd month", "in 2022", "5 December", "at 10:30", "three days": background
            } else {
                signals.add(Signal.QUANTITY);
            }
        }
        return timeReference;
    }

    /** Whether the claim is a question: its last character other than a space or closing quote is "?". */
    private static boolean isQuestion(String claim) {
        int i = claim.length() - 1;
        while (i >= 0 && (Character.isWhitespace(claim.charAt(i)) || "\"'”’)".indexOf(claim.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && claim.charAt(i) == '?';
    }

    /** Ages a person is given: at most three digits, below this. */
    private static final int MAX_AGE = 120;

    /**
     * Whether a numeral is someone's age: "Jimmy Tompkins, 31, tossed …" and "Sarah and Timothy Rogers, 27 and 29
     * years old" (between commas, or before "and", right after a capitalised name), "a 43-year-old man", "aged 81".
     */
    private static boolean isAge(String text, String cased, Numerals.Numeral m, String digits) {
        if (m.currency() || m.percent() || m.ordinal() || digits.length() > 3 || !Chars.isDigits(digits)
                || Integer.parseInt(digits) >= MAX_AGE) {
            return false;
        }
        if (text.startsWith("-year-old", m.end()) || text.startsWith("-years-old", m.end())) {
            return true;
        }
        String before = wordBefore(text, m.start());
        if (before.equals("aged")) {
            return true;
        }
        if (cased == null || m.start() < 2 || !text.startsWith(", ", m.start() - 2)) {
            return false;
        }
        int nameEnd = m.start() - 2;
        String name = wordBefore(cased, nameEnd);
        boolean afterName = !name.isEmpty() && Character.isUpperCase(name.charAt(0));
        int after = m.end();
        boolean closes = after >= text.length() || text.charAt(after) == ',' || text.startsWith(" and ", after)
                || text.charAt(after) == ')';
        return afterName && closes;
    }

    private boolean isTimeUnit(String word) {
        return timeUnits.contains(word) || word.endsWith(".") && timeUnits.contains(word.substring(0, word.length() - 1));
    }

    /** Whether a phrase of the list starts at the first token at or after {@code from}. */
    private static boolean followedBy(PhraseMatcher<Boolean> list, String[] words, int[] starts, int from) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < words.length && list.matchAt(words, lo, words.length) != null;
    }

    /** The run of letters and dots right after {@code from} and its spaces; bounded, never a scan to the end. */
    private static String wordAfter(String text, int from) {
        int start = from;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '.')) {
            end++;
        }
        return text.substring(start, end);
    }

    private static String wordBefore(String text, int to) {
        int end = to;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        return text.substring(start, end);
    }

    /** Adds the signal when a phrase of the list starts at one of {@code phraseStarts} (the only places it can). */
    private static void addIf(Set<Signal> signals, PhraseMatcher<Boolean> list, String[] words, int[] phraseStarts,
                              Signal signal) {
        for (int i : phraseStarts) {
            if (list.matchAt(words, i, words.length) != null) {
                signals.add(signal);
                return;
            }
        }
    }

    private static Set<String> firstTokens(List<PhraseMatcher<Boolean>> lists) {
        Set<String> all = new HashSet<>();
        for (PhraseMatcher<Boolean> list : lists) {
            all.addAll(list.firstTokens());
        }
        return Collections.unmodifiableSet(all);
    }

    /** The file's entries as a whole-token phrase index. */
    private static PhraseMatcher<Boolean> phrases(String name) {
        return PhraseMatcher.of(Lexicons.lines("lexicons/scoring/" + name + ".txt"));
    }
}
