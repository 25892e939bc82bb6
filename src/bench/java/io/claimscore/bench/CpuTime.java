package io.claimscore.bench;

import io.claimscore.pipeline.ArticleInput;
import io.claimscore.pipeline.ClaimscorePipeline;
import io.claimscore.pipeline.PipelineSettings;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A plain loop beside JMH that measures per-article <em>thread CPU time</em> as well as wall time, so numbers stay
 * meaningful on a machine shared with other load (wall time there includes time the thread was not running).
 * Single thread; warms up for {@code warmupSeconds}, then scores every dev article {@code rounds} times and prints
 * median/p90 per article and MB per CPU second; then one article per scaling size.
 *
 * <pre>java -cp target/benchmarks.jar io.claimscore.bench.CpuTime [warmupSeconds=10] [rounds=10] [maxChars=1000000]</pre>
 */
public final class CpuTime {

    private CpuTime() {
    }

    public static void main(String[] args) {
        int warmupSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int maxChars = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long created0 = System.nanoTime();
        long createdCpu0 = mx.getCurrentThreadCpuTime();
        ClaimscorePipeline pipeline = ClaimscorePipeline.create(PipelineSettings.DEFAULTS);
        System.out.printf(Locale.ROOT, "pipeline created (cold, models and lexicons loaded) in %.0f ms wall, %.0f ms CPU%n",
                (System.nanoTime() - created0) / 1e6, (mx.getCurrentThreadCpuTime() - createdCpu0) / 1e6);
        List<String> dev = BenchData.devTexts();
        long devBytes = dev.stream().mapToLong(BenchData::utf8Bytes).sum();
        ArticleInput[] inputs = dev.stream().map(ArticleInput::ofText).toArray(ArticleInput[]::new);

        long until = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        int warm = 0;
        while (System.nanoTime() < until) {
            pipeline.score(inputs[warm++ % inputs.length]);
        }
        double[] cpu = new double[rounds * inputs.length];
        double[] wall = new double[cpu.length];
        long cpuTotal = 0;
        long wallTotal = 0;
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            for (ArticleInput in : inputs) {
                long c0 = mx.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                pipeline.score(in);
                long w = System.nanoTime() - w0;
                long c = mx.getCurrentThreadCpuTime() - c0;
                cpu[k] = c / 1e6;
                wall[k++] = w / 1e6;
                cpuTotal += c;
                wallTotal += w;
            }
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf(Locale.ROOT, "dev, 1 thread, %d warm-up articles, %d rounds x %d articles%n", warm, rounds,
                inputs.length);
        System.out.printf(Locale.ROOT, "  CPU  ms/article: p50 %.4f  p90 %.4f  p99 %.4f  mean %.4f%n", pct(cpu, 50),
                pct(cpu, 90), pct(cpu, 99), cpuTotal / 1e6 / cpu.length);
        System.out.printf(Locale.ROOT, "  wall ms/article: p50 %.4f  p90 %.4f  p99 %.4f  mean %.4f%n", pct(wall, 50),
                pct(wall, 90), pct(wall, 99), wallTotal / 1e6 / wall.length);
        System.out.printf(Locale.ROOT, "  MB per CPU second: %.3f   MB per wall second: %.3f   articles per CPU second: %.1f%n",
                rounds * devBytes / 1e6 / (cpuTotal / 1e9), rounds * devBytes / 1e6 / (wallTotal / 1e9),
                cpu.length / (cpuTotal / 1e9));

        System.out.printf(Locale.ROOT, "%-10s %14s %14s %12s%n", "chars", "CPU ms", "wall ms", "CPU ratio");
        double prev = Double.NaN;
        for (int chars = 1000; chars <= maxChars; chars *= 10) {
            ArticleInput in = ArticleInput.ofText(BenchData.ofSize(dev, chars));
            int reps = Math.max(1, 3_000_000 / chars);
            double bestCpu = Double.MAX_VALUE;
            double bestWall = Double.MAX_VALUE;
            for (int i = 0; i < reps + 1; i++) { // first is warm-up for this size
                long c0 = mx.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                pipeline.score(in);
                if (i > 0 || reps == 1) {
                    bestWall = Math.min(bestWall, (System.nanoTime() - w0) / 1e6);
                    bestCpu = Math.min(bestCpu, (mx.getCurrentThreadCpuTime() - c0) / 1e6);
                }
            }
            System.out.printf(Locale.ROOT, "%-10d %14.3f %14.3f %12s%n", chars, bestCpu, bestWall,
                    Double.isNaN(prev) ? "-" : String.format(Locale.ROOT, "x%.1f", bestCpu / prev));
            prev = bestCpu;
        }
        System.out.println("(scaling: best of max(1, 3e6/chars) runs after one warm-up run; x10 per row is linear)");
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
