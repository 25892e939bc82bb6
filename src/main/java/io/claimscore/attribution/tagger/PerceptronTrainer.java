package io.claimscore.attribution.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link SequenceModel} as an averaged structured perceptron (Collins 2002): decode each training
 * sequence with the current weights, and where the prediction differs from the gold tags, move the weights of the
 * gold path up and of the predicted path down. The returned model holds the weights averaged over every step,
 * which generalises far better than the last ones. Deterministic: a fixed seed shuffles the order each epoch.
 */
public final class PerceptronTrainer {

    /** A training sequence and its gold tags. */
    public record Example(FeatureSequence features, int[] tags) {
    }

    private final int tags;
    private final int buckets;
    private final boolean[] allowed;

    public PerceptronTrainer(int tags, int buckets, boolean[] allowed) {
        this.tags = tags;
        this.buckets = buckets;
        this.allowed = allowed.clone();
    }

    /**
     * The mean of {@code orders} models trained on the same examples in different orders (seeds {@code seed},
     * {@code seed + 1}, ...): the perceptron's result depends on the order it sees the examples in.
     */
    public SequenceModel train(List<Example> examples, int epochs, long seed, int orders) {
        List<SequenceModel> models = new ArrayList<>(orders);
        for (int k = 0; k < orders; k++) {
            models.add(train(examples, epochs, seed + k));
        }
        return orders == 1 ? models.get(0) : SequenceModel.mean(models);
    }

    public SequenceModel train(List<Example> examples, int epochs, long seed) {
        float[] w = new float[buckets * tags];
        double[] wAcc = new double[w.length];
        float[] tr = new float[(tags + 1) * tags];
        double[] trAcc = new double[tr.length];
        SequenceModel live = new SequenceModel(tags, buckets, w, tr, allowed);
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(seed);
        long step = 1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            java.util.Collections.shuffle(order, random);
            for (Example ex : order) {
                int[] predicted = live.decode(ex.features());
                int[] gold = ex.tags();
                for (int i = 0; i < gold.length; i++) {
                    int prevGold = i == 0 ? -1 : gold[i - 1];
                    int prevPred = i == 0 ? -1 : predicted[i - 1];
                    if (gold[i] != predicted[i]) {
                        FeatureSequence f = ex.features();
                        for (int k = f.start(i); k < f.end(i); k++) {
                            int base = live.bucket(f.feature(k)) * tags;
                            update(w, wAcc, base + gold[i], 1, step);
                            update(w, wAcc, base + predicted[i], -1, step);
                        }
                    }
                    if (gold[i] != predicted[i] || prevGold != prevPred) {
                        update(tr, trAcc, (prevGold + 1) * tags + gold[i], 1, step);
                        update(tr, trAcc, (prevPred + 1) * tags + predicted[i], -1, step);
                    }
                }
                step++;
            }
        }
        return new SequenceModel(tags, buckets, average(w, wAcc, step), average(tr, trAcc, step), allowed);
    }

    private static void update(float[] w, double[] acc, int index, int delta, long step) {
        w[index] += delta;
        acc[index] += (double) step * delta;
    }

    /** The average of the weights over all steps, via the accumulated step-weighted updates (Daumé's trick). */
    private static float[] average(float[] w, double[] acc, long steps) {
        float[] avg = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            double a = w[i] - acc[i] / steps;
            avg[i] = Math.abs(a) < 1e-4 ? 0f : (float) a;
        }
        return avg;
    }
}
