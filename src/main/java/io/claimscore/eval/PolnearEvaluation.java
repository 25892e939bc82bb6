package io.claimscore.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores the product on a PolNeAR split with the corpus' own scorer: writes predictions with
 * {@link PredictPolnear}, runs {@code python3 <polnear>/eval.py score}, prints its table and returns its final
 * JSON line. {@code ./mvnw -Ppolnear-eval} runs it on dev.
 */
public final class PolnearEvaluation {

    private PolnearEvaluation() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: PolnearEvaluation <polnear-dir> <split> <predictions-out.jsonl>");
            System.exit(2);
        }
        List<String> table = run(Path.of(args[0]), args[1], Path.of(args[2]));
        table.forEach(System.out::println);
    }

    /** Predicts and scores; returns the scorer's output lines (the last one is its JSON summary). */
    public static List<String> run(Path polnear, String split, Path predictions) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        List<CorpusArticle> articles = new PolnearCorpus(polnear).read(split);
        int n = PredictPolnear.write(articles, predictions);
        System.err.printf("[polnear] %s: %d articles, %d attributions predicted in %.2f s -> %s%n", split,
                articles.size(), n, (System.nanoTime() - t0) / 1e9, predictions);
        return score(polnear, split, predictions);
    }

    /** Runs {@code eval.py score} on predictions already written; returns its output lines. */
    static List<String> score(Path polnear, String split, Path predictions) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", polnear.resolve("eval.py").toString(), "score", "--repo",
                polnear.toString(), "--split", split, "--pred", predictions.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
        }
        int exit = p.waitFor();
        if (exit != 0 || lines.isEmpty() || !lines.get(lines.size() - 1).startsWith("{")) {
            throw new IOException("eval.py failed (exit " + exit + "): " + String.join("\n", lines));
        }
        return lines;
    }
}
