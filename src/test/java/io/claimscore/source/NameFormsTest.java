package io.claimscore.source;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The pure name-form functions, each on names as news copy writes them. */
class NameFormsTest {

    private static final Map<String, Predicate<String>> TESTS = Map.of(
            "isShortForm", NameForms::isShortForm,
            "namesSeveral", NameForms::namesSeveral,
            "endsInAPlural", NameForms::endsInAPlural);

    private static final Map<String, Function<String, String>> FORMS = Map.of(
            "fullNameOf", name -> NameForms.fullNameOf(name).toLowerCase(Locale.ROOT),
            "lastWord", NameForms::lastWord,
            "normalise", NameForms::normalise);

    @ParameterizedTest(name = "{0}({1}) = {2}")
    @CsvSource(delimiter = '|', value = {
            // A short form is one name word, after at most an honorific.
            "isShortForm   | Smith                                                                | true",
            "isShortForm   | Mr. Smith                                                            | true",
            "isShortForm   | Sen. Smith                                                           | false",
            "isShortForm   | Dr. Jane Smith                                                       | false",
            "isShortForm   | Julianne Smith                                                       | false",
            // Several names are names joined by "and", not descriptions joined so.
            "namesSeveral  | Sanders and Clinton                                                  | true",
            "namesSeveral  | Ted Cruz & Rand Paul                                                 | true",
            "namesSeveral  | Clinton and husband Bill                                             | true",
            "namesSeveral  | he and Brafman                                                       | true",
            "namesSeveral  | Real estate mogul and reality television star Donald Trump           | false",
            "namesSeveral  | Former Secretary of State and Democratic frontrunner Hillary Clinton | false",
            "namesSeveral  | Julianne Smith                                                       | false",
            // A plural by its last word.
            "endsInAPlural | ICE officials                                                        | true",
            "endsInAPlural | two senators                                                         | true",
            "endsInAPlural | people                                                               | true",
            "endsInAPlural | the senator                                                          | false",
            "endsInAPlural | the press                                                            | false",
            "endsInAPlural | the state's Republican governor                                      | false",
            "endsInAPlural | the campaign's                                                       | false",
    })
    void namePredicates(String test, String name, boolean expected) {
        assertEquals(expected, TESTS.get(test).test(name));
    }

    @ParameterizedTest(name = "{0}({1}) = {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // The full name is first and last name, without title or initial.
            "fullNameOf | Sen. Marco Rubio  | marco rubio",
            "fullNameOf | Marco Rubio       | marco rubio",
            "fullNameOf | Joseph R. Biden   | joseph biden",
            "fullNameOf | Mr. Biden         | biden",
            "fullNameOf | Biden             | biden",
            // The last word loses case and possessive.
            "lastWord   | Mr. Trump's       | trump",
            "lastWord   | Trump’s           | trump",
            "lastWord   | Joseph R. Biden   | biden",
            "lastWord   | TAPPER            | tapper",
            // A name is the same with or without its article.
            "normalise  | The Kremlin        | kremlin",
            "normalise  | an ICE spokesman   | ice spokesman",
            "normalise  | Theodore Roosevelt | theodore roosevelt",
    })
    void nameForms(String form, String name, String expected) {
        assertEquals(expected, FORMS.get(form).apply(name));
    }
}
