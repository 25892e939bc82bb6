package io.claimscore.source;

import io.claimscore.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NarrativeMentionsTest {

    private static final SourceLexicon LEXICON = new SourceLexicon();

    /** The first person the one-sentence {@code text} names; {@code known}: last names of people already named. */
    private static String firstPerson(String text, String... known) {
        List<Span> quoted = new java.util.ArrayList<>();
        int open = text.indexOf('“');
        if (open >= 0) {
            quoted.add(new Span(open, text.indexOf('”') + 1));
        }
        NarrativeMentions mentions = new NarrativeMentions(text, List.of(new Span(0, text.length())), quoted, LEXICON);
        NarrativeMentions.Mention m = mentions.firstPerson(0, Set.of(known)::contains);
        return m == null ? null : m.span().of(text);
    }

    @Test
    void aSubjectNamedByFirstNameOrHonorific() {
        assertEquals("Hillary Clinton", firstPerson("Hillary Clinton is describing the tweet as unhinged."));
        assertEquals("Mr. Obama", firstPerson("But Mr. Obama learned from the experience."));
        assertEquals("Hillary Clinton", firstPerson(
                "In a statement, presidential nominee Hillary Clinton was more circumspect."));
        assertEquals("Norman Ham", firstPerson("Retired U.S. Air Force Gen. Norman Ham is speaking out."));
        assertEquals("Hillary Rodham Clinton", firstPerson("Hillary Rodham Clinton spoke."));
    }

    @Test
    void aKnownLastNameOnlyWhereAClauseStarts() {
        assertEquals("Trump", firstPerson("Trump has record low support from black voters.", "trump"));
        assertNull(firstPerson("He had turned a solid Clinton lead into a tight race.", "clinton"));
        assertNull(firstPerson("Trump has record low support.")); // not known in this article
    }

    @Test
    void namesThatAreNoSubjectAreLeftOut() {
        assertNull(firstPerson("Lobbying by loyalists to Joe Biden grew."), "object of a preposition");
        assertNull(firstPerson("It was led by Gov. Earl Ray Tomblin of West Virginia."), "object, after a title");
        assertNull(firstPerson("Gary Johnson's doctor called the candidate fit."), "a possessor");
        assertNull(firstPerson("He knows how important it is to defeat Donald Trump in November."), "far into the clause");
        assertNull(firstPerson("Mrs. Phillips, who lost her daughter Jessica Ghawi in Aurora, spoke.".replace("Mrs. ", "")),
                "inside a relative clause");
        assertNull(firstPerson("“I told Mr. Trump so,” the aide wrote."), "inside a quote");
        assertNull(firstPerson("Benghazi Widow Dorothy Woods Defends Trump"), "a headline");
        assertNull(firstPerson("The Fletcher School hired more staff."), "an institution");
        assertNull(firstPerson("Will the party unite behind him?"), "'Will' is an ordinary word");
    }
}
