package io.claimscore.attribution;

import io.claimscore.attribution.tagger.BlockTokens;
import io.claimscore.attribution.tagger.TaggedAttribution;
import io.claimscore.attribution.tagger.TextLayers;
import io.claimscore.model.Span;
import io.claimscore.segment.AnalyzedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A participle clause after the cue's clause is no content; a quote, an object or a longer phrase keeps it. */
class AdjunctContentTest {

    /**
     * Tags {@code text} by hand: the source is its first word, the cue {@code cue}, the content everything from
     * {@code content} to the final full stop. Returns whether the attribution keeps content.
     */
    private static boolean keepsContent(String text, String cue, String content) {
        AnalyzedText doc = TextLayers.analyze(text);
        BlockTokens block = TextLayers.oneBlock(text);
        int cueStart = text.indexOf(cue);
        Span cueSpan = new Span(cueStart, cueStart + cue.length());
        int contentStart = text.indexOf(content, cueSpan.end());
        TaggedAttribution a = new TaggedAttribution(cueSpan, new Span(0, text.indexOf(' ')),
                List.of(new Span(contentStart, text.length() - 1)), block.tokenAt(cueSpan.start()),
                block.tokenAt(cueSpan.end() - 1) + 1);
        return !AdjunctContent.drop(block, a, text, doc.quotes()).content().isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Washington warned on Tuesday this week, reflecting the changing dynamics of the war. | warned | reflecting | false",
            "Biden said, clutching the lectern with two hands.                                       | said   | clutching  | false",
            "Rubio responded first, ripping into Obama late Tuesday night.                          | responded | ripping | true",
            "Rubio responded, ripping into Obama: “It is a disgrace.”                                | responded | ripping | true",
            "Leaders wrote to Lynch, urging the department to review the law.                        | wrote  | urging     | true",
            "Clinton said, during an interview, that she was ready.                                  | said   | during     | true",
            "Officials said that building the wall was too costly.                                   | said   | building   | true",
    })
    void aParticipleAfterTheCuesClauseIsNoContent(String text, String cue, String content, boolean kept) {
        assertEquals(kept, keepsContent(text.strip(), cue.strip(), content.strip()), text);
    }
}
