package io.claimscore.eval;

import io.claimscore.attribution.tagger.AttributionTagger;
import io.claimscore.pipeline.ClaimscorePipeline;
import io.claimscore.pipeline.PipelineSettings;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * K-fold cross-validation on PolNeAR's train split: for each fold, trains the attribution model on the other
 * folds and predicts the fold with it; the pooled predictions cover every train article exactly once, each by a
 * model that never saw it, and are scored with {@code eval.py} against the train split. This is where modelling
 * choices (feature templates, decision bias, role window, interpreter rules) are made: on about 20,000 gold
 * attributions instead of dev's 2,200, and without looking at dev.
 * <pre>
 * ./mvnw -B compile -Ppolnear-cv            # 5 folds, about 2 minutes on 2 cores
 * </pre>
 * Folds are articles in name order dealt round-robin, so the result is deterministic.
 */
public final class CrossValidate {

    private CrossValidate() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: CrossValidate <polnear-dir> <predictions-out.jsonl> [folds=5]");
            System.exit(2);
        }
        Path polnear = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int folds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<CorpusArticle> articles = new ArrayList<>(new PolnearCorpus(polnear).read("train"));
        articles.sort(Comparator.comparing(CorpusArticle::name));
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        long t0 = System.nanoTime();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int fold = 0; fold < folds; fold++) {
                List<CorpusArticle> trainOn = new ArrayList<>();
                List<CorpusArticle> heldOut = new ArrayList<>();
                for (int i = 0; i < articles.size(); i++) {
                    (i % folds == fold ? heldOut : trainOn).add(articles.get(i));
                }
                AttributionTagger tagger = TrainAttributionModel.train(trainOn);
                int n = PredictPolnear.write(ClaimscorePipeline.create(PipelineSettings.DEFAULTS, tagger), heldOut, w);
                System.err.printf("[cv] fold %d/%d: trained on %d articles, %d attributions predicted on %d (%.0f s)%n",
                        fold + 1, folds, trainOn.size(), n, heldOut.size(), (System.nanoTime() - t0) / 1e9);
            }
        }
        PolnearEvaluation.score(polnear, "train", out).forEach(System.out::println);
    }
}
