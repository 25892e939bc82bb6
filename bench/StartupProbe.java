import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Start-up and warm-load probe for bench/startup.sh (run as a single-file source program, JDK 11+; talks to
 * 127.0.0.1 only).
 *
 * <pre>
 * java bench/StartupProbe.java http   JAR SEED_JSON DEV_DIR RUNS WARM_ROUNDS ROUNDS [JVM_OPTION...]
 * </pre>
 *
 * http: starts {@code java -jar JAR} on a free port RUNS times; the clock starts just before the process is created
 * and stops at the first 200 answer to POST /score with the seed request (polled every 5 ms). The last process then
 * gets WARM_ROUNDS passes over all dev articles, ROUNDS measured sequential passes (median latency per article),
 * ROUNDS passes from 2 concurrent clients (requests/s), and its VmHWM/VmRSS is read from /proc.
 */
public final class StartupProbe {

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path jar = Path.of(args[1]);
        String seed = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8);
        List<String> dev = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[3]))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                dev.add("{\"text\":" + json(Files.readString(p, StandardCharsets.UTF_8)) + "}");
            }
        }
        int runs = Integer.parseInt(args[4]);
        int warmRounds = Integer.parseInt(args[5]);
        int rounds = Integer.parseInt(args[6]);
        List<String> jvmOptions = List.of(args).subList(7, args.length);
        if (!mode.equals("http")) {
            throw new IllegalArgumentException("mode must be http");
        }
        Target target = new HttpTarget();

        double[] startMs = new double[runs];
        Process last = null;
        for (int r = 0; r < runs; r++) {
            if (last != null) {
                stop(last);
            }
            last = target.start(jar, jvmOptions, seed);
            startMs[r] = target.startupMs;
            System.out.printf(Locale.ROOT, "  run %d: process start -> first answer %.0f ms%n", r + 1, startMs[r]);
        }
        Process p = last;
        double[] sorted = startMs.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "RESULT start-to-first-answer ms: median %.0f  min %.0f  max %.0f  (n=%d)%n",
                median(sorted), sorted[0], sorted[sorted.length - 1], runs);
        System.out.printf(Locale.ROOT, "RESULT after first answer: VmHWM %s  VmRSS %s%n", status(p, "VmHWM"),
                status(p, "VmRSS"));
        try {
            for (int r = 0; r < warmRounds; r++) {
                for (String body : dev) {
                    target.call(body);
                }
            }
            double[] lat = new double[rounds * dev.size()];
            int k = 0;
            for (int r = 0; r < rounds; r++) {
                for (String body : dev) {
                    long t0 = System.nanoTime();
                    target.call(body);
                    lat[k++] = (System.nanoTime() - t0) / 1e6;
                }
            }
            Arrays.sort(lat);
            double[] seedLat = new double[200];
            for (int i = 0; i < seedLat.length; i++) {
                long t0 = System.nanoTime();
                target.call(seed);
                seedLat[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(seedLat);
            System.out.printf(Locale.ROOT,
                    "RESULT warm latency per dev article, 1 client (%d warm-up passes, %d measured x %d articles): "
                            + "median %.3f ms  p90 %.3f  p99 %.3f  max %.3f%n",
                    warmRounds, rounds, dev.size(), median(lat), pct(lat, 90), pct(lat, 99), lat[lat.length - 1]);
            System.out.printf(Locale.ROOT, "RESULT warm latency seed article, 1 client: median %.3f ms  p90 %.3f%n",
                    median(seedLat), pct(seedLat, 90));
            if (target.concurrent()) {
                AtomicInteger next = new AtomicInteger();
                int total = rounds * dev.size();
                long t0 = System.nanoTime();
                Thread[] clients = new Thread[2];
                for (int c = 0; c < clients.length; c++) {
                    clients[c] = new Thread(() -> {
                        for (int i; (i = next.getAndIncrement()) < total; ) {
                            target.call(dev.get(i % dev.size()));
                        }
                    });
                    clients[c].start();
                }
                for (Thread c : clients) {
                    c.join();
                }
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "RESULT 2 concurrent clients: %d dev articles in %.2f s = %.0f requests/s%n",
                        total, s, total / s);
            }
            System.out.printf(Locale.ROOT, "RESULT after load: VmHWM (peak RSS) %s  VmRSS %s%n", status(p, "VmHWM"),
                    status(p, "VmRSS"));
        } finally {
            stop(p);
            target.close();
        }
    }

    abstract static class Target {
        double startupMs;

        abstract Process start(Path jar, List<String> jvmOptions, String firstBody) throws Exception;

        abstract void call(String body);

        boolean concurrent() {
            return true;
        }

        void close() {
        }

        static ProcessBuilder java(Path jar, List<String> jvmOptions, List<String> extra) {
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(jvmOptions);
            cmd.addAll(extra);
            cmd.add("-jar");
            // From the jar's own directory, as the deployment runs it: an AppCDS archive records the class path
            // as it was when the archive was dumped there (quarkus-run.jar, relative).
            cmd.add(jar.getFileName().toString());
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.directory(jar.toAbsolutePath().getParent().toFile());
            pb.redirectErrorStream(true);
            pb.redirectOutput(Path.of(System.getProperty("java.io.tmpdir"), "claimscore-startup-probe.log").toFile());
            return pb;
        }
    }

    static final class HttpTarget extends Target {
        final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        URI uri;

        @Override
        Process start(Path jar, List<String> jvmOptions, String firstBody) throws Exception {
            int port = freePort();
            uri = URI.create("http://127.0.0.1:" + port + "/score");
            ProcessBuilder pb = java(jar, jvmOptions,
                    List.of("-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port));
            long t0 = System.nanoTime();
            Process p = pb.start();
            long deadline = t0 + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("application exited with " + p.exitValue() + ", see "
                            + pb.redirectOutput().file());
                }
                if (System.nanoTime() > deadline) {
                    p.destroyForcibly();
                    throw new IllegalStateException("no 200 from " + uri + " within 60 s");
                }
                try {
                    if (post(firstBody).statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(5);
            }
            startupMs = (System.nanoTime() - t0) / 1e6;
            return p;
        }

        HttpResponse<String> post(String body) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        @Override
        void call(String body) {
            try {
                HttpResponse<String> r = post(body);
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
    }

    static String status(Process p, String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(p.pid()), "status"))) {
                if (line.startsWith(key + ":")) {
                    long kb = Long.parseLong(line.substring(key.length() + 1).trim().split("\\s+")[0]);
                    return String.format(Locale.ROOT, "%.1f MB", kb / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            return "n/a (" + e.getMessage() + ")";
        }
        return "n/a";
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
