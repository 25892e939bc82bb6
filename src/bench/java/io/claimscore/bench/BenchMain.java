package io.claimscore.bench;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.annotations.Mode;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the pipeline benchmarks through the JMH API and prints a summary in the units of the performance targets:
 * articles/s, MB/s (10^6 UTF-8 bytes), MB/s per thread, median ms per dev article, bytes allocated per article, and
 * time per article size with the ratio between sizes.
 *
 * <pre>java -cp target/benchmarks.jar io.claimscore.bench.BenchMain [--long] [throughput] [median] [scaling]</pre>
 *
 * Without a suite name all three run. Quick settings (default): 1 fork, 3 x 1 s warm-up, 5 x 1 s measurement per
 * benchmark, under 5 minutes on 2 cores. {@code --long}: 3 forks, 5 x 2 s warm-up, 10 x 2 s measurement.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws RunnerException {
        boolean longRun = false;
        List<String> suites = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--long")) {
                longRun = true;
            } else if (List.of("throughput", "median", "scaling").contains(a)) {
                suites.add(a);
            } else {
                System.err.println("usage: BenchMain [--long] [throughput] [median] [scaling]");
                System.exit(2);
            }
        }
        if (suites.isEmpty()) {
            suites = List.of("throughput", "median", "scaling");
        }
        String devDir = BenchData.devDir().toAbsolutePath().normalize().toString();
        String seedFile = BenchData.seedFile().toAbsolutePath().normalize().toString();
        List<String> dev = BenchData.devTexts();
        long devBytes = dev.stream().mapToLong(BenchData::utf8Bytes).sum();
        double meanDevBytes = (double) devBytes / dev.size();
        long seedBytes = BenchData.utf8Bytes(BenchData.seed());
        String[] jvmArgs = {"-D" + BenchData.DEV_DIR + "=" + devDir, "-D" + BenchData.SEED + "=" + seedFile};

        List<String> summary = new ArrayList<>();
        summary.add(String.format(Locale.ROOT, "claimscore pipeline benchmarks, %s, %s settings, %d CPUs, java %s",
                LocalDate.now(), longRun ? "long" : "quick", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version")));
        summary.add("load average at start: " + loadAverage()
                + " (wall-clock numbers are only meaningful on an otherwise idle machine)");
        summary.add(String.format(Locale.ROOT, "dev: %d articles, %d bytes (mean %.0f B); seed: %d bytes",
                dev.size(), devBytes, meanDevBytes, seedBytes));

        if (suites.contains("throughput")) {
            summary.add("");
            summary.add(String.format(Locale.ROOT, "%-6s %7s %12s %9s %12s %11s %13s", "input", "threads",
                    "articles/s", "MB/s", "MB/s/thread", "ms/article", "B/article"));
            for (String bench : List.of("dev", "seed")) {
                double bytes = bench.equals("dev") ? meanDevBytes : seedBytes;
                for (int threads : new int[] {1, 2}) {
                    RunResult r = single(run(base(longRun, jvmArgs)
                            .include(PipelineBenchmark.class.getName() + "\\." + bench + "$")
                            .mode(Mode.Throughput).timeUnit(TimeUnit.SECONDS).threads(threads)
                            .addProfiler(GCProfiler.class)));
                    double perSec = r.getPrimaryResult().getScore();
                    double mbs = perSec * bytes / 1e6;
                    summary.add(String.format(Locale.ROOT, "%-6s %7d %12.0f %9.2f %12.2f %11.4f %13.0f", bench,
                            threads, perSec, mbs, mbs / threads, threads * 1000.0 / perSec, allocPerOp(r)));
                }
            }
        }
        if (suites.contains("median")) {
            RunResult r = single(run(base(longRun, jvmArgs)
                    .include(PipelineBenchmark.class.getName() + "\\.dev$")
                    .mode(Mode.SampleTime).timeUnit(TimeUnit.MILLISECONDS).threads(1)));
            var stats = r.getPrimaryResult().getStatistics();
            summary.add("");
            summary.add(String.format(Locale.ROOT,
                    "dev, 1 thread, ms per article: mean %.4f  p50 %.4f  p90 %.4f  p99 %.4f  max %.4f  (n=%d)",
                    stats.getMean(), stats.getPercentile(50), stats.getPercentile(90), stats.getPercentile(99),
                    stats.getMax(), stats.getN()));
        }
        if (suites.contains("scaling")) {
            Collection<RunResult> rs = run(base(longRun, jvmArgs)
                    .include(ScalingBenchmark.class.getName() + "\\.score$")
                    .mode(Mode.AverageTime).timeUnit(TimeUnit.MILLISECONDS).threads(1)
                    .addProfiler(GCProfiler.class));
            Map<Integer, RunResult> bySize = new LinkedHashMap<>();
            rs.stream().sorted((a, b) -> Integer.compare(size(a), size(b))).forEach(r -> bySize.put(size(r), r));
            summary.add("");
            summary.add(String.format(Locale.ROOT, "%-10s %12s %12s %14s %15s", "chars", "ms/article", "ratio",
                    "ms per 100 KB", "MB allocated"));
            double prevMs = Double.NaN;
            int prevSize = 0;
            for (Map.Entry<Integer, RunResult> e : bySize.entrySet()) {
                double ms = e.getValue().getPrimaryResult().getScore();
                String ratio = Double.isNaN(prevMs) ? "-"
                        : String.format(Locale.ROOT, "x%.1f/x%d", ms / prevMs, e.getKey() / prevSize);
                summary.add(String.format(Locale.ROOT, "%-10d %12.3f %12s %14.3f %15.1f", e.getKey(), ms, ratio,
                        ms * 100_000.0 / e.getKey(), allocPerOp(e.getValue()) / 1e6));
                prevMs = ms;
                prevSize = e.getKey();
            }
            summary.add("(ratio: time factor / size factor to the previous row; x10/x10 is linear, x100/x10 quadratic)");
        }
        summary.add("load average at end: " + loadAverage());
        System.out.println();
        System.out.println("==== summary ====");
        summary.forEach(System.out::println);
    }

    private static String loadAverage() {
        try {
            String[] f = java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static ChainedOptionsBuilder base(boolean longRun, String[] jvmArgs) {
        ChainedOptionsBuilder b = new OptionsBuilder().jvmArgsAppend(jvmArgs).shouldFailOnError(true);
        return longRun
                ? b.forks(3).warmupIterations(5).warmupTime(TimeValue.seconds(2)).measurementIterations(10)
                        .measurementTime(TimeValue.seconds(2))
                : b.forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(1)).measurementIterations(5)
                        .measurementTime(TimeValue.seconds(1));
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
        return new Runner(options.build()).run();
    }

    private static RunResult single(Collection<RunResult> rs) {
        if (rs.size() != 1) {
            throw new IllegalStateException("expected one result, got " + rs.size());
        }
        return rs.iterator().next();
    }

    private static int size(RunResult r) {
        return Integer.parseInt(r.getParams().getParam("chars"));
    }

    /** gc.alloc.rate.norm: bytes allocated per operation (= per article), NaN without -prof gc. */
    private static double allocPerOp(RunResult r) {
        for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
            if (e.getKey().endsWith("gc.alloc.rate.norm")) {
                return e.getValue().getScore();
            }
        }
        return Double.NaN;
    }
}
