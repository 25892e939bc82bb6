package io.claimscore.scoring;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-written numeral finder against the regular expression it replaces, as the oracle. */
class NumeralsTest {

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}/-])([$€£₴₽¥]\\s?)?(\\d[\\d,.:]*\\d|\\d)(\\s?%)?(st|nd|rd|th)?(?![\\p{L}\\p{N}])");

    /** Every match as "start-end currency digits percent ordinal", from the expression. */
    private static List<String> expected(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + " " + (m.group(1) != null) + " " + m.group(2) + " "
                    + (m.group(3) != null) + " " + (m.group(4) != null));
        }
        return out;
    }

    private static List<String> actual(String text) {
        List<String> out = new ArrayList<>();
        for (Numerals.Numeral n = Numerals.next(text, 0); n != null; n = Numerals.next(text, n.end())) {
            out.add(n.start() + "-" + n.end() + " " + n.currency() + " " + n.digits(text) + " " + n.percent() + " "
                    + n.ordinal());
        }
        return out;
    }

    @Test
    void handWrittenCases() {
        for (String text : List.of("$5", "$ 5", "costs $5,000.", "1,200 troops", "3.5%", "3.5 %", "the 22nd month",
                "F-16", "Su-34", "G7", "Covid-19", "in 2022", "at 10:30,", "5,000abc", "1990s", "1/2", "12th.",
                "€1.5bn", "2.", "1,2,3", "4:", "$", "", "x 7% y", "7%s", "7 %th", "10th%", "٣ 3", "3٣")) {
            assertEquals(expected(text), actual(text), text);
        }
    }

    @Test
    void agreesWithTheExpressionOnRandomText() {
        // Digits, separators, currencies, spaces, the letters of the ordinal suffixes, other letters and numbers
        // (an Arabic-Indic digit, an accented letter, a letter outside the BMP), slash and hyphen.
        String[] alphabet = {"0", "1", "9", ",", ".", ":", "$", "€", "¥", " ", "\t", "%", "s", "t", "n", "d", "r",
                "h", "a", "é", "٣", "\uD835\uDC00", "/", "-", "x"};
        Random random = new Random(20261129L);
        for (int k = 0; k < 200_000; k++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(16); n > 0; n--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            assertEquals(expected(s), actual(s), () -> "text: [" + s + "]");
        }
    }
}
