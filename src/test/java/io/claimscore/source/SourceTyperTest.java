package io.claimscore.source;

import io.claimscore.model.SourceType;
import io.claimscore.text.Tokenizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The type of a name read off a source phrase, with no role: the head word, capitals and lexicons decide. */
class SourceTyperTest {

    private final SourceTyper typer = new SourceTyper(new SourceLexicon());

    private SourceType typeOf(String name) {
        return typer.typeOf(name, new Tokenizer().tokenize(name), name, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Julianne Smith                       | NAMED_PERSON",
            "Mr. King                             | NAMED_PERSON",
            "JAKE TAPPER                          | NAMED_PERSON",
            "the Kremlin                          | ORGANIZATION",
            "Washington                           | ORGANIZATION",
            "State                                | ORGANIZATION",
            "The state                            | ORGANIZATION",
            "the National Labor Relations Board   | ORGANIZATION",
            "NATO                                 | ORGANIZATION",
            "super PACs                           | ANONYMOUS",
            "officials                            | ANONYMOUS",
            "several GOP leaders                  | ANONYMOUS",
            "Most of the candidates               | ANONYMOUS",
            "Six in 10                            | ANONYMOUS",
            "an FBI spokesman                     | OFFICIAL",
            "the Orlando Sentinel                 | MEDIA",
            "reports                              | VAGUE",
            "local media reports                  | VAGUE",
            "the ad                               | DOCUMENT",
            "28% of the polls                     | DOCUMENT",
    })
    void typesANameByItsHeadCapitalsAndLexicons(String name, SourceType type) {
        assertEquals(type, typeOf(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "officials in Washington  | officials",
            "a person familiar with   | person",
            "Trump himself            | Trump",
            "the documents obtained by | documents",
            "critics like Huffman     | critics",
            "a front-runner           | runner",
            "1,100 additional pages of the emails | pages",
    })
    void theHeadIsTheLastWordBeforeWhatModifiesIt(String phrase, String head) {
        var tokens = new Tokenizer().tokenize(phrase);
        assertEquals(head, tokens.get(typer.headIndex(phrase, tokens)).text(phrase));
    }
}
