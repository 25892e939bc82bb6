package io.claimscore.eval;

import io.claimscore.attribution.tagger.BlockTokens;
import io.claimscore.attribution.tagger.CueFeatures;
import io.claimscore.attribution.tagger.CuePrior;
import io.claimscore.attribution.tagger.PerceptronTrainer.Example;
import io.claimscore.attribution.tagger.RoleFeatures;
import io.claimscore.model.Span;
import io.claimscore.pipeline.ClaimscorePipeline;
import io.claimscore.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns gold PolNeAR articles into tagger training sequences, on exactly the blocks and tokens the product sees
 * at run time: one cue-tagging sequence per block, and one role-tagging sequence per gold attribution (its
 * window, relative to its cue). Also counts, per word stem, how often it is a cue: the {@link CuePrior}, which
 * each article's cue features see with that article's own counts left out.
 */
final class TrainingSet {

    final List<Example> cueExamples = new ArrayList<>();
    final List<Example> roleExamples = new ArrayList<>();
    final CuePrior prior;
    int attributionsOutsideBlocks;

    private final CueFeatures cueFeatures = new CueFeatures();
    private final RoleFeatures roleFeatures = new RoleFeatures();

    /** One article's blocks, with each block's gold cue tags and cue mask. */
    private record Prepared(CorpusArticle article, List<BlockTokens> blocks, List<int[]> cueTags,
                            List<boolean[]> cueMasks, Map<Integer, int[]> stemCounts) {
    }

    TrainingSet(ClaimscorePipeline pipeline, List<CorpusArticle> articles) {
        List<Prepared> prepared = new ArrayList<>(articles.size());
        Map<Integer, int[]> all = new HashMap<>();
        for (CorpusArticle article : articles) {
            Prepared p = prepare(pipeline, article);
            prepared.add(p);
            p.stemCounts().forEach((stem, c) -> {
                int[] total = all.computeIfAbsent(stem, k -> new int[2]);
                total[0] += c[0];
                total[1] += c[1];
            });
        }
        prior = new CuePrior(all);
        for (Prepared p : prepared) {
            addExamples(p);
        }
    }

    private static Prepared prepare(ClaimscorePipeline pipeline, CorpusArticle article) {
        List<BlockTokens> blocks = BlockTokens.of(pipeline.analyze(article.text(), null));
        List<int[]> allTags = new ArrayList<>(blocks.size());
        List<boolean[]> masks = new ArrayList<>(blocks.size());
        Map<Integer, int[]> counts = new HashMap<>();
        for (BlockTokens block : blocks) {
            int n = block.size();
            int[] cueTags = new int[n];
            boolean[] cueMask = new boolean[n];
            for (GoldAttribution g : article.gold()) {
                for (Span cue : g.cue()) {
                    int previous = -2;
                    for (int i = 0; i < n; i++) {
                        if (overlaps(block.token(i), cue)) {
                            boolean continues = previous == i - 1 || cueMask[i] && cueTags[i] == CueFeatures.I;
                            cueTags[i] = continues ? CueFeatures.I : CueFeatures.B;
                            cueMask[i] = true;
                            previous = i;
                        }
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                int[] c = counts.computeIfAbsent(block.stem(i), k -> new int[2]);
                c[0] += cueMask[i] ? 1 : 0;
                c[1]++;
            }
            allTags.add(cueTags);
            masks.add(cueMask);
        }
        return new Prepared(article, blocks, allTags, masks, counts);
    }

    private void addExamples(Prepared p) {
        CorpusArticle article = p.article();
        CuePrior.Lookup leaveOneOut = prior.without(p.stemCounts());
        boolean[] used = new boolean[article.gold().size()];
        for (int b = 0; b < p.blocks().size(); b++) {
            BlockTokens block = p.blocks().get(b);
            int n = block.size();
            boolean[] cueMask = p.cueMasks().get(b);
            cueExamples.add(new Example(cueFeatures.extract(block, leaveOneOut), p.cueTags().get(b)));
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
                int[] tags = roleTags(block, g, cueStart, cueEnd);
                int[] window = RoleFeatures.window(block, cueStart);
                roleExamples.add(new Example(roleFeatures.extract(block, window[0], window[1], cueStart, cueEnd, cueMask),
                        Arrays.copyOfRange(tags, window[0], window[1])));
            }
        }
        for (boolean u : used) {
            attributionsOutsideBlocks += u ? 0 : 1;
        }
    }

    /** Gold role tags of one attribution over a block; cue tokens are O (the tagger pins them). */
    private static int[] roleTags(BlockTokens block, GoldAttribution g, int cueStart, int cueEnd) {
        int n = block.size();
        int[] tags = new int[n];
        for (int i = 0; i < n; i++) {
            if (i >= cueStart && i < cueEnd) {
                continue;
            }
            Token t = block.token(i);
            boolean continues = i > 0;
            if (overlapsAny(t, g.source())) {
                tags[i] = continues && (tags[i - 1] == RoleFeatures.B_SOURCE || tags[i - 1] == RoleFeatures.I_SOURCE)
                        ? RoleFeatures.I_SOURCE : RoleFeatures.B_SOURCE;
            } else if (overlapsAny(t, g.content())) {
                tags[i] = continues && (tags[i - 1] == RoleFeatures.B_CONTENT || tags[i - 1] == RoleFeatures.I_CONTENT)
                        ? RoleFeatures.I_CONTENT : RoleFeatures.B_CONTENT;
            }
        }
        return tags;
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
