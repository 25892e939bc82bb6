package io.claimscore.attribution;

import io.claimscore.attribution.tagger.AttributionTagger;
import io.claimscore.attribution.tagger.BlockTokens;
import io.claimscore.attribution.tagger.TaggedAttribution;
import io.claimscore.model.Attribution;
import io.claimscore.segment.AnalyzedText;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds attributions with the trained tagger, then hands each tagged cue/source/content triple to the
 * {@link AttributionInterpreter}, which types and links the source, reads the cue's stance, the hedges and the
 * quotation kind. Tagged cues without any content are dropped: an attribution attributes something.
 */
public final class ModelAttributionFinder implements AttributionFinder {

    private final AttributionTagger tagger;
    private final AttributionInterpreter interpreter;

    public ModelAttributionFinder(AttributionTagger tagger, AttributionInterpreter interpreter) {
        this.tagger = tagger;
        this.interpreter = interpreter;
    }

    @Override
    public List<Attribution> find(AnalyzedText doc) {
        List<TaggedAttribution> tagged = new ArrayList<>();
        for (BlockTokens block : BlockTokens.of(doc)) {
            for (TaggedAttribution t : tagger.tag(block)) {
                if (!t.content().isEmpty()) {
                    tagged.add(t);
                }
            }
        }
        return interpreter.interpret(doc, tagged);
    }
}
