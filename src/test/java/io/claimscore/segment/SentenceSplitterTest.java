package io.claimscore.segment;

import io.claimscore.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text, new Span(0, text.length())).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void splitsOnTerminatorsFollowedByCapitals() {
        assertEquals(List.of("It rained.", "Was it cold?", "Yes!", "We stayed in."),
                split("It rained. Was it cold? Yes! We stayed in."));
    }

    @Test
    void runsOfTerminatorsAndEllipses() {
        assertEquals(List.of("Really?!", "He left..."), split("Really?! He left..."));
        assertEquals(List.of("Wait …", "The rest came later."), split("Wait … The rest came later."));
        assertEquals(List.of("He paused... and then went on."), split("He paused... and then went on."));
        assertEquals(List.of("We waited …", "Nothing."), split("We waited … Nothing."));
    }

    @Test
    void lowercaseAfterPeriodIsNoBoundary() {
        assertEquals(List.of("Apples, pears, etc. and more fruit."), split("Apples, pears, etc. and more fruit."));
    }

    @Test
    void titlesNeverEndASentence() {
        assertEquals(List.of("Mr. Smith met Sen. Ted Cruz (R-Texas) and Gov. Jerry Brown.", "Dr. Jones did not."),
                split("Mr. Smith met Sen. Ted Cruz (R-Texas) and Gov. Jerry Brown. Dr. Jones did not."));
        assertEquals(List.of("Mrs. Clinton and Ms. White spoke to Lt. Col. Rob Smith and Rep. John Lewis."),
                split("Mrs. Clinton and Ms. White spoke to Lt. Col. Rob Smith and Rep. John Lewis."));
        // Right after a markup tag left in plain text (an embedded tweet), a title is still a title.
        assertEquals(List.of("<tweet author=\"x\">Mr. Khan, who does not know me, attacked me.</tweet>"),
                split("<tweet author=\"x\">Mr. Khan, who does not know me, attacked me.</tweet>"));
    }

    @Test
    void monthsBeforeNumbersAndNames() {
        assertEquals(List.of("The attacks of Sept. 11 changed everything.", "It was Jan. 5, 2016."),
                split("The attacks of Sept. 11 changed everything. It was Jan. 5, 2016."));
    }

    @Test
    void numberAbbreviationOnlyBeforeDigits() {
        assertEquals(List.of("He was ranked No. 1 in the poll."), split("He was ranked No. 1 in the poll."));
        assertEquals(List.of("She said No.", "Then she left."), split("She said No. Then she left."));
    }

    @Test
    void dottedAcronymsEndASentenceOnlyBeforeASentenceOpener() {
        assertEquals(List.of("The U.S. Senate voted.", "The U.N. did not."),
                split("The U.S. Senate voted. The U.N. did not."));
        assertEquals(List.of("He moved to the U.S.", "The move was hard."),
                split("He moved to the U.S. The move was hard."));
        assertEquals(List.of("It starts at 9 a.m. Eastern time."), split("It starts at 9 a.m. Eastern time."));
    }

    @Test
    void companyAbbreviations() {
        assertEquals(List.of("She works for Acme Inc. in Ohio."), split("She works for Acme Inc. in Ohio."));
        assertEquals(List.of("She works for Acme Inc.", "The firm is big."),
                split("She works for Acme Inc. The firm is big."));
    }

    @Test
    void initials() {
        assertEquals(List.of("John F. Kennedy and J.K. Rowling and George H.W. Bush met."),
                split("John F. Kennedy and J.K. Rowling and George H.W. Bush met."));
        assertEquals(List.of("They fought in World War I.", "The war ended."),
                split("They fought in World War I. The war ended."));
    }

    @Test
    void decimalsAndMoney() {
        assertEquals(List.of("Growth was 3.5 percent, or $1.2 billion.", "It was 4.0 before."),
                split("Growth was 3.5 percent, or $1.2 billion. It was 4.0 before."));
    }

    @Test
    void closingQuotesAndBracketsStayWithTheSentence() {
        assertEquals(List.of("“We will win tonight.”", "He said it twice."),
                split("“We will win tonight.” He said it twice."));
        assertEquals(List.of("He left (for good.)", "She stayed."), split("He left (for good.) She stayed."));
        assertEquals(List.of("\"Stop!\"", "\"Why?\" she asked."), split("\"Stop!\" \"Why?\" she asked."));
    }

    @Test
    void quoteEndingWithQuestionThenLowercaseStaysOneSentence() {
        assertEquals(List.of("“Why now?” he asked, and left."), split("“Why now?” he asked, and left."));
    }

    @Test
    void missingSpaceAfterPeriodInProse() {
        assertEquals(List.of("“We will monitor shipments to Russia.", "And we are concerned,” Smith said."),
                split("“We will monitor shipments to Russia.And we are concerned,” Smith said."));
    }

    @Test
    void gluedPeriodsInNamesAndUrlsAreNotBoundaries() {
        assertEquals(List.of("See www.Example.Com and ASP.NET today."), split("See www.Example.Com and ASP.NET today."));
    }

    @Test
    void singleNewlineInsideABlockIsNotABoundary() {
        assertEquals(List.of("Washington warned on Tuesday this\nweek, reflecting the change."),
                split("Washington warned on Tuesday this\nweek, reflecting the change."));
        assertEquals(List.of("Allies imposed sanctions.", "Russia responded."),
                split("Allies imposed sanctions.\nRussia responded."));
    }

    @Test
    void numberedListItems() {
        assertEquals(List.of("1. Donald Trump (Last week: 2.)"), split("1. Donald Trump (Last week: 2.)"));
    }

    @Test
    void sentenceStartingWithDigitOrQuote() {
        assertEquals(List.of("It ended.", "2016 was different.", "‘No,’ she said."),
                split("It ended. 2016 was different. ‘No,’ she said."));
    }

    @Test
    void spansAreTrimmedAndStayInsideTheBlock() {
        String text = "xx  First one.   Second one.  yy";
        Span block = new Span(2, text.length() - 2);
        List<Span> spans = splitter.split(text, block);
        assertEquals(List.of(new Span(4, 14), new Span(17, 28)), spans);
    }

    @Test
    void noTerminatorIsOneSentenceAndEmptyIsNone() {
        assertEquals(List.of("a headline without a period"), split("a headline without a period"));
        assertEquals(List.of(), split("   "));
        assertEquals(List.of(), split(""));
    }

    @Test
    void noBreakingSpaceBetweenSentences() {
        assertEquals(List.of("He answered.", "“Denver,” he said."), split("He answered.\u00A0“Denver,” he said."));
    }
}
