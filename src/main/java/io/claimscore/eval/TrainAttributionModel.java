package io.claimscore.eval;

import io.claimscore.attribution.tagger.AttributionTagger;
import io.claimscore.attribution.tagger.CueFeatures;
import io.claimscore.attribution.tagger.PerceptronTrainer;
import io.claimscore.attribution.tagger.RoleFeatures;
import io.claimscore.attribution.tagger.SequenceModel;
import io.claimscore.pipeline.ClaimscorePipeline;
import io.claimscore.pipeline.PipelineSettings;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Trains the attribution tagger on PolNeAR's train split and writes the model resource.
 * <pre>
 * java -cp target/classes:... io.claimscore.eval.TrainAttributionModel ../shared/polnear \
 *      src/main/resources/models/attribution-tagger.bin.gz
 * </pre>
 * (README: {@code ./mvnw -Ppolnear-train}). Deterministic: the same corpus gives the same bytes.
 */
public final class TrainAttributionModel {

    /** Hash buckets per model: 2^19 keeps collisions rare for ~10^6 distinct features and the model a few MB. */
    static final int BUCKETS = 1 << 19;
    static final int CUE_EPOCHS = 8;
    static final int ROLE_EPOCHS = 8;
    static final long SEED = 20161108L;
    /**
     * Each model is the mean of this many perceptrons trained on different example orders (seeds SEED, SEED+1,
     * ...): the single perceptron's result depends on the order, enough to move cue F1 by half a point and FULL by
     * a tenth between seeds on 5-fold cross-validation of train. Averaging costs nothing at run time (one model).
     * CV on train (2026-11-28): one order, three seeds, FULL 0.5880-0.5891, cue 0.5955-0.6053; mean of 3 orders
     * FULL 0.5937, source 0.726, cue 0.6045, content 0.840, quotes FULL 0.789 (seed+100: FULL 0.5935); mean of
     * 5 orders FULL 0.5927, cue 0.6048 (no better, two more trainings).
     */
    static final int ORDERS = 3;
    /**
     * Added to the cue tagger's score for opening a cue (tag B), in units of one perceptron update. The averaged
     * perceptron leans to precision (cue precision 0.81, recall 0.45); a bias of 10 here once bought 1.1 cue points
     * for 0.3 FULL points. Since the tagger's second, looser reading (AttributionTagger.TENTATIVE_CUE_BIAS) adds
     * recall where the role tagger confirms it, the confident reading is best unbiased. 5-fold cross-validation on
     * train, never dev (base / tentative bias): 10 / +20 FULL 0.571 cue 0.598; 0 / +30 FULL 0.576 cue 0.593;
     * 0 / +40 FULL 0.574 cue 0.597 (chosen: best sum over FULL, roles and quotes); 0 / +50 FULL 0.570.
     */
    static final float CUE_BEGIN_BIAS = 0f;

    private TrainAttributionModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: TrainAttributionModel <polnear-dir> <model-out> [split=train]");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String split = args.length > 2 ? args[2] : "train";
        long t0 = System.nanoTime();
        AttributionTagger tagger = train(new PolnearCorpus(corpus).read(split));
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            tagger.write(os);
        }
        System.err.printf("[train] wrote %s (%d bytes) in %.1f s%n", out, Files.size(out), (System.nanoTime() - t0) / 1e9);
    }

    private static float[] cueBias() {
        float[] bias = new float[CueFeatures.TAGS];
        bias[CueFeatures.B] = CUE_BEGIN_BIAS;
        return bias;
    }

    static AttributionTagger train(List<CorpusArticle> articles) {
        // Training needs only the structural layers, not a (possibly missing) previous model.
        ClaimscorePipeline pipeline = new ClaimscorePipeline(PipelineSettings.DEFAULTS, doc -> List.of());
        TrainingSet set = new TrainingSet(pipeline, articles);
        System.err.printf("[train] %d articles, %d cue sequences, %d role sequences, %d gold attributions outside analysed blocks%n",
                articles.size(), set.cueExamples.size(), set.roleExamples.size(), set.attributionsOutsideBlocks);
        SequenceModel cues = new PerceptronTrainer(CueFeatures.TAGS, BUCKETS, CueFeatures.allowedTransitions())
                .train(set.cueExamples, CUE_EPOCHS, SEED, ORDERS)
                .withBias(cueBias());
        SequenceModel roles = new PerceptronTrainer(RoleFeatures.TAGS, BUCKETS, RoleFeatures.allowedTransitions())
                .train(set.roleExamples, ROLE_EPOCHS, SEED, ORDERS);
        return new AttributionTagger(cues, roles, set.prior);
    }
}
