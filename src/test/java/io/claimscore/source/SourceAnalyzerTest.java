package io.claimscore.source;

import io.claimscore.model.SourceType;
import io.claimscore.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SourceAnalyzerTest {

    private static final SourceAnalyzer ANALYZER = new SourceAnalyzer(new SourceLexicon());

    private static SourceDescription describe(String text) {
        return ANALYZER.describe(text, new Span(0, text.length()));
    }

    private static void assertSource(String text, String name, String role, SourceType type) {
        SourceDescription d = describe(text);
        assertEquals(name, d.name(), "name of " + text);
        assertEquals(role, d.role(), "role of " + text);
        assertEquals(type, d.type(), "type of " + text);
        assertNull(d.pronoun(), "not a pronoun: " + text);
    }

    /** The name of the first occurrence of {@code phrase} in {@code text}, read as a source. */
    private static String nameIn(String text, String phrase) {
        int start = text.indexOf(phrase);
        return ANALYZER.describe(text, new Span(start, start + phrase.length())).name();
    }

    /** The type of the first occurrence of {@code phrase} in {@code text}, read as a source. */
    private static SourceType typeIn(String text, String phrase) {
        int start = text.indexOf(phrase);
        return ANALYZER.describe(text, new Span(start, start + phrase.length())).type();
    }

    @Test
    void aCapitalisedPluralOpeningASentenceIsACommonNounWhenTheArticleWritesItInLowerCase() {
        String text = "The plan was new. Environmentalists hated it. Some environmentalists welcomed it.";
        assertEquals(SourceType.ANONYMOUS, typeIn(text, "Environmentalists"));
        // A surname is never written in lower case; nor is a plural that the article writes only capitalised.
        assertEquals(SourceType.NAMED_PERSON, typeIn("The plan was new. Sanders hated it.", "Sanders"));
        assertEquals(SourceType.NAMED_PERSON,
                typeIn("The plan was new. Environmentalists hated it. Nobody else did.", "Environmentalists"));
        // Inside a sentence the capital is the name's.
        assertEquals(SourceType.NAMED_PERSON,
                typeIn("As Rogers said, the rogers of the port agreed.", "Rogers"));
    }

    @Test
    void aTitleCaseHeadlineThatOpensWithAFullNameNamesThatPerson() {
        String text = "Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally Investigated’\n\nBody.";
        assertEquals("Elizabeth Warren", nameIn(text, "Elizabeth Warren Hammers Wells Fargo CEO"));
        // Not when the name modifies an institution or an office, nor before "Jr.".
        assertEquals("Jeb Bush Super PAC Chief", nameIn("Jeb Bush Super PAC Chief Praises Donor\n\nBody.",
                "Jeb Bush Super PAC Chief"));
        assertEquals("Donald Trump Jr.", nameIn("Donald Trump Jr. Speaks\n\nBody.", "Donald Trump Jr."));
    }

    @Test
    void aFunctionWordAloneNamesNobody() {
        assertEquals(SourceType.VAGUE, typeIn("Is Trump right? Is he?", "Is"));
        assertEquals(SourceType.VAGUE, typeIn("Much is not known about it.", "Much"));
        // Names that are also words stay names.
        assertEquals(SourceType.NAMED_PERSON, typeIn("Will wrote that Christie could win.", "Will"));
    }

    @Test
    void aPossessiveIsNoPartOfTheNameAndLetsIsTheWriter() {
        assertSource("Trump campaign chairman Paul Manafort's", "Paul Manafort", "Trump campaign chairman",
                SourceType.NAMED_PERSON);
        assertSource("the campaign’s", "the campaign", null, SourceType.ORGANIZATION);
        SourceDescription lets = describe("Let's");
        assertEquals(SourceLexicon.PronounKind.SPEAKER, lets.pronoun());
        // A number's comma does not end the phrase's head: no person is named by "1,100 … pages of Hillary Clinton".
        assertEquals(SourceType.ANONYMOUS, describe("than 1,100 additional pages of Hillary Clinton's").type());
    }

    @Test
    void anAbbreviationKeepsThePeriodTheSpanLeftOut() {
        assertEquals("the I.R.S.", nameIn("Documents sent to the I.R.S. show it.", "the I.R.S"));
        assertEquals("Donald Trump Jr.", nameIn("Then Donald Trump Jr. said so.", "Donald Trump Jr"));
        // A sentence's period after an ordinary word is no part of the name.
        assertEquals("Donald Trump", nameIn("It was Donald Trump. He said so.", "Donald Trump"));
    }

    @Test
    void nameThenRoleAfterComma() {
        assertSource("Julianne Smith, the US permanent representative to NATO", "Julianne Smith",
                "the US permanent representative to NATO", SourceType.NAMED_PERSON);
        assertSource("Jake Sullivan, national security adviser", "Jake Sullivan", "national security adviser",
                SourceType.NAMED_PERSON);
        // A title before the name belongs to the role as well.
        assertSource("Senator Harry Reid, the minority leader", "Harry Reid", "Senator, the minority leader",
                SourceType.NAMED_PERSON);
        assertSource("Montana Sen. Jon Tester, a Democrat", "Jon Tester", "Montana Sen., a Democrat",
                SourceType.NAMED_PERSON);
        assertSource("Dr. Harold Varmus, a former NIH director", "Dr. Harold Varmus", "a former NIH director",
                SourceType.NAMED_PERSON);
    }

    @Test
    void whereAPersonComesFromIsRole() {
        assertSource("Stephen Vladeck of the University of Texas School of Law", "Stephen Vladeck",
                "of the University of Texas School of Law", SourceType.NAMED_PERSON);
        assertSource("Senator Ted Cruz of Texas", "Ted Cruz", "Senator of Texas", SourceType.NAMED_PERSON);
        assertSource("Mr. Burman of the Tax Policy Center", "Mr. Burman", "of the Tax Policy Center",
                SourceType.NAMED_PERSON);
        assertSource("Betsy Sharp of Burke County, Georgia", "Betsy Sharp", "of Burke County, Georgia",
                SourceType.NAMED_PERSON);
        assertSource("Holger Schmieding of Berenberg, Germany's largest private bank", "Holger Schmieding",
                "of Berenberg, Germany's largest private bank", SourceType.NAMED_PERSON);
        assertSource("Phil Musser of digital consulting firm IMGE", "Phil Musser", "of digital consulting firm IMGE",
                SourceType.NAMED_PERSON);
        assertSource("Jeffrey Lewis of the James Martin Center for Nonproliferation Studies", "Jeffrey Lewis",
                "of the James Martin Center for Nonproliferation Studies", SourceType.NAMED_PERSON);
        assertSource("Governor Chris Christie \u2013 a Dallas Cowboys fan", "Chris Christie",
                "Governor, a Dallas Cowboys fan", SourceType.NAMED_PERSON);
        assertSource("Kasich (who has 25 delegates to date)", "Kasich", "who has 25 delegates to date",
                SourceType.NAMED_PERSON);
        assertSource("the Rev. Peter Wherry, of Mayfield Memorial Missionary Baptist Church", "the Rev. Peter Wherry",
                "of Mayfield Memorial Missionary Baptist Church", SourceType.NAMED_PERSON);
        assertSource("United States Citizenship and Immigration Services, the agency that oversees the program",
                "United States Citizenship and Immigration Services, the agency that oversees the program", null,
                SourceType.ORGANIZATION);
        // Names with "of" in them, and "of" before another person or a second name.
        assertSource("Bank of America", "Bank of America", null, SourceType.ORGANIZATION);
        assertSource("John Adams of Massachusetts and Thomas Jefferson of Virginia", "John Adams of Massachusetts and "
                + "Thomas Jefferson of Virginia", null, SourceType.NAMED_PERSON);
        assertSource("Palm Beach County Supervisor of Elections Susan Bucher", "Susan Bucher",
                "Palm Beach County Supervisor of Elections", SourceType.NAMED_PERSON);
        assertSource("Dave Leip's Atlas of U.S. Presidential Elections", "Dave Leip's Atlas of U.S. Presidential "
                + "Elections", null, SourceType.NAMED_PERSON);
    }

    /** {@code phrase} read as a source: name, role (empty: none) and type. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Senate Majority Whip John Cornyn | John Cornyn | Senate Majority Whip | NAMED_PERSON",
        "House Intelligence Republican Mike Pompeo | Mike Pompeo | House Intelligence Republican | NAMED_PERSON",
        "The Washington Post's Ed O'Keefe | Ed O'Keefe | The Washington Post's | NAMED_PERSON",
        "Secretary of State John F. Kerry | John F. Kerry | Secretary of State | NAMED_PERSON",
        "Certainly Ronald Reagan | Ronald Reagan | | NAMED_PERSON",
        // Whose the person is: an institution before a surname, anything before a full name.
        "Media Research Center's Bozell | Bozell | Media Research Center's | NAMED_PERSON",
        "Trump's Son | Trump's Son | | NAMED_PERSON",
        // A capitalised medium is part of a name, not a title before one.
        "the news portal Defense Express | Defense Express | the news portal | MEDIA",
        // A lower-case description ending in "-ss" is no plural.
        "Republican party boss Reince Priebus | Reince Priebus | Republican party boss | NAMED_PERSON",
        "actress America Ferrera | America Ferrera | actress | NAMED_PERSON",
        // The name is an object, an initial opens it, a group lists names: left whole.
        "one longtime adviser to Bill Clinton | one longtime adviser to Bill Clinton | | ANONYMOUS",
        "J. Gerald Hebert | J. Gerald Hebert | | NAMED_PERSON",
        "Democrats Hillary Clinton | Democrats Hillary Clinton | | NAMED_PERSON",
        // A headline in title case: the name is still the name, the words before it no role; not after a pronoun.
        "A Sign Of Leadership Marco Rubio | Marco Rubio | | NAMED_PERSON",
        "His Obamacare Plan Donald Trump | His Obamacare Plan Donald Trump | | NAMED_PERSON",
        "Who Endorsed Ted Cruz | Who Endorsed Ted Cruz | | NAMED_PERSON",
        // What a person spoke on or when is no part of the name; an institution's "on" is, a share stays whole.
        "Mr. Obama on Thursday | Mr. Obama | | NAMED_PERSON",
        "Obama on Climate Change | Obama | | NAMED_PERSON",
        "the Council on Foreign Relations | the Council on Foreign Relations | | ORGANIZATION",
        "Only about 4 in 10 Republican voters | Only about 4 in 10 Republican voters | | ANONYMOUS",
        // A title the lexicon knows is read first, even after a first name.
        "George Washington University Professor John Banzhaf | John Banzhaf | George Washington University Professor"
            + " | NAMED_PERSON",
    })
    void capitalisedWordsBeforeAFullNameAreItsRole(String phrase, String name, String role, SourceType type) {
        assertSource(phrase, name, role, type);
    }

    @Test
    void aWordDescribingTheMomentIsNoPartOfTheName() {
        assertSource("a confident-seeming Manafort", "Manafort", null, SourceType.NAMED_PERSON);
        assertSource("A teary-eyed Bush", "Bush", null, SourceType.NAMED_PERSON);
        assertSource("a warm-and-fuzzy Trump", "Trump", null, SourceType.NAMED_PERSON);
        assertSource("That's when Reynolds", "Reynolds", null, SourceType.NAMED_PERSON);
        assertSource("Carter however", "Carter", null, SourceType.NAMED_PERSON);
        // A headline's adverb after a name; not one that ends a description.
        assertSource("Mark Cuban Just", "Mark Cuban", null, SourceType.NAMED_PERSON);
        assertSource("an official not authorized to speak publicly", "an official not authorized to speak publicly",
                null, SourceType.ANONYMOUS);
        assertSource("the candidates themselves", "the candidates", null, SourceType.ANONYMOUS);
        // A particle of the name, a group, a place, a day, several people: the phrase stays as it is.
        assertSource("de Blasio", "de Blasio", null, SourceType.NAMED_PERSON);
        assertSource("critics like Huffman", "critics like Huffman", null, SourceType.ANONYMOUS);
        assertSource("candidates like Marco Rubio", "candidates like Marco Rubio", null, SourceType.ANONYMOUS);
        assertSource("supporting Sanders", "supporting Sanders", null, SourceType.NAMED_PERSON);
        assertSource("Several superdelegates supporting Sanders", "Several superdelegates supporting Sanders", null,
                SourceType.ANONYMOUS);
        assertSource("A Monmouth poll released Monday", "A Monmouth poll", null, SourceType.DOCUMENT);
        assertSource("Fox News's reporting", "Fox News's reporting", null, SourceType.MEDIA);
        assertSource("Clinton and husband Bill", "Clinton and husband Bill", null, SourceType.NAMED_PERSON);
        assertSource("Mr. Obama spoke Hebrew", "Mr. Obama spoke Hebrew", null, SourceType.NAMED_PERSON);
        // "himself"/"herself" are no part of the name (the mention keeps them for the linker).
        assertSource("Clinton herself", "Clinton", null, SourceType.NAMED_PERSON);
    }

    @Test
    void aPronounWithAContractedVerbIsThePronoun() {
        SourceDescription d = describe("It’s");
        assertEquals("It", d.name());
        assertEquals(SourceLexicon.PronounKind.THING, d.pronoun());
        assertEquals("He", describe("He's").name());
    }

    @Test
    void aPossessorIsTheSource() {
        assertSource("Trump's", "Trump", null, SourceType.NAMED_PERSON);
        assertSource("Hillary Clinton’s", "Hillary Clinton", null, SourceType.NAMED_PERSON);
        assertSource("the campaign's", "the campaign", null, SourceType.ORGANIZATION);
        assertSource("There's", "There's", null, SourceType.NAMED_PERSON);
    }

    @Test
    void aJournalistIsAPersonAndOnlyACapitalisedTitleAnOutlet() {
        assertSource("David Wasserman, an elections analyst at the Cook Political Report", "David Wasserman",
                "an elections analyst at the Cook Political Report", SourceType.NAMED_PERSON);
        assertSource("Time", "Time", null, SourceType.MEDIA);
        assertSource("the time", "the time", null, SourceType.ANONYMOUS);
    }

    @Test
    void aPlaceAfterACommaIsNoName() {
        assertSource("A handful of skywriters in Pasadena, Calif", "A handful of skywriters in Pasadena", null,
                SourceType.ANONYMOUS);
        assertSource("an unincorporated area outside of the state capital, Sacramento",
                "an unincorporated area outside of the state capital", null, SourceType.ANONYMOUS);
        assertSource("a woman in Worcester, Massachusetts", "a woman in Worcester", null, SourceType.ANONYMOUS);
        assertSource("Stacy Baker of Columbia, South Carolina", "Stacy Baker", "of Columbia, South Carolina",
                SourceType.NAMED_PERSON);
        assertSource("Wilmington, N.C.", "Wilmington, N.C.", null, SourceType.ORGANIZATION);
        // A place whose name repeats a word is read like any other (it once threw).
        assertEquals("voters in Pasadena, Walla Walla", describe("voters in Pasadena, Walla Walla").mention()
                .of("voters in Pasadena, Walla Walla"));
        // A person named after a place noun, or after a comma, is still a person.
        assertSource("a spokesman for the state, John Smith", "John Smith", "a spokesman for the state",
                SourceType.NAMED_PERSON);
    }

    @Test
    void anOrganisationNamedWithoutAHeadNounIsAnOrganisation() {
        assertSource("Twitter", "Twitter", null, SourceType.ORGANIZATION);
        assertSource("Gallup", "Gallup", null, SourceType.ORGANIZATION);
        assertSource("Judicial Watch", "Judicial Watch", null, SourceType.ORGANIZATION);
        assertSource("the Taliban", "the Taliban", null, SourceType.ORGANIZATION);
        assertSource("Forbes", "Forbes", null, SourceType.MEDIA);
        assertEquals(SourceType.DOCUMENT, describe("the secretary of state's report").type());
    }

    /** Tagged source phrases read as name, role and type (PolNeAR train and dev sources, 2026-11-30). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // A hyphenated given name is a name; an adjective's or a plural's hyphen is not.
        "South Korean President Park Geun-hye | Park Geun-hye | South Korean President | NAMED_PERSON",
        "North Korean leader Kim Jong-un | Kim Jong-un | North Korean leader | NAMED_PERSON",
        "a Dublin-based firm | a Dublin-based firm | | ORGANIZATION",
        "Caucus-goers | Caucus-goers | | ANONYMOUS",
        // A participle after the head ends it; a past tense the tagger took along is no part of the name.
        "documents obtained by the Post | documents | | DOCUMENT",
        "A union representing flight attendants | A union representing flight attendants | | ORGANIZATION",
        "recently hacked Democratic National Committee documents | recently hacked Democratic National Committee documents | | DOCUMENT",
        "Stumpf tried | Stumpf | | NAMED_PERSON",
        "everyone I interviewed | everyone I interviewed | | ANONYMOUS",
        "the so-called Islamic State | the so-called Islamic State | | ORGANIZATION",
        // A singular word for a person before a full name is its role.
        "Concord resident Whit Symms | Whit Symms | Concord resident | NAMED_PERSON",
        "Rubio supporter Scott Szlachta | Scott Szlachta | Rubio supporter | NAMED_PERSON",
        // A role, the name between commas, a description; not a list of people, a place or a title in quotes.
        "Nevada's governor, Brian Sandoval, a Republican | Brian Sandoval | Nevada's governor, a Republican | NAMED_PERSON",
        "at NLD headquarters, Suu Kyi, 70 | Suu Kyi | | NAMED_PERSON",
        "his older brother, George W. Bush, and the former first lady, Laura Bush | his older brother, George W. Bush, and the former first lady, Laura Bush | | ANONYMOUS",
        "Tennis great Billie Jean King | Billie Jean King | Tennis great | NAMED_PERSON",
        // When a source spoke is no part of its name; inside a role or another phrase it stays.
        "former tech executive Carly Fiorina during the second GOP debate | Carly Fiorina | former tech executive | NAMED_PERSON",
        "the Supreme Court this month | the Supreme Court | | ORGANIZATION",
        "The White House on Tuesday | The White House | | ORGANIZATION",
        "RNC spokesman Sean Spicer on Thursday evening | Sean Spicer | RNC spokesman | NAMED_PERSON",
        "A Monmouth poll out Monday | A Monmouth poll | | DOCUMENT",
        "a Wall Street Journal article published Friday | a Wall Street Journal article | | MEDIA",
        "Last Week Tonight | Last Week Tonight | | NAMED_PERSON",
        "Several people I spoke with over the last couple of weeks | Several people I spoke with over the last couple of weeks | | ANONYMOUS",
        "Ben Carson, who will address the convention on Tuesday night | Ben Carson | who will address the convention on Tuesday night | NAMED_PERSON",
    })
    void taggedPhrasesReadAsNameRoleAndType(String phrase, String name, String role, SourceType type) {
        assertSource(phrase, name, role, type);
    }

    @Test
    void storiesSlidesPlansAndLawsAreDocumentsButNotAFirstNameOrASurname() {
        assertEquals(SourceType.DOCUMENT, describe("the truck story").type());
        assertEquals(SourceType.DOCUMENT, describe("one slide").type());
        assertEquals(SourceType.DOCUMENT, describe("The Democratic platform").type());
        assertEquals(SourceType.DOCUMENT, describe("Photos").type());
        assertEquals(SourceType.NAMED_PERSON, describe("Clinton and husband Bill").type());
        // "Law" alone: a person where the article writes it after a first name, else the headline's word.
        String law = "Steven Law runs the group. Law said it was over.";
        int second = law.lastIndexOf("Law");
        assertEquals(SourceType.NAMED_PERSON, ANALYZER.describe(law, new Span(second, second + 3)).type());
        assertEquals(SourceType.DOCUMENT, typeIn("The law passed. Law said nothing.", "Law"));
    }

    @Test
    void roleThenNameAfterComma() {
        assertSource("Defense Express, the Ukrainian military news portal", "Defense Express",
                "the Ukrainian military news portal", SourceType.MEDIA);
        assertSource("Clinton's top challenger, Sen. Bernie Sanders", "Bernie Sanders",
                "Clinton's top challenger, Sen.", SourceType.NAMED_PERSON);
    }

    @Test
    void titleBeforeName() {
        assertSource("Russian Foreign Minister Sergei Lavrov", "Sergei Lavrov", "Russian Foreign Minister",
                SourceType.NAMED_PERSON);
        assertSource("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "Kremlin spokesman", SourceType.NAMED_PERSON);
        assertSource("President Joe Biden", "Joe Biden", "President", SourceType.NAMED_PERSON);
        assertSource("United Auto Workers Secretary-Treasurer Gary Casteel", "Gary Casteel",
                "United Auto Workers Secretary-Treasurer", SourceType.NAMED_PERSON);
    }

    @Test
    void abbreviatedTitleKeepsItsPeriod() {
        assertSource("Sen. Ted Cruz", "Ted Cruz", "Sen.", SourceType.NAMED_PERSON);
        assertSource("Gov. Jerry Brown", "Jerry Brown", "Gov.", SourceType.NAMED_PERSON);
    }

    @Test
    void honorificStaysWithTheName() {
        assertSource("Mr. Smith", "Mr. Smith", null, SourceType.NAMED_PERSON);
        assertSource("Smith", "Smith", null, SourceType.NAMED_PERSON);
    }

    @Test
    void aSurnameAfterAnHonorificIsAPersonWhateverElseItMeans() {
        // "king" and "prince" are titles of office; after "Mr." they are a man's surname.
        assertSource("Mr. King", "Mr. King", null, SourceType.NAMED_PERSON);
        assertSource("Mr Prince", "Mr Prince", null, SourceType.NAMED_PERSON);
        assertEquals(SourceType.OFFICIAL, describe("the king").type());
    }

    @Test
    void mediaByHeadOrOutletList() {
        assertSource("The Ukrainian military news portal Defense Express", "Defense Express",
                "The Ukrainian military news portal", SourceType.MEDIA);
        assertSource("Reuters", "Reuters", null, SourceType.MEDIA);
        assertSource("The New York Times", "The New York Times", null, SourceType.MEDIA);
    }

    @Test
    void trailingRelativePronounAndPunctuationAreTrimmed() {
        String text = "The Kyiv Independent, which";
        SourceDescription d = describe(text);
        assertEquals("The Kyiv Independent", d.mention().of(text));
        assertEquals(SourceType.MEDIA, d.type());
        assertEquals("The Kyiv Independent", d.name());

        String quoted = "“Smith”";
        SourceDescription q = describe(quoted);
        assertEquals(new Span(1, 6), q.mention());
        assertEquals("Smith", q.name());
    }

    @Test
    void offsetsAreRelativeToTheWholeText() {
        String text = "Earlier, Russian Foreign Minister Sergei Lavrov, who spoke";
        int start = text.indexOf("Russian");
        SourceDescription d = ANALYZER.describe(text, new Span(start, text.indexOf(" spoke")));
        assertEquals("Russian Foreign Minister Sergei Lavrov", d.mention().of(text));
        assertEquals("Sergei Lavrov", d.name());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Washington|ORGANIZATION",
        "the Kremlin|ORGANIZATION",
        "Moscow|ORGANIZATION",
        "the campaign|ORGANIZATION",
        "NATO|ORGANIZATION",
        "the ministry|ORGANIZATION",
        "the White House|ORGANIZATION",
        "the Institute for the Study of War|ORGANIZATION",
        "Officials in Washington|ANONYMOUS",
        "sources familiar with the matter|ANONYMOUS",
        "a person familiar with the talks|ANONYMOUS",
        "Ukrainian military officers|ANONYMOUS",
        "analysts|ANONYMOUS",
        "The Iranians|ANONYMOUS",
        "Mississippi|ORGANIZATION",
        "Mexico|ORGANIZATION",
        "the I.R.S|ORGANIZATION",
        "the Census Bureau|ORGANIZATION",
        "Yahoo News|MEDIA",
        "Many Millennials|ANONYMOUS",
        "Prosecutors|ANONYMOUS",
        "a State Department spokesperson|OFFICIAL",
        "a spokesperson for the Pentagon|OFFICIAL",
        "A spokesman for Mayor Frank G. Jackson|OFFICIAL",
        "The campaign of Sen. Rand Paul|ORGANIZATION",
        "the poll|DOCUMENT",
        "a Ukrainian military statement|DOCUMENT",
        "JAKE TAPPER|NAMED_PERSON",
        "the Orlando Sentinel|MEDIA",
        "the Las Vegas Sun|MEDIA",
        "Military Times|MEDIA",
        "Don Guardian|NAMED_PERSON",
        "The Charlotte Observer|MEDIA",
        "observers|ANONYMOUS",
        "the Islamic State|ORGANIZATION",
        "the U.S. Judicial Conference|ORGANIZATION",
        "the Rev. Peter Wherry|NAMED_PERSON",
        "KING-TV|MEDIA",
        "Harry Hurt III|NAMED_PERSON",
        "Everyone|ANONYMOUS",
        "the Anti-Defamation League|ORGANIZATION",
        "the Congressional Black Caucus|ORGANIZATION",
        "The Des Moines Register editorial board|MEDIA",
        "Nobody|ANONYMOUS",
        "Most of the vulnerable Senate Republicans|ANONYMOUS",
        "More than 6 in 10 Republicans who attended the caucuses|ANONYMOUS",
        "28% of independents and 12% of Democrats|ANONYMOUS",
        "78 percent of voters in a recent CBS News poll|ANONYMOUS",
        "None of the three|ANONYMOUS",
        "More than half of respondents|ANONYMOUS",
        "One of Trump's aides|ANONYMOUS",
        "Some of the polls|DOCUMENT",
        "state TV|MEDIA",
        "GOP LEADERS|ORGANIZATION",
        "NATO|ORGANIZATION",
        "several GOP leaders|ANONYMOUS",
        "the RNC member|ANONYMOUS",
        "The GOP speechwriter|ANONYMOUS",
        "An FBI spokesman|OFFICIAL",
        "NBC's Ali Vitali|NAMED_PERSON",
        "the FBI investigation|ORGANIZATION",
        "GMA News|MEDIA",
        "Harry Hurt III|NAMED_PERSON",
        "The ad|DOCUMENT",
        "Polling averages|DOCUMENT",
        "RealClearPolitics|MEDIA",
        "the election returns|DOCUMENT",
        "the average of recent polls|DOCUMENT",
        "the majority of voters|ANONYMOUS",
        "NY Daily News|MEDIA",
        "the Daily News|MEDIA",
        "Obama's Justice Department|ORGANIZATION",
        "Six in 10|ANONYMOUS",
        "One in five Americans|ANONYMOUS",
        "Nearly all analysts|ANONYMOUS",
        "super PACs|ANONYMOUS",
        "Two House Committees|ANONYMOUS",
        "The Centers for Disease Control and Prevention|ORGANIZATION",
        "the Ronald Reagan Presidential Library|ORGANIZATION",
    })
    void typesFromTheHead(String text, SourceType type) {
        SourceDescription d = describe(text);
        assertEquals(type, d.type(), text);
        assertNull(d.pronoun());
        assertEquals(text, d.name(), "the whole phrase names a source without a separate name");
        assertNull(d.role());
    }

    @Test
    void documentIsNamedByItsHead() {
        String text = "a statement on Wednesday this week";
        SourceDescription d = describe(text);
        assertEquals(SourceType.DOCUMENT, d.type());
        assertEquals("a statement", d.name());
        assertEquals(text, d.mention().of(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "she|PERSON|NAMED_PERSON",
        "he|PERSON|NAMED_PERSON",
        "He|PERSON|NAMED_PERSON",
        "who|PERSON|NAMED_PERSON",
        "they|GROUP|ANONYMOUS",
        "which|THING|ORGANIZATION",
        "it|THING|ORGANIZATION",
        "we|SPEAKER|NAMED_PERSON",
        "You|ADDRESSEE|VAGUE",
        "My|SPEAKER|NAMED_PERSON",
    })
    void pronouns(String text, SourceLexicon.PronounKind kind, SourceType provisional) {
        SourceDescription d = describe(text);
        assertEquals(kind, d.pronoun(), text);
        assertEquals(provisional, d.type(), text);
        assertEquals(text, d.name());
    }

    @Test
    void punctuationOnlyIsVague() {
        SourceDescription d = describe("“");
        assertEquals(SourceType.VAGUE, d.type());
        assertNull(d.pronoun());
    }

    @Test
    void partyParentheticalIsNotPartOfTheName() {
        String text = "Sen. Ted Cruz (R-Texas)";
        SourceDescription d = describe(text);
        assertEquals(text, d.mention().of(text));
        assertEquals("Ted Cruz", d.name());
        assertEquals("Sen.", d.role());
        assertEquals(SourceType.NAMED_PERSON, d.type());
        assertSource("Sen. Bernie Sanders (Vt.), who lost the primary", "Bernie Sanders", "Sen., who lost the primary",
                SourceType.NAMED_PERSON);
    }

    @Test
    void bareReportsAreVague() {
        assertEquals(SourceType.VAGUE, describe("reports").type());
        assertEquals(SourceType.VAGUE, describe("local media reports").type());
    }

    @Test
    void wrappingBracketsAreTrimmed() {
        String text = "(Smith)";
        SourceDescription d = describe(text);
        assertEquals("Smith", d.name());
        assertEquals(new Span(1, 6), d.mention());
    }

    @Test
    void anAgeIsNoRole() {
        assertSource("Rhonda Hughes, 43", "Rhonda Hughes", null, SourceType.NAMED_PERSON);
        assertSource("Mona Lamberson, 59, of North Philadelphia", "Mona Lamberson", "of North Philadelphia",
                SourceType.NAMED_PERSON);
        assertSource("Jake Sullivan, 2020 adviser", "Jake Sullivan", "2020 adviser", SourceType.NAMED_PERSON);
    }

    @Test
    void capitalisedModifiersOfACommonNounAreNoName() {
        assertSource("Political pundits", "Political pundits", null, SourceType.ANONYMOUS);
        assertSource("Republican voters", "Republican voters", null, SourceType.ANONYMOUS);
        assertSource("Trump supporters", "Trump supporters", null, SourceType.ANONYMOUS);
        assertSource("Some delegates at the convention in Philadelphia", "Some delegates at the convention in Philadelphia",
                null, SourceType.ANONYMOUS);
        assertSource("Senator Bernie Sanders", "Bernie Sanders", "Senator", SourceType.NAMED_PERSON);
        assertSource("Bernie Sanders", "Bernie Sanders", null, SourceType.NAMED_PERSON);
        assertSource("Trump himself", "Trump", null, SourceType.NAMED_PERSON);
        assertSource("Rubio and Bush both", "Rubio and Bush both", null, SourceType.NAMED_PERSON);
        assertSource("Democratic front-runner Hillary Clinton", "Hillary Clinton", "Democratic front-runner",
                SourceType.NAMED_PERSON);
        assertSource("Many Democrats, including Clinton's advisers", "Many Democrats", "including Clinton's advisers",
                SourceType.ANONYMOUS);
    }

    @Test
    void aDescriptionEndingInALowerCaseNounBeforeAFullNameIsTheRole() {
        assertSource("Retired neurosurgeon Ben Carson", "Ben Carson", "Retired neurosurgeon", SourceType.NAMED_PERSON);
        assertSource("Real estate mogul and reality television star Donald Trump", "Donald Trump",
                "Real estate mogul and reality television star", SourceType.NAMED_PERSON);
        // Not a description: two people, a group, an organisation's name, a single name word.
        assertSource("Donald Trump and Marco Rubio", "Donald Trump and Marco Rubio", null, SourceType.NAMED_PERSON);
        assertEquals("candidates like Marco Rubio", describe("candidates like Marco Rubio").name());
        assertEquals("the pro-ethanol groups American Renewable Future",
                describe("the pro-ethanol groups American Renewable Future").name());
        assertEquals(SourceType.ORGANIZATION, describe("the major Super PAC").type());
    }

    @Test
    void aNegatedAuxiliaryLeftOnTheSourceIsTrimmed() {
        String text = "I don’t";
        SourceDescription d = describe(text);
        assertEquals(new Span(0, 1), d.mention());
        assertEquals(SourceLexicon.PronounKind.SPEAKER, d.pronoun());
        assertEquals("the officials", describe("the officials didn't").name());
        assertEquals("AT&T", describe("AT&T").name(), "a capital T after an ampersand is no contraction");
    }

    @Test
    void namesAndRolesReadWithSingleSpaces() {
        assertSource("Her \n  72-year-old mother", "Her 72-year-old mother", null, SourceType.ANONYMOUS);
        assertSource("Julianne\u00a0Smith, the US\n representative", "Julianne Smith", "the US representative",
                SourceType.NAMED_PERSON);
    }

    @Test
    void aJournalistsOrExpertsRoleBeforeTheNameIsTheRole() {
        assertSource("New York Times columnist David Brooks", "David Brooks", "New York Times columnist",
                SourceType.NAMED_PERSON);
        assertSource("economist Paul Krugman", "Paul Krugman", "economist", SourceType.NAMED_PERSON);
        assertSource("Former Obama speechwriter Jon Favreau", "Jon Favreau", "Former Obama speechwriter",
                SourceType.NAMED_PERSON);
        assertSource("Clinton's communications director Jennifer Palmieri, a veteran of the Obama White House",
                "Jennifer Palmieri", "Clinton's communications director, a veteran of the Obama White House",
                SourceType.NAMED_PERSON);
        assertSource("an economist", "an economist", null, SourceType.ANONYMOUS);
        assertSource("a reporter", "a reporter", null, SourceType.ANONYMOUS);
    }
}
