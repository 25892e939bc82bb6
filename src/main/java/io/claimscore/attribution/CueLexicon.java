package io.claimscore.attribution;

import io.claimscore.lexicon.Lexicons;
import io.claimscore.lexicon.PhraseMatcher;
import io.claimscore.model.Stance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cue knowledge kept as data: the stance of cue words ({@code lexicons/cues/stance.txt}), multi-word cue
 * phrases that the statistical tagger rarely sees ({@code lexicons/cues/phrases.txt}) and set phrases that look
 * like cues and are none ({@code lexicons/cues/discourse-markers.txt}).
 */
public final class CueLexicon {

    private final PhraseMatcher<Stance> stance;
    private final PhraseMatcher<Boolean> phrases;
    private final PhraseMatcher<Boolean> discourseMarkers;

    public CueLexicon() {
        Map<String, Stance> stances = new HashMap<>();
        for (String line : Lexicons.lines("lexicons/cues/stance.txt")) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException("stance lexicon line without a tab: " + line);
            }
            stances.put(line.substring(tab + 1).strip(), Stance.valueOf(line.substring(0, tab).strip()));
        }
        stance = PhraseMatcher.of(stances);
        phrases = PhraseMatcher.of(Lexicons.lines("lexicons/cues/phrases.txt"));
        discourseMarkers = PhraseMatcher.of(Lexicons.lines("lexicons/cues/discourse-markers.txt"));
    }

    /** The stance of a cue given its lower-cased tokens: the first lexicon phrase inside it, else NEUTRAL. */
    public Stance stanceOf(String[] lowerTokens, int from, int to) {
        List<PhraseMatcher.Match<Stance>> found = stance.findAll(lowerTokens, from, to);
        return found.isEmpty() ? Stance.NEUTRAL : found.get(0).value();
    }

    /** Lexicon cue phrases in a token range. */
    public List<PhraseMatcher.Match<Boolean>> phrases(String[] lowerTokens, int from, int to) {
        return phrases.findAll(lowerTokens, from, to);
    }

    /**
     * Set phrases with a verb of saying that attribute nothing ("having said that", "needless to say";
     * {@code lexicons/cues/discourse-markers.txt}) in a token range.
     */
    public List<PhraseMatcher.Match<Boolean>> discourseMarkers(String[] lowerTokens, int from, int to) {
        return discourseMarkers.findAll(lowerTokens, from, to);
    }
}
