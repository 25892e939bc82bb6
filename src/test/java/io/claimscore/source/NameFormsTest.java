package io.claimscore.source;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NameFormsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Smith               | true",
            "Mr. Smith           | true",
            "Sen. Smith          | false",
            "Dr. Jane Smith      | false",
            "Julianne Smith      | false",
    })
    void aShortFormIsOneNameWordAfterAtMostAnHonorific(String name, boolean shortForm) {
        assertEquals(shortForm, NameForms.isShortForm(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sen. Marco Rubio          | marco rubio",
            "Marco Rubio               | marco rubio",
            "Joseph R. Biden           | joseph biden",
            "Mr. Biden                 | biden",
            "Biden                     | biden",
    })
    void theFullNameIsFirstAndLastNameWithoutTitleOrInitial(String name, String full) {
        assertEquals(full, NameForms.fullNameOf(name).toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sanders and Clinton                                                  | true",
            "Ted Cruz & Rand Paul                                                 | true",
            "Clinton and husband Bill                                             | true",
            "Real estate mogul and reality television star Donald Trump           | false",
            "Former Secretary of State and Democratic frontrunner Hillary Clinton | false",
            "Julianne Smith                                                       | false",
    })
    void severalNamesAreNamesJoinedByAndNotDescriptions(String name, boolean several) {
        assertEquals(several, NameForms.namesSeveral(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "ICE officials                  | true",
            "two senators                   | true",
            "people                         | true",
            "the senator                    | false",
            "the press                      | false",
            "the state's Republican governor | false",
            "the campaign's                 | false",
    })
    void aPluralByItsLastWord(String phrase, boolean plural) {
        assertEquals(plural, NameForms.endsInAPlural(phrase));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Mr. Trump's   | trump",
            "Trump’s       | trump",
            "Joseph R. Biden | biden",
            "TAPPER        | tapper",
    })
    void theLastWordLosesCaseAndPossessive(String name, String last) {
        assertEquals(last, NameForms.lastWord(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Kremlin       | kremlin",
            "an ICE spokesman  | ice spokesman",
            "Theodore Roosevelt | theodore roosevelt",
    })
    void aNameIsTheSameWithOrWithoutItsArticle(String name, String key) {
        assertEquals(key, NameForms.normalise(name));
    }
}
