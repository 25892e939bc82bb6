package io.claimscore.text;

import io.claimscore.lexicon.Lexicons;
import io.claimscore.model.Span;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits text into blocks and tells headline and page chrome from body.
 *
 * <p>Blocks are paragraphs separated by blank lines; a single newline inside a paragraph is not a break (scraped
 * pages wrap sentences: "warned on Tuesday this\nweek"). A line that is itself chrome ("By Admin", a dates-only
 * line) is its own block even without a blank line around it, unless it visibly continues or is continued by
 * its neighbour line (the line before ends in a comma or a word like "in" or "the", or the line after starts in
 * lowercase).
 *
 * <p>Chrome is recognised by the patterns of {@code lexicons/page-chrome.txt} (whole-line globs, bylines) and
 * by two built-in shapes: lines without any letter or digit ("___", "***") and dates-only lines. Only short
 * lines are tested, so a prose paragraph cannot be chrome by containing a phrase. The headline is the first
 * non-chrome block when it is title-like (short, no final sentence punctuation) or matches the request title.
 */
public final class LayoutAnalyzer {

    /** Compiled once: {@code String.split} with a pattern of more than one character compiles it per call. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern DATE_SEPARATORS = Pattern.compile("[\\s,|—–]+");

    /** Chrome lines are short; longer lines are prose however they begin. */
    private static final int MAX_CHROME_CHARS = 160;
    private static final int MAX_BYLINE_WORDS = 10;
    private static final int MAX_DATE_TOKENS = 12;
    /** "a.m." and "p.m." as a line's tokens read them (trailing periods stripped). */
    private static final Set<String> MERIDIEMS = Set.of("am", "pm", "a.m", "p.m");
    private static final int MAX_HEADLINE_CHARS = 200;
    private static final int MIN_TITLE_MATCH = 8;

    /** Whole-line globs, each pre-split at its {@code *} wildcards. */
    private final List<String[]> lineGlobs;
    /** Lower-case byline openers such as "by" or "posted by". */
    private final List<String> bylineTriggers;
    /** Lower-case words allowed in a byline name besides capitalised ones ("and", "van", "staff"). */
    private final Set<String> bylineConnectors;
    private final Set<String> dateWords;
    /** Lower-case words after which a line cannot end a phrase: a wrapped line goes on after them. */
    private final Set<String> continuationWords;
    /** Month and weekday names and their usual abbreviations, lower case. */
    private final Set<String> calendarNames;

    public LayoutAnalyzer() {
        List<String[]> globs = new ArrayList<>();
        List<String> triggers = new ArrayList<>();
        Set<String> dates = new HashSet<>();
        Set<String> connectors = new HashSet<>();
        Set<String> continuations = new HashSet<>();
        for (String entry : Lexicons.lines("lexicons/page-chrome.txt")) {
            int colon = entry.indexOf(':');
            String kind = entry.substring(0, colon).strip();
            String value = entry.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            switch (kind) {
                case "line" -> globs.add(value.split("\\*", -1));
                case "byline" -> triggers.add(value);
                case "date-word" -> dates.add(value);
                case "byline-word" -> connectors.add(value);
                case "continues-after" -> continuations.add(value);
                default -> throw new IllegalStateException("page-chrome.txt: unknown entry kind " + kind);
            }
        }
        this.lineGlobs = List.copyOf(globs);
        this.bylineTriggers = List.copyOf(triggers);
        this.dateWords = Set.copyOf(dates);
        this.bylineConnectors = Set.copyOf(connectors);
        this.continuationWords = Set.copyOf(continuations);
        Set<String> names = new HashSet<>();
        for (Month m : Month.values()) {
            names.add(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
            names.add(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).substring(0, 3).toLowerCase(Locale.ROOT));
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            names.add(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
            names.add(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).substring(0, 3).toLowerCase(Locale.ROOT));
        }
        names.addAll(List.of("sept", "tues", "thur", "thurs"));
        this.calendarNames = Set.copyOf(names);
    }

