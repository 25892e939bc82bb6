package io.claimscore.attribution;

import io.claimscore.attribution.tagger.AttributionTagger;
import io.claimscore.attribution.tagger.BlockTokens;
import io.claimscore.attribution.tagger.TaggedAttribution;
import io.claimscore.lexicon.PhraseMatcher;
import io.claimscore.model.Attribution;
import io.claimscore.segment.AnalyzedText;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds attributions: the trained tagger marks cues (plus the lexicon's multi-word cue phrases) and each cue's
 * source and content; the {@link AttributionInterpreter} gives them meaning; {@link QuoteContinuation} adds the
 * quoted paragraphs that carry on a speaker's quote without a cue of their own.
 */
public final class ModelAttributionFinder implements AttributionFinder {

    private final AttributionTagger tagger;
    private final CueLexicon cueLexicon;
    private final AttributionInterpreter interpreter;
    private final QuoteContinuation continuation = new QuoteContinuation();

    public ModelAttributionFinder(AttributionTagger tagger, CueLexicon cueLexicon, AttributionInterpreter interpreter) {
        this.tagger = tagger;
        this.cueLexicon = cueLexicon;
        this.interpreter = interpreter;
    }

    @Override
    public List<Attribution> find(AnalyzedText doc) {
        List<AttributionInterpreter.Tagged> tagged = new ArrayList<>();
        for (BlockTokens block : BlockTokens.of(doc)) {
            List<int[]> phraseCues = new ArrayList<>();
            for (PhraseMatcher.Match<Boolean> m : cueLexicon.phrases(block.lowerTokens(), 0, block.size())) {
                phraseCues.add(new int[] {m.start(), m.end()});
            }
            for (TaggedAttribution t : tagger.tag(block, phraseCues)) {
                tagged.add(new AttributionInterpreter.Tagged(block, t));
            }
        }
        return continuation.extend(doc, interpreter.interpret(doc, tagged));
    }
}
