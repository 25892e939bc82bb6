package io.claimscore.source;

import io.claimscore.model.Source;
import io.claimscore.model.SourceType;
import io.claimscore.model.Span;
import io.claimscore.attribution.tagger.TextLayers;
import io.claimscore.segment.AnalyzedText;
import io.claimscore.segment.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SpeakerLinkerTest {

    private static final SourceAnalyzer ANALYZER = new SourceAnalyzer(new SourceLexicon());

    /** Links the n-th occurrence of each mention in reading order (each mention must be found in order). */
    private static final class Article {
        final String text;
        final SpeakerLinker linker;
        int cursor;

        Article(String text) {
            this.text = text;
            AnalyzedText doc = TextLayers.analyze(text);
            List<Span> quoted = doc.quotes().stream().filter(q -> !q.nested()).map(Quote::outer).toList();
            this.linker = new SpeakerLinker(text, doc.sentences(), quoted, ANALYZER);
        }

        /** The next occurrence of {@code mention} as whole words ("he" is not the end of "the"). */
        Span find(String mention) {
            int at = text.indexOf(mention, cursor);
            while (at >= 0 && (at > 0 && Character.isLetter(text.charAt(at - 1))
                    || at + mention.length() < text.length() && Character.isLetter(text.charAt(at + mention.length())))) {
                at = text.indexOf(mention, at + 1);
            }
            if (at < 0) {
                throw new AssertionError("no '" + mention + "' after " + cursor);
            }
            cursor = at + mention.length();
            return new Span(at, at + mention.length());
        }

        SpeakerLinker.Linked link(String mention) {
            return link(mention, null, null);
        }

        SpeakerLinker.Linked link(String mention, Span antecedent, Source speaker) {
            Span span = find(mention);
            return linker.link(ANALYZER.describe(text, span), antecedent, speaker);
        }
    }

    @Test
    void pronounLinksToTheLatestPerson() {
        Article a = new Article("Julianne Smith, the US permanent representative to NATO, said the allies agreed. "
                + "Later she said more.");
        Source smith = a.link("Julianne Smith, the US permanent representative to NATO").source();
        assertEquals("Julianne Smith", smith.name());
        SpeakerLinker.Linked she = a.link("she");
        assertEquals(SourceType.NAMED_PERSON, she.source().type());
        assertEquals("Julianne Smith", she.source().name());
        assertEquals("the US permanent representative to NATO", she.source().role());
        assertEquals("she", she.source().mention().of(a.text), "the mention stays the pronoun");
        assertEquals(she.source().mention(), she.anchor());
    }

    @Test
    void aWhichOrThatWithNoAntecedentIsNotTheLastOrganisation() {
        Article a = new Article("The agency released emails. The trove released Thursday, which covered May, "
                + "was large. That has convinced few. It said more.");
        assertEquals(SourceType.ORGANIZATION, a.link("The agency").source().type());
        Source which = a.link("which").source();
        assertEquals(SourceType.VAGUE, which.type());
        assertEquals("which", which.name());
        assertEquals(SourceType.VAGUE, a.link("That").source().type());
        Source it = a.link("It").source();
        assertEquals("The agency", it.name(), "an \"it\" still means the organisation last named");
    }

    @Test
    void aWhichAfterANameIsTheWholeInstitution() {
        String text = "Money flows to the U.S. Chamber of Commerce, which is planning ads.";
        Article a = new Article(text);
        int start = text.indexOf("U.S.");
        Span antecedent = new Span(start, text.indexOf(", which"));
        Source which = a.link("which", antecedent, null).source();
        assertEquals(SourceType.ORGANIZATION, which.type());
        assertEquals("U.S. Chamber of Commerce", which.name());
    }

    @Test
    void shortNameLinksToTheFullNameWithItsRole() {
        Article a = new Article("Julianne Smith, the US permanent representative to NATO, spoke. Smith said so. "
                + "Mr. Smith added more.");
        a.link("Julianne Smith, the US permanent representative to NATO");
        Source smith = a.link("Smith").source();
        assertEquals("Julianne Smith", smith.name());
        assertEquals("the US permanent representative to NATO", smith.role());
        assertEquals("Smith", smith.mention().of(a.text));
        Source mr = a.link("Mr. Smith").source();
        assertEquals("Julianne Smith", mr.name());
    }

    @Test
    void aShortNameLinksToAPersonIntroducedByTitleAndLastName() {
        Article a = new Article("Obama Opens Museum. President Obama, opening it, said so. Mr. Obama added more.");
        assertEquals("Obama", a.link("Obama").source().name());
        a.link("President Obama");
        Source mr = a.link("Mr. Obama").source();
        assertEquals("Obama", mr.name());
        assertEquals("President", mr.role());
        // Without a title, two short names stay apart: a headline's "Trump" may be anybody named so.
        Article b = new Article("Trump Wins. Mr. Trump said so.");
        b.link("Trump");
        assertEquals("Mr. Trump", b.link("Mr. Trump").source().name());
    }

    private static void assertLinked(Source source, String name, SourceType type) {
        assertEquals(name, source.name(), "name of " + source);
        assertEquals(type, source.type(), "type of " + source);
    }

    @Test
    void aTranscriptsCapitalisedLastNameIsThePersonItsLabelNamedFirst() {
        Article a = new Article("JAKE TAPPER: Is it over? FALLIN: No. TAPPER: Why not?");
        assertLinked(a.link("JAKE TAPPER").source(), "JAKE TAPPER", SourceType.NAMED_PERSON);
        assertLinked(a.link("TAPPER").source(), "JAKE TAPPER", SourceType.NAMED_PERSON);
    }

    @Test
    void anInterviewsQuestionLabelIsTheAuthor() {
        Article a = new Article("Q: Why run now? A: Because it is time.");
        Source q = a.link("Q").source();
        assertEquals(SourceType.AUTHOR, q.type());
        assertEquals("Q", q.mention().of(a.text));
    }

    @Test
    void anInterviewsAnswerIsTheInterviewee() {
        Article a = new Article("Q&A with Vice President Joe Biden.\n\nQ: Are you worried?\n\nA: I think we will win."
                + "\n\nThen I left.\n\nQ: Why?\n\nA: Because.");
        assertLinked(a.link("I").source(), "Joe Biden", SourceType.NAMED_PERSON);
        // An answer runs across paragraphs until the next label.
        assertLinked(a.link("I").source(), "Joe Biden", SourceType.NAMED_PERSON);
        // Outside a transcript, "I" is the author.
        Article b = new Article("Vice President Joe Biden spoke.\n\nI think he will win.");
        assertLinked(b.link("I").source(), SpeakerLinker.AUTHOR_NAME, SourceType.AUTHOR);
    }

    @Test
    void youIsNobodyInParticularAndNoAntecedent() {
        Article a = new Article("Jordan Smith spoke. You could leave thinking he won. He said so.");
        a.link("Jordan Smith");
        assertLinked(a.link("You").source(), "You", SourceType.VAGUE);
        assertEquals("Jordan Smith", a.link("He").source().name());
    }

    @Test
    void aDescriptionOfSomeoneTheArticleNamedIsThatPerson() {
        Article a = new Article("Sen. Marco Rubio of Florida spoke. The Florida senator said no. The Texas senator "
                + "said nothing.");
        a.link("Sen. Marco Rubio of Florida");
        Source senator = a.link("The Florida senator").source();
        assertLinked(senator, "Marco Rubio", SourceType.NAMED_PERSON);
        assertEquals("The Florida senator", senator.mention().of(a.text), "the mention stays the description");
        // Nobody was introduced as a senator from Texas: an official of its own.
        assertLinked(a.link("The Texas senator").source(), "The Texas senator", SourceType.OFFICIAL);
    }

    @Test
    void capitalsInATitleCaseHeadlineNameNobodyAPronounCouldMean() {
        Article a = new Article("Washington Post Hit Piece Exploits Trump Supporter Who Was Treated In Hospital.\n\n"
                + "The Post profiled a woman from Ohio. She said she was never homicidal.");
        a.link("Hit Piece");
        assertLinked(a.link("She").source(), "She", SourceType.ANONYMOUS);
        // A full name in a headline is a name.
        Article b = new Article("Benghazi Widow Dorothy Woods Defends Trump At The Convention.\n\n"
                + "She said the attack was preventable.");
        b.link("Benghazi Widow Dorothy Woods");
        assertEquals("Dorothy Woods", b.link("She").source().name());
    }

    @Test
    void aReflexiveSaysWhichPersonAShortNameIs() {
        Article a = new Article("Hillary Clinton spoke first. Bill Clinton said the race was close. "
                + "Clinton herself said she would win. Sanders himself said no.");
        a.link("Hillary Clinton");
        a.link("Bill Clinton");
        Source herself = a.link("Clinton herself").source();
        assertLinked(herself, "Hillary Clinton", SourceType.NAMED_PERSON);
        assertEquals("Clinton herself", herself.mention().of(a.text), "the mention keeps the reflexive");
        assertLinked(a.link("Sanders himself").source(), "Sanders", SourceType.NAMED_PERSON);
        // A person the article showed to be a man is no "herself".
        Article b = new Article("Bob Jones spoke. Mr. Jones said so. Jones herself said no.");
        b.link("Bob Jones");
        b.link("Mr. Jones");
        assertLinked(b.link("Jones herself").source(), "Jones", SourceType.NAMED_PERSON);
    }

    @Test
    void shortNameNeedsTheSameLastName() {
        Article a = new Article("Julianne Smith spoke. Jones said no.");
        a.link("Julianne Smith");
        Source jones = a.link("Jones").source();
        assertEquals("Jones", jones.name());
        assertNull(jones.role());
    }

    @Test
    void laterPersonWinsThePronoun() {
        Article a = new Article("Julianne Smith met Russian Foreign Minister Sergei Lavrov. He then condemned the plan.");
        a.link("Julianne Smith");
        a.link("Russian Foreign Minister Sergei Lavrov");
        Source he = a.link("He").source();
        assertEquals("Sergei Lavrov", he.name());
        assertEquals("Russian Foreign Minister", he.role());
        assertEquals(SourceType.NAMED_PERSON, he.type());
    }

    /**
     * Which person a pronoun or a description links to, case by case: {@code sources} (separated by ";") are
     * linked in order, then the pronoun or description; {@code expected} is the name it gets.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // Gender the article shows: an honorific, a gendered role.
        "an honorific tells | Mr. Griffith spoke first. Ms. Hughes disagreed. Then he said it again. | he"
            + " | Mr. Griffith;Ms. Hughes | Mr. Griffith",
        "a gendered role tells | Mr. Cruz spoke. Jane Doe, a campaign spokeswoman, disagreed. He said no. | He"
            + " | Mr. Cruz;Jane Doe, a campaign spokeswoman | Mr. Cruz",
        "an unnamed spokeswoman is no he | President Obama spoke. An ICE spokeswoman declined to comment. He said no."
            + " | He | President Obama;An ICE spokeswoman | Obama",
        // A first name of one sex is a prior; names given to both sexes say nothing.
        "no evidence: the latest person (he) | Jordan Smith spoke. He said no. | He | Jordan Smith | Jordan Smith",
        "no evidence: the latest person (she) | Jordan Smith spoke. She said no. | She | Jordan Smith | Jordan Smith",
        "she skips Ted Cruz | Hillary Clinton spoke first. Ted Cruz disagreed. Then she said it again. | she"
            + " | Hillary Clinton;Ted Cruz | Hillary Clinton",
        "he skips Julianne Smith | Sergei Lavrov spoke. Julianne Smith disagreed. He said no. | He"
            + " | Sergei Lavrov;Julianne Smith | Sergei Lavrov",
        "the first name after a title or description | Democratic front-runner Hillary Clinton spoke. Senate Minority"
            + " Leader Harry Reid agreed. She said more. | She"
            + " | Democratic front-runner Hillary Clinton;Senate Minority Leader Harry Reid | Hillary Clinton",
        "Lindsey is 95 % girls, and Lindsey Graham is he | Lindsey Graham spoke. He said no. | He"
            + " | Lindsey Graham | Lindsey Graham",
        // Several people named together are a "they".
        "a pair is no she | Jane Doe, a campaign spokeswoman, spoke. Sanders and Clinton disagreed. She said no."
            + " | She | Jane Doe, a campaign spokeswoman;Sanders and Clinton | Jane Doe",
        "a pair is a they | Sanders and Clinton disagreed. They said no. | They | Sanders and Clinton"
            + " | Sanders and Clinton",
        "an official in the singular is no they | ICE officials spoke. The senator disagreed. They said no. | They"
            + " | ICE officials;The senator | ICE officials",
        // When nobody else fits, a later clause subject of the sentence before (here a man, by his first name).
        "a later subject when nobody else fits | Ms. Hughes said little. Ms. Hughes avoids the topic, but her"
            + " neighbor Benjamin Green knows what is needed. He said so. | He | Ms. Hughes | Benjamin Green",
        "two descriptions joined by and are one person | Former Secretary of State and Democratic presidential"
            + " frontrunner Hillary Clinton spoke. She said no. | She"
            + " | Former Secretary of State and Democratic presidential frontrunner Hillary Clinton | Hillary Clinton",
        // The narrative's subjects are antecedents too, but not names in a sentence with a source, nor in quotes.
        "a subject nobody quotes | Palmieri said the campaign would respond. Hillary Clinton is describing the tweet"
            + " as unhinged. She says it is dangerous. | She | Palmieri | Hillary Clinton",
        "a subject after an opening phrase | Jane Doe praised the plan. Later, Mr. Ban focused on climate change."
            + " He said so often. | He | Jane Doe | Mr. Ban",
        "a sentence with a source is about it | Christopher Harvey said Rick Santorum was his first choice."
            + " Later he said more. | he | Christopher Harvey | Christopher Harvey",
        "names inside quotes are no antecedents | Jane Doe spoke. “I told Mr. Trump so,” the aide wrote."
            + " Then she left. | she | Jane Doe | Jane Doe",
        // A definite description is the latest person whose titles or name hold all its words.
        "a description repeats a title | Sen. Marco Rubio of Florida spoke. Gov. Chris Christie of New Jersey"
            + " agreed. The governor said yes. | The governor | Sen. Marco Rubio of Florida;Gov. Chris Christie of"
            + " New Jersey | Chris Christie",
        "a title written outside any source | Cruz tied with Florida Sen. Marco Rubio on Tuesday. Marco Rubio"
            + " said he was pleased. The Florida senator said more. | The Florida senator | Marco Rubio | Marco Rubio",
        "another person's title is not borrowed | Jeb Bush, President George W. Bush's brother, spoke. The"
            + " president said nothing. | The president | Jeb Bush | The president",
        "a role that names someone else | Chelsea Clinton, the daughter of Democratic presidential candidate"
            + " Hillary Clinton, spoke. The presidential candidate said more. | The presidential candidate"
            + " | Chelsea Clinton, the daughter of Democratic presidential candidate Hillary Clinton"
            + " | The presidential candidate",
        // The subject of the pronoun's own sentence; not a name that modifies a role, follows a possessive after a
        // preposition, or comes after the clause's pronoun subject.
        "the subject of its own sentence | Mr. Trump spoke. Ms. Nwanguma was shocked by the reaction, she said so."
            + " | she | Mr. Trump | Ms. Nwanguma",
        "a name modifying a role is no subject | Ted Cruz spoke. Cruz spokesman Rick Tyler said that we will win,"
            + " he said. | he | Ted Cruz | Rick Tyler",
        "a possessive after a preposition | Donald Trump spoke. In an interview with Fox News’ Sean Hannity,"
            + " Trump answered a claim that he told the paper so. | he | Donald Trump | Donald Trump",
        "a pronoun subject before the name | Ted Cruz spoke. Though he did not mention Marco Rubio by name, he made"
            + " it clear. | he | Ted Cruz;he | Ted Cruz",
        // An honorific and a surname as a source is the person the narrative named in full, if the genders agree.
        "the narrative's full name | Officials spoke. Michelle F. Tanzer runs a firm. Ms. Tanzer said no."
            + " | Ms. Tanzer | Officials | Michelle F. Tanzer",
        "not when the first name says nothing | Officials spoke. Bill Clinton runs a firm. Mrs. Clinton said no."
            + " | Mrs. Clinton | Officials | Mrs. Clinton",
        // An unnamed relative is a "he" or "she" of the relation's gender ("a former agent" is not: see README).
        "a relative | Our neighbours spoke. My father often said no. He said so. | He | Our neighbours;My father often"
            + " | My father",
        "a relative of the other gender | Mr. Smith spoke. His wife said no. He said so. | He | Mr. Smith;His wife"
            + " | Mr. Smith",
        // A bare surname is the first bearer of the name, not a relative introduced after.
        "the first bearer, not the relative | Donald Trump spoke. Eric Trump, son of the front-runner, agreed. Trump"
            + " tweeted. | Trump | Donald Trump;Eric Trump, son of the front-runner | Donald Trump",
        // A description with a word no title has: the one person just named with the title, named last.
        "the one titled person | Sen. Bernie Sanders spoke in Iowa. The Vermont senator said no. | The Vermont senator"
            + " | Sen. Bernie Sanders | Bernie Sanders",
        "someone else named last | Republican Sen. John McCain spoke. Bernie Sanders said yes. The Vermont senator"
            + " said no. | The Vermont senator | Republican Sen. John McCain;Bernie Sanders | The Vermont senator",
        "two senators | Sen. Ted Cruz spoke. Sen. Marco Rubio said yes. The Florida senator said no."
            + " | The Florida senator | Sen. Ted Cruz;Sen. Marco Rubio | The Florida senator",
        "another office | Vice President Joe Biden spoke. The new president said no. | The new president"
            + " | Vice President Joe Biden | The new president",
        // Nobody holds it: the person the article is about, named last, untitled; then it is that person's title.
        "the main person | Bernie Sanders spoke. Sanders said no. Sanders said more. The Vermont senator agreed."
            + " | The Vermont senator | Bernie Sanders;Sanders;Sanders | Bernie Sanders",
        "a linked description is a title | Bernie Sanders spoke. Sanders said no. Sanders said more. The Vermont"
            + " senator agreed. The senator left. | The senator | Bernie Sanders;Sanders;Sanders;The Vermont senator"
            + " | Bernie Sanders",
        "and a governor of another state no longer fits | Bernie Sanders spoke. Sanders said no. Sanders said more."
            + " The Vermont senator agreed. The Indiana governor stayed. | The Indiana governor"
            + " | Bernie Sanders;Sanders;Sanders;The Vermont senator | The Indiana governor",
        "not a former office | Donald Trump spoke. Trump said no. Trump said more. The former president agreed."
            + " | The former president | Donald Trump;Trump;Trump | The former president",
        "not a bare title | Donald Trump spoke. Trump said no. Trump said more. The president agreed."
            + " | The president | Donald Trump;Trump;Trump | The president",
        "not someone named once | Bernie Sanders spoke. The Vermont senator agreed. | The Vermont senator"
            + " | Bernie Sanders | The Vermont senator",
    })
    void aPronounLinksToTheLatestPersonThatFits(String why, String text, String pronoun, String sources,
                                                String expected) {
        Article a = new Article(text);
        for (String source : sources.split(";")) {
            a.link(source);
        }
        assertEquals(expected, a.link(pronoun).source().name(), why);
    }

    @Test
    void aSurnameLinkedBeforeTheFullNameIsReportedInFull() {
        // (The full name's gender must be known: from the first name here; "Lindsey Graham" says nothing.)
        Article a = new Article("Scott: Trump is wrong.\n\nSen. Tim Scott said the plan would fail.");
        Source headline = a.link("Scott").source();
        assertEquals("Scott", headline.name(), "linked in reading order: nobody named in full yet");
        a.link("Sen. Tim Scott");
        assertLinked(a.linker.inFull(headline), "Tim Scott", SourceType.NAMED_PERSON);
        assertEquals("Sen.", a.linker.inFull(headline).role());
        // The body used the surname alone before the full name came: someone else.
        Article b = new Article("Debate.\n\nClinton spoke first. Bill Clinton, a former president, said so.");
        Source clinton = b.link("Clinton").source();
        b.link("Bill Clinton, a former president");
        assertLinked(b.linker.inFull(clinton), "Clinton", SourceType.NAMED_PERSON);
        // … unless a pronoun showed the short name's gender and it agrees with the full name's (live blogs).
        Article d = new Article("Live.\n\nClinton spoke first, and she said so. Hillary Clinton said more.");
        Source first = d.link("Clinton").source();
        d.link("she");
        d.link("Hillary Clinton");
        assertLinked(d.linker.inFull(first), "Hillary Clinton", SourceType.NAMED_PERSON);
        // Two people of the name in full: neither.
        Article c = new Article("Trump: no.\n\nDonald Trump spoke. Eric Trump agreed.");
        Source trump = c.link("Trump").source();
        c.link("Donald Trump");
        c.link("Eric Trump");
        assertLinked(c.linker.inFull(trump), "Trump", SourceType.NAMED_PERSON);
    }

    /** The body's use of a surname alone is read past the article's first line (a table row holds no newline). */
    @Test
    void aSurnameUsedAloneBeforeARelativeIsSomeoneElse() {
        String body = "Plan.\n\nA plan by Trump was vague. Ivanka Trump, %s, said so. Trump says it will pass.";
        Article a = new Article(body.formatted("his eldest daughter"));
        a.link("Ivanka Trump, his eldest daughter");
        assertLinked(a.link("Trump").source(), "Trump", SourceType.NAMED_PERSON);
        // Without a relation, a bare surname is the full name before it.
        Article b = new Article(body.formatted("an adviser"));
        b.link("Ivanka Trump, an adviser");
        assertLinked(b.link("Trump").source(), "Ivanka Trump", SourceType.NAMED_PERSON);
    }

    @Test
    void aPronounOnceLinkedTellsTheGender() {
        // Smith is "she", so a later "he" is not Smith.
        Article b = new Article("Julianne Smith spoke. Later she said more. Then he said no.");
        b.link("Julianne Smith");
        assertEquals("Julianne Smith", b.link("she").source().name());
        Source he = b.link("he").source();
        assertEquals(SourceType.ANONYMOUS, he.type(), "nobody is left for 'he'");
        assertEquals("he", he.name());
    }

    @Test
    void whatTheArticleSaysWinsOverTheFirstName() {
        // Evelyn Waugh is "Mr. Waugh", so a later "he".
        Article waugh = new Article("Evelyn Waugh wrote the novel. Mr. Waugh said so. Then he said more.");
        waugh.link("Evelyn Waugh");
        waugh.link("Mr. Waugh");
        assertEquals("Evelyn Waugh", waugh.link("he").source().name());
    }

    @Test
    void theyLinksToTheLatestGroupOrOrganisation() {
        Article a = new Article("Lavrov spoke. The Kremlin said the talks failed. They added that more would follow.");
        a.link("Lavrov");
        a.link("The Kremlin");
        Source they = a.link("They").source();
        assertEquals(SourceType.ORGANIZATION, they.type());
        assertEquals("The Kremlin", they.name());

        Article b = new Article("Officials in Washington said little. Smith spoke. They said more.");
        b.link("Officials in Washington");
        b.link("Smith");
        Source they2 = b.link("They").source();
        assertEquals(SourceType.ANONYMOUS, they2.type());
        assertEquals("Officials in Washington", they2.name(), "a person is not a 'they'");
    }

    @Test
    void unresolvedPronounIsAnonymous() {
        Article a = new Article("She said the talks failed.");
        Source she = a.link("She").source();
        assertEquals(SourceType.ANONYMOUS, she.type());
        assertEquals("She", she.name());
        assertNull(she.role());

        Article b = new Article("The Kremlin said no. She said yes.");
        b.link("The Kremlin");
        assertEquals(SourceType.ANONYMOUS, b.link("She").source().type(), "an organisation is not a 'she'");

        Article c = new Article("Smith spoke. It also appears that the talks failed.");
        c.link("Smith");
        assertEquals(SourceType.VAGUE, c.link("It").source().type(), "an 'it' with nothing to point at is no source");
    }

    @Test
    void relativePronounTakesItsAntecedent() {
        String text = "It cited a Ukrainian military statement which indicated losses.";
        Article a = new Article(text);
        Span statement = new Span(text.indexOf("a Ukrainian"), text.indexOf(" which"));
        SpeakerLinker.Linked which = a.link("which", statement, null);
        assertEquals(SourceType.DOCUMENT, which.source().type());
        assertEquals("a Ukrainian military statement", which.source().name());
        assertEquals("which", which.source().mention().of(text));
        assertEquals(statement, which.anchor(), "the anchor is where the source is actually named");

        Source who = linkRelative("The minister, Sergei Lavrov, who spoke first, said no.", "Sergei Lavrov", "who");
        assertEquals("Sergei Lavrov", who.name());
        assertEquals(SourceType.NAMED_PERSON, who.type());
        // A "which" names no person, whatever the capitals suggest.
        Source company = linkRelative("The bill passed, and Monsanto, which opposed the bill, said little.",
                "Monsanto", "which");
        assertEquals("Monsanto", company.name());
        assertEquals(SourceType.ORGANIZATION, company.type());
    }

    /** The source of relative pronoun {@code pronoun} in {@code text}, given the name it follows. */
    private static Source linkRelative(String text, String antecedent, String pronoun) {
        int at = text.indexOf(antecedent);
        return new Article(text).link(pronoun, new Span(at, at + antecedent.length()), null).source();
    }

    @Test
    void relativePronounRemembersItsAntecedentForLaterPronouns() {
        String text = "It cited a Ukrainian military statement which indicated losses. It also said more.";
        Article a = new Article(text);
        a.link("which", new Span(text.indexOf("a Ukrainian"), text.indexOf(" which")), null);
        assertLinked(a.link("It").source(), "a Ukrainian military statement", SourceType.DOCUMENT);
    }

    @Test
    void thingPronounLinksToTheLatestOrganisationMediaOrDocument() {
        Article a = new Article("The Kyiv Independent reported the strike. It said ten died.");
        a.link("The Kyiv Independent");
        assertLinked(a.link("It").source(), "The Kyiv Independent", SourceType.MEDIA);
    }

    @Test
    void firstPersonInsideAQuoteIsTheSpeaker() {
        Article a = new Article("“We will act,” Smith said.");
        Source speaker = new Source(new Span(15, 20), SourceType.NAMED_PERSON, "Julianne Smith", "envoy");
        Source we = a.link("We", null, speaker).source();
        assertEquals("Julianne Smith", we.name());
        assertEquals("envoy", we.role());
        assertEquals(SourceType.NAMED_PERSON, we.type());

        Article b = new Article("“We will act.”");
        assertEquals(SourceType.ANONYMOUS, b.link("We").source().type(), "no speaker: unresolved");
        // Reported speech without quotes that holds an "I": the writer's, not the attribution's source.
        Article c = new Article("If you assume that they were poor, I should say that they were not.");
        Source you = new Source(new Span(3, 6), SourceType.VAGUE, "you", null);
        assertLinked(c.link("I", null, you).source(), SpeakerLinker.AUTHOR_NAME, SourceType.AUTHOR);
    }

    @Test
    void firstPersonInTheArticlesOwnVoiceIsTheAuthor() {
        Article a = new Article("I believe the deal is dead. Smith disagreed.");
        Source i = a.link("I").source();
        assertEquals(SourceType.AUTHOR, i.type());
        assertEquals("the author", i.name());
        assertEquals("I", i.mention().of(a.text), "the mention stays the pronoun");
        Article b = new Article("We asked the campaign about the ad, and it declined to comment.");
        assertEquals(SourceType.AUTHOR, b.link("We").source().type());
    }

    @Test
    void sameOrganisationIsOneEntityWhateverTheArticle() {
        Article a = new Article("The Kremlin said no. Smith spoke. the Kremlin said yes. They left.");
        a.link("The Kremlin");
        a.link("Smith");
        Source second = a.link("the Kremlin").source();
        assertEquals("The Kremlin", second.name(), "the first spelling is canonical");
        assertEquals("The Kremlin", a.link("They").source().name());
    }

    @Test
    void shortNameLinksPastAPartyParenthetical() {
        Article a = new Article("Sen. Ted Cruz (R-Texas) objected. Cruz said the bill would fail.");
        a.link("Sen. Ted Cruz (R-Texas)");
        Source cruz = a.link("Cruz").source();
        assertEquals("Ted Cruz", cruz.name());
        assertEquals("Sen.", cruz.role());
    }

    @Test
    void shortNameLinksToAFullNameGivenWithATitle() {
        Article a = new Article("Sen. Ted Cruz objected. Cruz said the bill would fail.");
        a.link("Sen. Ted Cruz");
        Source cruz = a.link("Cruz").source();
        assertEquals("Ted Cruz", cruz.name());
        assertEquals("Sen.", cruz.role());
        assertEquals(SourceType.NAMED_PERSON, cruz.type());
    }
}
