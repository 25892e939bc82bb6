package io.claimscore.eval;

import io.claimscore.attribution.tagger.BlockTokens;
import io.claimscore.attribution.tagger.CueFeatures;
import io.claimscore.attribution.tagger.PerceptronTrainer.Example;
import io.claimscore.attribution.tagger.RoleFeatures;
import io.claimscore.model.Span;
import io.claimscore.pipeline.ClaimscorePipeline;
import io.claimscore.segment.AnalyzedText;
import io.claimscore.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns gold PolNeAR articles into tagger training sequences, on exactly the blocks and tokens the product sees
 * at run time: one cue-tagging sequence per block, and one role-tagging sequence per gold attribution (its block,
 * relative to its cue).
 */
final class TrainingSet {

    final List<Example> cueExamples = new ArrayList<>();
    final List<Example> roleExamples = new ArrayList<>();
    int attributionsOutsideBlocks;
    private final CueFeatures cueFeatures = new CueFeatures();
    private final RoleFeatures roleFeatures = new RoleFeatures();

    void add(ClaimscorePipeline pipeline, CorpusArticle article) {
        AnalyzedText doc = pipeline.analyze(article.text(), null);
        List<BlockTokens> blocks = BlockTokens.of(doc);
        boolean[] used = new boolean[article.gold().size()];
        for (BlockTokens block : blocks) {
            int n = block.size();
            int[] cueTags = new int[n];
            boolean[] cueMask = new boolean[n];
            for (GoldAttribution g : article.gold()) {
                for (Span cue : g.cue()) {
                    int previous = -2;
                    for (int i = 0; i < n; i++) {
                        if (overlaps(block.token(i), cue)) {
                            cueTags[i] = previous == i - 1 ? CueFeatures.I : CueFeatures.B;
                            cueMask[i] = true;
                            previous = i;
                        }
                    }
                }
            }
            // A token already B from one cue and I from a touching one keeps B only at the first.
            for (int i = 1; i < n; i++) {
                if (cueTags[i] == CueFeatures.B && cueTags[i - 1] != CueFeatures.O && continuesCue(article, block, i)) {
                    cueTags[i] = CueFeatures.I;
                }
            }
            cueExamples.add(new Example(cueFeatures.extract(block), cueTags));
            Span blockSpan = new Span(block.token(0).start(), block.token(n - 1).end());
            for (int a = 0; a < article.gold().size(); a++) {
                GoldAttribution g = article.gold().get(a);
                if (g.cue().isEmpty() || !blockSpan.contains(g.cue().get(0).start())) {
                    continue;
                }
                used[a] = true;
                int cueStart = -1;
                int cueEnd = -1;
                for (int i = 0; i < n; i++) {
                    if (overlapsAny(block.token(i), g.cue())) {
                        cueStart = cueStart < 0 ? i : cueStart;
                        cueEnd = i + 1;
                    }
                }
                if (cueStart < 0) {
                    continue;
                }
                int[] tags = new int[n];
                for (int i = 0; i < n; i++) {
                    if (i >= cueStart && i < cueEnd) {
                        continue;
                    }
                    Token t = block.token(i);
                    if (overlapsAny(t, g.source())) {
                        tags[i] = i > 0 && (tags[i - 1] == RoleFeatures.B_SOURCE || tags[i - 1] == RoleFeatures.I_SOURCE)
                                ? RoleFeatures.I_SOURCE : RoleFeatures.B_SOURCE;
                    } else if (overlapsAny(t, g.content())) {
                        tags[i] = i > 0 && (tags[i - 1] == RoleFeatures.B_CONTENT || tags[i - 1] == RoleFeatures.I_CONTENT)
                                ? RoleFeatures.I_CONTENT : RoleFeatures.B_CONTENT;
                    }
                }
                int[] window = RoleFeatures.window(block, cueStart);
                roleExamples.add(new Example(roleFeatures.extract(block, window[0], window[1], cueStart, cueEnd, cueMask),
                        java.util.Arrays.copyOfRange(tags, window[0], window[1])));
            }
        }
        for (boolean u : used) {
            attributionsOutsideBlocks += u ? 0 : 1;
        }
    }

    /** Whether token i lies in the same gold cue span as token i-1 (then it continues that cue). */
    private static boolean continuesCue(CorpusArticle article, BlockTokens block, int i) {
        for (GoldAttribution g : article.gold()) {
            for (Span cue : g.cue()) {
                if (overlaps(block.token(i), cue) && overlaps(block.token(i - 1), cue)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean overlaps(Token t, Span s) {
        return t.start() < s.end() && s.start() < t.end();
    }

    static boolean overlapsAny(Token t, List<Span> spans) {
        for (Span s : spans) {
            if (overlaps(t, s)) {
                return true;
            }
        }
        return false;
    }
}
