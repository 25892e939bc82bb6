package io.claimscore.attribution;

import io.claimscore.attribution.tagger.AttributionTagger;
import io.claimscore.attribution.tagger.BlockTokens;
import io.claimscore.attribution.tagger.TaggedAttribution;
import io.claimscore.lexicon.PhraseMatcher;
import io.claimscore.model.Attribution;
import io.claimscore.model.Span;
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
        Span previous = null;
        for (BlockTokens block : BlockTokens.of(doc)) {
            String[] lower = block.lowerTokens();
            List<int[]> phraseCues = new ArrayList<>();
            for (PhraseMatcher.Match<Boolean> m : cueLexicon.phrases(lower, 0, block.size())) {
                phraseCues.add(new int[] {m.start(), m.end()});
            }
            List<TaggedAttribution> found = new ArrayList<>(tagger.tag(block, phraseCues));
            for (PhraseMatcher.Match<Boolean> m : cueLexicon.discourseMarkers(lower, 0, block.size())) {
                // "Having said that, …": the writer's, with no source and nothing attributed
                found.removeIf(t -> t.cueStartToken() >= m.start() && t.cueStartToken() < m.end());
            }
            List<TaggedAttribution> signed = QuoteSignatures.find(doc.text(), block, previous);
            if (!signed.isEmpty()) {
                found.removeIf(t -> replacedBySignature(t, signed));
                found.addAll(signed);
            }
            found.sort((a, b) -> Integer.compare(a.cue().start(), b.cue().start()));
            for (TaggedAttribution t : found) {
                tagged.add(new AttributionInterpreter.Tagged(block, t));
            }
            previous = new Span(block.token(0).start(), block.token(block.size() - 1).end());
        }
        return continuation.extend(doc, interpreter.interpret(doc, tagged));
    }

    /**
     * A signed quote replaces what the tagger attributed the same quotation to; attributions made inside the
     * quotation ("During the debate Trump said …") stay. Signed quotes come in text order and do not overlap
     * (each from its quotation to its dash), so only those overlapping {@code t} are looked at: a line of a
     * thousand signatures costs a binary search per tagged attribution, not a thousand comparisons.
     */
    private static boolean replacedBySignature(TaggedAttribution t, List<TaggedAttribution> signed) {
        int from = t.cue().start();
        int to = t.cue().end();
        for (Span c : t.content()) {
            from = Math.min(from, c.start());
            to = Math.max(to, c.end());
        }
        int lo = 0;
        int hi = signed.size();
        while (lo < hi) { // first signature ending after `from`
            int mid = (lo + hi) >>> 1;
            if (signed.get(mid).cue().end() <= from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo; k < signed.size() && signed.get(k).content().get(0).start() < to; k++) {
            TaggedAttribution s = signed.get(k);
            Span quote = s.content().get(0);
            if (t.cue().overlaps(s.cue())
                    || !quote.contains(t.cue()) && t.content().stream().anyMatch(c -> c.overlaps(quote))) {
                return true;
            }
        }
        return false;
    }
}
