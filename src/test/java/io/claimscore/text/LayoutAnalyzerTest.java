package io.claimscore.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LayoutAnalyzerTest {

    private final LayoutAnalyzer analyzer = new LayoutAnalyzer();

    private List<String> describe(String text, String title) {
        return analyzer.analyze(text, title).blocks().stream()
                .map(b -> b.kind() + ":" + b.span().of(text)).toList();
    }

    private BlockKind kindOfSecond(String line) {
        String text = "The story starts here, as stories do.\n\n" + line + "\n\nAnd it goes on.";
        return analyzer.analyze(text, null).blocks().get(1).kind();
    }

    @Test
    void blankLinesSeparateBlocksAndSingleNewlinesDoNot() {
        String text = "\n  First paragraph, one line.  \n\nSecond paragraph that was\nwrapped by a scraper.\n \t\n\nThird.\n";
        assertEquals(List.of("BODY:First paragraph, one line.", "BODY:Second paragraph that was\nwrapped by a scraper.",
                "BODY:Third."), describe(text, null));
    }

    @Test
    void headlineWhenShortWithoutFinalPunctuation() {
        assertEquals(List.of("HEADLINE:North Korea finds ‘role’ in Ukraine war", "BODY:Body text."),
                describe("North Korea finds ‘role’ in Ukraine war\n\nBody text.", null));
        assertEquals(List.of("BODY:A sentence, not a headline.", "BODY:Body text."),
                describe("A sentence, not a headline.\n\nBody text.", null));
    }

    @Test
    void headlineWhenItMatchesTheTitle() {
        assertEquals("HEADLINE:Trump wins Nevada caucuses.",
                describe("Trump wins Nevada caucuses.\n\nBody.", "Trump wins Nevada caucuses | Example News").get(0));
        assertEquals("HEADLINE:Trump wins Nevada caucuses.",
                describe("Trump wins Nevada caucuses.\n\nBody.", "trump wins nevada caucuses").get(0));
    }

    @Test
    void headlineAfterLeadingChrome() {
        assertEquals(List.of("CHROME:Skip to content", "HEADLINE:Big News Today", "BODY:It happened."),
                describe("Skip to content\n\nBig News Today\n\nIt happened.", null));
    }

    @Test
    void onlyTheFirstBlockCanBeTheHeadline() {
        assertEquals(List.of("BODY:It happened here.", "BODY:A Subheading", "BODY:More."),
                describe("It happened here.\n\nA Subheading\n\nMore.", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Spread the love", "By Admin", "By Jane Doe | Reuters",
            "By JANE DOE and JOHN ROE, Associated Press", "Share this:", "Related posts", "Leave a Comment",
            "Leave a Reply Cancel reply", "Read more", "Read more: Why the vote matters",
            "Subscribe to our newsletter", "Click here to read the full report.", "Advertisement",
            "Follow us on Twitter", "Follow Pam Key on Twitter @pamkeyNEN.", "© 2023 Example Media. All rights reserved.",
            "Copyright 2016 The Associated Press. All rights reserved.", "Posted in Politics, World",
            "Tags: Russia, Ukraine, NATO", "December 12, 2023", "Tuesday, Dec. 12, 2023 at 10:30 am ET",
            "Updated: 12/12/2023 10:30", "2:45 p.m.", "12:30 p.m. EDT", "10:05am", "11 a.m.",
            "Getty.", "Getty/Instagram.", "<tweet tweet-id=\"783492272595750912\"><tweet/>.", "@Fred_945.", "[HuffPost.]", "ABSTRACT.", "CORRECTION APPENDED.", "BYLINE: Amber Phillips.", "Photo: Reuters", "Scott Olson via Getty Images.", "(AP Photo/Evan Vucci)",
            "___.", "***", "(Reporting by David Bailey; Editing by Cynthia Osterman.)", "(h/t The Hill.)",
            "Do you support Donald Trump? Like the page:", "Also on HuffPost:", "Enter your email address:",
            "Contributing: Todd Spangler.", "Twitter: @Milbank.", "Carlos Barria / Reuters.",
            "John Moore/Getty Images.", "Handout/Reuters."})
    void chromeLines(String line) {
        assertEquals(BlockKind.CHROME, kindOfSecond(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"By Tuesday, the Senate had voted to approve the bill.",
            "By contrast, the House never voted.", "The odds were 50/50, according to Reuters.", "Related issues came up at the hearing, officials said.",
            "Read the full statement, he urged reporters on Tuesday.",
            "He said he would share this with the committee.", "Comments from the White House were sparse.",
            "Subscribers to the service complained about prices.", "On Tuesday, December 12, the Senate voted.",
            "In 2016, turnout was low.", "Photos of the rally spread quickly on social media.",
            "Follow the money, the senator said.", "Advertisements for the candidate ran all week.",
            "The Associated Press contributed to this report.", "Tags on the luggage were missing.",
            "At 2:45 p.m. the polls closed.", "3:16", "10 p.m. is too late, she said.", "Abstract art sold well.", "@Fred_945 said no.", "<b>Voters</b> said no.",
            "Correction appended to the bill was rejected, she said."})
    void proseIsNeverChrome(String line) {
        assertEquals(BlockKind.BODY, kindOfSecond(line), line);
    }

    @Test
    void chromeLineInsideAParagraphIsItsOwnBlock() {
        String text = "Big News\nBy Jane Doe\nDecember 12, 2023\nThe vote passed.\nIt was close.\nShare this:";
        assertEquals(List.of("HEADLINE:Big News", "CHROME:By Jane Doe", "CHROME:December 12, 2023",
                "BODY:The vote passed.\nIt was close.", "CHROME:Share this:"), describe(text, null));
    }

    @Test
    void wrappedLineThatLooksLikeChromeStaysInItsSentence() {
        String text = "The war began in\nDecember 2023.\n\nThe vote passed on\nTuesday, December 12, 2023 at noon.";
        assertEquals(List.of("BODY:The war began in\nDecember 2023.",
                "BODY:The vote passed on\nTuesday, December 12, 2023 at noon."), describe(text, null));
        String before = "Share this\nstory with friends, the campaign urged.";
        assertEquals(List.of("BODY:" + before), describe(before, null));
    }

    @Test
    void blockSpansAreTrimmedAndOrdered() {
        String text = "\uFEFF  Head line  \n\n\u00A0Body one.\u00A0\n\n\n\nBody two.  ";
        Layout layout = analyzer.analyze(text, null);
        assertEquals(List.of("HEADLINE:Head line", "BODY:Body one.", "BODY:Body two."), describe(text, null));
        assertEquals(2, layout.body().size());
    }

    @Test
    void emptyAndBlankText() {
        assertEquals(List.of(), analyzer.analyze("", null).blocks());
        assertEquals(List.of(), analyzer.analyze(" \n\n \t\n", "Title").blocks());
    }

    @Test
    void globMatching() {
        assertEquals(true, LayoutAnalyzer.globMatches("follow * on twitter*".split("\\*", -1),
                "follow pam key on twitter @pamkeynen"));
        assertEquals(false, LayoutAnalyzer.globMatches("follow * on twitter*".split("\\*", -1), "follow the money"));
        assertEquals(true, LayoutAnalyzer.globMatches("a*a".split("\\*", -1), "aa"));
        assertEquals(false, LayoutAnalyzer.globMatches("ab*ba".split("\\*", -1), "aba"));
        assertEquals("tags: russia, ukraine", LayoutAnalyzer.normalize("  • Tags:  Russia,\u00A0Ukraine. "));
    }
}