    public Layout analyze(String text, String title) {
        List<Span> lines = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i <= n) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            Span line = Chars.trim(text, i, lineEnd);
            if (line.isEmpty()) {
                flushParagraph(text, lines, blocks);
            } else {
                lines.add(line);
            }
            i = lineEnd + 1;
        }
        flushParagraph(text, lines, blocks);
        return new Layout(markHeadline(text, blocks, title));
    }

    /** Turns the lines of one paragraph into blocks: runs of prose lines, and chrome lines on their own. */
    private void flushParagraph(String text, List<Span> lines, List<Block> out) {
        int runStart = -1;
        int runEnd = -1;
        for (int j = 0; j < lines.size(); j++) {
            Span line = lines.get(j);
            boolean chrome = isChrome(text, line);
            if (chrome && lines.size() > 1) {
                boolean joinedBefore = j > 0 && endsMidPhrase(text, lines.get(j - 1));
                boolean joinedAfter = j + 1 < lines.size()
                        && Character.isLowerCase(text.charAt(lines.get(j + 1).start()));
                chrome = !joinedBefore && !joinedAfter;
            }
            if (chrome) {
                if (runStart >= 0) {
                    out.add(new Block(new Span(runStart, runEnd), BlockKind.BODY));
                    runStart = -1;
                }
                out.add(new Block(line, BlockKind.CHROME));
            } else {
                if (runStart < 0) {
                    runStart = line.start();
                }
                runEnd = line.end();
            }
        }
        if (runStart >= 0) {
            out.add(new Block(new Span(runStart, runEnd), BlockKind.BODY));
        }
        lines.clear();
    }

    private List<Block> markHeadline(String text, List<Block> blocks, String title) {
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            if (b.kind() == BlockKind.CHROME) {
                continue;
            }
            if (isTitleLike(text, b.span()) || matchesTitle(b.span().of(text), title)) {
                List<Block> copy = new ArrayList<>(blocks);
                copy.set(k, new Block(b.span(), BlockKind.HEADLINE));
                return copy;
            }
            break; // only the first non-chrome block can be the headline
        }
        return blocks;
    }

    /** Short, with a letter, and not ending in sentence punctuation (closing quotes and brackets skipped). */
    private static boolean isTitleLike(String text, Span span) {
        if (span.length() > MAX_HEADLINE_CHARS) {
            return false;
        }
        boolean letter = false;
        for (int k = span.start(); k < span.end() && !letter; k++) {
            letter = Character.isLetter(text.charAt(k));
        }
        int e = span.end();
        while (e > span.start() && "\"”’')]»".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return letter && e > span.start() && ".!?…".indexOf(text.charAt(e - 1)) < 0;
    }

    /** The block equals or contains the request title, or the title contains the block ("Headline | Site"). */
    private static boolean matchesTitle(String block, String title) {
        if (title == null || title.isBlank()) {
            return false;
        }
        String b = comparable(block);
        String t = comparable(title);
        return (t.length() >= MIN_TITLE_MATCH && b.contains(t)) || (b.length() >= MIN_TITLE_MATCH && t.contains(b));
    }

    /** Lower case, one kind of each quote, single spaces, no trailing punctuation. */
    private static String comparable(String s) {
        String collapsed = Chars.collapseSpaces(s);
        StringBuilder sb = new StringBuilder(collapsed.length());
        for (int k = 0; k < collapsed.length(); k++) {
            char c = collapsed.charAt(k);
            sb.append(switch (c) {
                case '“', '”', '„', '«', '»' -> '"';
                case '‘', '’' -> '\'';
                default -> Character.toLowerCase(c);
            });
        }
        int e = sb.length();
        while (e > 0 && ".!?:;,".indexOf(sb.charAt(e - 1)) >= 0) {
            e--;
        }
        return sb.substring(0, e);
    }

    /** Whether a trimmed line is page furniture. */
    boolean isChrome(String text, Span line) {
        if (line.length() > MAX_CHROME_CHARS) {
            return false;
        }
        String raw = line.of(text);
        if (!hasLetterOrDigitOutsideTags(raw)) {
            return true; // separators ("___", "***", "• • •") and markup alone ("<tweet id=\"78…\"><tweet/>.")
        }
        if (HANDLE_ONLY.matcher(raw).matches()) {
            return true; // a social-media handle alone on its line: "@Fred_945."
        }
        String norm = normalize(raw);
        for (String[] glob : lineGlobs) {
            if (globMatches(glob, norm)) {
                return true;
            }
        }
        return isByline(raw) || isDateOnly(norm);
    }

    private static final Pattern HANDLE_ONLY = Pattern.compile("[\\s(]*@\\w{1,30}[\\s).]*");

    /** Whether a letter or digit stands in the line outside angle-bracket tags ("<tweet id=\"1\">"). */
    private static boolean hasLetterOrDigitOutsideTags(String raw) {
        boolean inTag = false;
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c == '<' && k + 1 < raw.length() && (Character.isLetter(raw.charAt(k + 1)) || raw.charAt(k + 1) == '/')) {
                inTag = true;
            } else if (c == '>' && inTag) {
                inTag = false;
            } else if (!inTag && Character.isLetterOrDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, collapsed whitespace, no leading bullets or brackets, no trailing punctuation. */
    static String normalize(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        boolean space = false;
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (Chars.isSpace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (sb.length() == 0 && !(Character.isLetterOrDigit(c) || c == '©' || c == '@')) {
                continue; // leading bullets, brackets, dashes
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(Character.toLowerCase(c));
        }
        int e = sb.length();
        while (e > 0 && (".:…»›)]|-–—!,; ".indexOf(sb.charAt(e - 1)) >= 0)) {
            e--;
        }
        return sb.substring(0, e);
    }

    /** Anchored match of a glob split at its stars: first part a prefix, last a suffix, the rest in order. */
    static boolean globMatches(String[] parts, String s) {
        if (parts.length == 1) {
            return s.equals(parts[0]);
        }
        String first = parts[0];
        String last = parts[parts.length - 1];
        if (s.length() < first.length() + last.length() || !s.startsWith(first) || !s.endsWith(last)) {
            return false;
        }
        int from = first.length();
        int limit = s.length() - last.length();
        for (int k = 1; k < parts.length - 1; k++) {
            int at = s.indexOf(parts[k], from);
            if (at < 0 || at + parts[k].length() > limit) {
                return false;
            }
            from = at + parts[k].length();
        }
        return true;
    }

    /** "By Jane Doe | Reuters": a trigger, then 1 to 10 capitalised words or connectors, no ? or ! at the end. */
    private boolean isByline(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        for (String trigger : bylineTriggers) {
            if (!lower.startsWith(trigger) || raw.length() == trigger.length()
                    || !(Chars.isSpace(raw.charAt(trigger.length())) || trigger.endsWith(":"))) {
                continue;
            }
            char lastChar = raw.charAt(raw.length() - 1);
            if (lastChar == '?' || lastChar == '!') {
                return false;
            }
            String[] words = SPACES.split(raw.substring(trigger.length()).strip());
            if (words.length > MAX_BYLINE_WORDS) {
                return false;
            }
            int names = 0;
            for (String w : words) {
                String word = stripPunct(w);
                if (word.isEmpty()) {
                    continue;
                }
                char c = word.charAt(0);
                if (Character.isUpperCase(c) || c == '@') {
                    names++;
                } else if (!bylineConnectors.contains(word.toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
            return names > 0;
        }
        return false;
    }

    private static String stripPunct(String w) {
        int s = 0;
        int e = w.length();
        while (s < e && ",|·;:/()[]—–-.".indexOf(w.charAt(s)) >= 0) {
            s++;
        }
        while (e > s && ",|·;:/()[]—–-.".indexOf(w.charAt(e - 1)) >= 0) {
            e--;
        }
        return w.substring(s, e);
    }

    /**
     * A line of dates and times only: month and weekday names, numbers, times, numeric dates and filler words
     * ("Updated: Tuesday, December 12, 2023 at 10:30 am ET"), with at least one calendar anchor (a month or
     * weekday name, a four-digit year or a numeric date such as 12/12/2023), or a time with its "a.m." or "p.m."
     * (a live blog's "2:45 p.m.", "11 a.m.": a time stamp, no statement).
     */
    private boolean isDateOnly(String norm) {
        String[] tokens = DATE_SEPARATORS.split(norm);
        if (tokens.length > MAX_DATE_TOKENS) {
            return false;
        }
        boolean anchor = false;
        boolean numeral = false;
        boolean meridiem = false;
        for (String t : tokens) {
            String tok = stripPunct(t);
            if (tok.isEmpty()) {
                continue;
            }
            numeral |= Character.isDigit(tok.charAt(0)); // "2:45 p.m.", "2 p.m."
            meridiem |= MERIDIEMS.contains(tok) || Character.isDigit(tok.charAt(0))
                    && (tok.endsWith("am") || tok.endsWith("pm"));
            anchor |= numeral && meridiem;
            if (calendarNames.contains(tok)) {
                anchor = true;
            } else if (dateWords.contains(tok)) {
                continue;
            } else if (isOrdinal(tok)) {
                continue;
            } else {
                int kind = numericKind(tok);
                if (kind < 0) {
                    return false;
                }
                anchor |= kind == 1;
            }
        }
        return anchor;
    }

    /** "1st", "12th", "23rd", "2nd". */
    private static boolean isOrdinal(String tok) {
        int k = 0;
        while (k < tok.length() && Character.isDigit(tok.charAt(k))) {
            k++;
        }
        String suffix = tok.substring(k);
        return k > 0 && k <= 2 && (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd")
                || suffix.equals("th"));
    }

    /**
     * -1 if not numeric; 1 for a calendar anchor (a four-digit year, or digits with / or - between them);
     * 0 for other numbers and times ("12", "10:30", "10:30am").
     */
    private static int numericKind(String tok) {
        String t = tok.endsWith("am") || tok.endsWith("pm") ? tok.substring(0, tok.length() - 2) : tok;
        if (t.isEmpty() || !Character.isDigit(t.charAt(0))) {
            return -1;
        }
        int digits = 0;
        boolean dateSep = false;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (Character.isDigit(c)) {
                digits++;
            } else if (c == '/' || c == '-') {
                dateSep = true;
            } else if (c != ':' && c != '.') {
                return -1;
            }
        }
        boolean year = digits == 4 && t.length() == 4;
        return year || (dateSep && digits >= 3) ? 1 : 0;
    }

    /**
     * Whether a line visibly continues on the next one: it ends with a comma, a hyphen or a word that cannot end
     * a phrase ("began in\nDecember 2023."). A headline line ("Big News\nBy Jane Doe") does not.
     */
    private boolean endsMidPhrase(String text, Span line) {
        char last = text.charAt(line.end() - 1);
        if (last == ',' || last == '-' || last == '–' || last == '—') {
            return true;
        }
        int s = line.end();
        while (s > line.start() && Character.isLetter(text.charAt(s - 1)) && line.end() - s <= 12) {
            s--;
        }
        return s < line.end() && continuationWords.contains(text.substring(s, line.end()));
    }
}
