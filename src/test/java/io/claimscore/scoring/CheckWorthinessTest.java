package io.claimscore.scoring;

import io.claimscore.scoring.CheckWorthiness.Signal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckWorthinessTest {

    private static final CheckWorthiness CW = new CheckWorthiness();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ukraine shot down 31 of 36 drones.                         | QUANTITY",
            "In Ohio, 42 people were hurt.                              | QUANTITY",
            "Smith, 31, and 12 others were hurt.                        | QUANTITY",
            "Thousands of residents were evacuated.                     | QUANTITY",
            "Inflation rose to 7.5% in October.                         | PERCENTAGE",
            "Support fell by 12 percentage points.                      | PERCENTAGE",
            "Turnout was 60 per cent.                                    | PERCENTAGE",
            "The package is worth $61 billion.                          | MONEY",
            "Kyiv received 50 million euros.                            | MONEY",
            "The blackout was caused by a Russian strike.               | CAUSAL",
            "Russian troops looted the village.                         | ACCUSATION",
            "It was the largest air attack of the war.                  | SUPERLATIVE",
            "It was the most expensive race in the state's history.      | SUPERLATIVE",
            "Saudi Arabia and its most powerful ally met.                | SUPERLATIVE",
            "Only the world's most powerful countries agreed.            | SUPERLATIVE",
            "It is Mrs. Clinton’s most innovative proposal.              | SUPERLATIVE",
            "The front line will collapse by spring.                    | PREDICTION",
    })
    void flagsEachSignal(String sentence, Signal expected) {
        CheckWorthiness.Assessment a = CW.assess(sentence);
        assertTrue(a.checkWorthy(), sentence);
        assertTrue(a.signals().contains(expected), sentence + " -> " + a.signals());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Russia's invasion of Ukraine is now in its 22nd month.",
            "The summit took place in Vilnius in July 2023.",
            "Talks resumed on 5 December after three days of delays.",
            "The meeting started at 10:30.",
            "The 47th Brigade is stationed near Avdiivka.",
            "Ukraine has asked for more F-16 jets.",
            "NATO foreign ministers meet in Brussels.",
            "Smith spoke to reporters after the meeting.",
            // A person's age is who they are, not a figure to check.
            "On Sunday, Jimmy Tompkins, 31, tossed a football in the park.",
            "Late Saturday, Sarah and Timothy Rogers, 27 and 29 years old, rode through the city.",
            "A 43-year-old man was arrested at the scene.",
            "Mr. Lee, aged 81, left the meeting.",
            // A question asserts nothing; "most" and "least" without "the" are quantities.
            "How well is the United Nations performing on the most vital global challenges?",
            "Did the largest bank pay $185 million?\u201d",
            "Patriot emerged without dealing with most of its liabilities.",
            "At least one Democrat was not on board.",
    })
    void backgroundIsNotCheckWorthy(String sentence) {
        CheckWorthiness.Assessment a = CW.assess(sentence);
        assertFalse(a.checkWorthy(), sentence + " -> " + a.signals());
    }

    @Test
    void timeReferencesAreRememberedForTheReason() {
        assertTrue(CW.assess("The war is in its 22nd month.").hasTimeReference());
        assertFalse(CW.assess("NATO ministers meet in Brussels.").hasTimeReference());
    }

    @Test
    void describeJoinsSignalsForAnEditor() {
        assertEquals("a number, an accusation of wrongdoing and a superlative or record",
                new CheckWorthiness.Assessment(Set.of(Signal.SUPERLATIVE, Signal.QUANTITY, Signal.ACCUSATION), false)
                        .describe());
    }

    @Test
    void everyLexiconOpensWithAHeaderSayingWhereItComesFrom() throws IOException {
        for (String name : List.of("quantity-words", "percentage-words", "money-words", "time-units", "causal-cues",
                "wrongdoing-cues", "superlatives", "prediction-cues")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("lexicons/scoring/" + name + ".txt")) {
                assertNotNull(in, name);
                List<String> header = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .takeWhile(l -> l.startsWith("#")).toList();
                assertFalse(header.isEmpty(), name + " must open with a # header");
                assertTrue(String.join(" ", header).contains("Source"), name + ": the header must say where it comes from");
            }
        }
    }
}
