package io.claimscore.attribution;

import io.claimscore.lexicon.Lexicons;
import io.claimscore.lexicon.PhraseMatcher;

import java.util.List;

/** Finds hedges ({@code lexicons/hedges.txt}: "reportedly", "allegedly", "it is believed") in token ranges. */
public final class HedgeFinder {

    private final PhraseMatcher<Boolean> hedges = PhraseMatcher.of(Lexicons.lines("lexicons/hedges.txt"));

    /** Hedge matches as token ranges within {@code [from, to)}. */
    public List<PhraseMatcher.Match<Boolean>> find(String[] lowerTokens, int from, int to) {
        return hedges.findAll(lowerTokens, from, to);
    }
}
