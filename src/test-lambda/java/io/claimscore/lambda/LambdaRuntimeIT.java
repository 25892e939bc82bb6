package io.claimscore.lambda;

import com.amazonaws.services.lambda.runtime.api.client.AWSLambda;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.claimscore.function.ReportInvariants;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the packaged function the way AWS's managed Java runtime does: target/function.zip unpacked as the task root,
 * AWS's runtime interface client ({@link AWSLambda}) as main with the handler from deploy/sam-jvm.yaml, in a child
 * JVM that polls a Lambda Runtime API served here on loopback. Scores the seed article, fails a bad event with the
 * project's error type, then scores the seed again; prints the cold start (process start to first response).
 */
class LambdaRuntimeIT {

    static final String HANDLER = "io.quarkus.funqy.lambda.FunqyStreamHandler::handleRequest";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/2018-06-01/runtime";

    /** What the function answered for one request: a response body, or an error body with its type header. */
    record Outcome(boolean error, String body, String errorTypeHeader, long atNanos) {
    }

    /** A minimal Lambda Runtime API: one invocation at a time, in the order queued. */
    static final class RuntimeApi implements AutoCloseable {
        final HttpServer server;
        final ExecutorService executor = Executors.newFixedThreadPool(4);
        final BlockingQueue<String[]> events = new LinkedBlockingQueue<>();
        final Map<String, CompletableFuture<Outcome>> outcomes = new ConcurrentHashMap<>();
        final CompletableFuture<String> initError = new CompletableFuture<>();

        RuntimeApi() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            server.createContext(API + "/invocation/next", this::next);
            server.createContext(API + "/invocation/", this::result);
            server.createContext(API + "/init/error", ex -> {
                initError.complete(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                reply(ex, 202, "{}");
            });
            server.setExecutor(executor);
            server.start();
        }

        String address() {
            return "127.0.0.1:" + server.getAddress().getPort();
        }

        CompletableFuture<Outcome> enqueue(String event) {
            String id = UUID.randomUUID().toString();
            CompletableFuture<Outcome> outcome = new CompletableFuture<>();
            outcomes.put(id, outcome);
            events.add(new String[] {id, event});
            return outcome;
        }

        private void next(HttpExchange ex) throws IOException {
            String[] event;
            try {
                event = events.poll(120, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                event = null;
            }
            if (event == null) {
                reply(ex, 500, "{\"errorMessage\":\"no event\"}");
                return;
            }
            ex.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", event[0]);
            ex.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms",
                    Long.toString(System.currentTimeMillis() + 60_000));
            ex.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn",
                    "arn:aws:lambda:eu-west-1:000000000000:function:claimscore");
            ex.getResponseHeaders().add("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000;Sampled=0");
            ex.getResponseHeaders().add("Content-Type", "application/json");
            reply(ex, 200, event[1]);
        }

        private void result(HttpExchange ex) throws IOException {
            long at = System.nanoTime();
            String[] parts = ex.getRequestURI().getPath().substring((API + "/invocation/").length()).split("/");
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            CompletableFuture<Outcome> outcome = parts.length == 2 ? outcomes.get(parts[0]) : null;
            if (outcome == null) {
                reply(ex, 404, "{}");
                return;
            }
            outcome.complete(new Outcome(parts[1].equals("error"), body,
                    ex.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type"), at));
            reply(ex, 202, "{}");
        }

        private static void reply(HttpExchange ex, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }

        @Override
        public void close() {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void managedJavaRuntimeScoresFailsTypedAndRecovers() throws Exception {
        Path taskRoot = unzip(Path.of(System.getProperty("claimscore.function.zip", "target/function.zip")));
        String seedEvent = Files.readString(Path.of(System.getProperty("claimscore.seed", "deploy/events/seed-article.json")));
        String seedText = (String) JSON.readValue(seedEvent, Map.class).get("text");
        Path log = Path.of(System.getProperty("claimscore.it.log", "target/lambda-runtime-it.log"));

        try (RuntimeApi api = new RuntimeApi()) {
            CompletableFuture<Outcome> first = api.enqueue(seedEvent);
            CompletableFuture<Outcome> bad = api.enqueue("{\"text\": 42}");
            CompletableFuture<Outcome> again = api.enqueue(seedEvent);

            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // the flags AWS's java17/java21 runtimes start the JVM with
                    "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-cp", classpath(taskRoot), AWSLambda.class.getName(), HANDLER));
            ProcessBuilder builder = new ProcessBuilder(command).directory(taskRoot.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("AWS_LAMBDA_RUNTIME_API", api.address());
            env.put("_HANDLER", HANDLER);
            env.put("LAMBDA_TASK_ROOT", taskRoot.toString());
            env.put("AWS_LAMBDA_FUNCTION_NAME", "claimscore");
            env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
            env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
            env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/claimscore");
            env.put("AWS_LAMBDA_LOG_STREAM_NAME", "it");
            env.put("AWS_REGION", "eu-west-1");

            long started = System.nanoTime();
            Process process = builder.start();
            try {
                Outcome scored = first.get(120, TimeUnit.SECONDS);
                long coldMillis = TimeUnit.NANOSECONDS.toMillis(scored.atNanos() - started);
                assertTrue(!scored.error(), "first invocation failed: " + scored.body() + "\n" + tail(log));
                ReportInvariants.check(seedText, JSON.readValue(scored.body(), Map.class));

                Outcome failed = bad.get(60, TimeUnit.SECONDS);
                assertTrue(failed.error(), "the bad event must fail the invocation: " + failed.body());
                Map<String, Object> error = JSON.readValue(failed.body(), Map.class);
                assertEquals("io.claimscore.error.InvalidArticleException", error.get("errorType"), failed.body());
                assertEquals("invalid_field: \"text\": expected a JSON string or null, got a number.",
                        error.get("errorMessage"));

                long warmStart = System.nanoTime();
                Outcome recovered = again.get(60, TimeUnit.SECONDS);
                assertTrue(!recovered.error(), "the bad event broke the next one: " + recovered.body());
                ReportInvariants.check(seedText, JSON.readValue(recovered.body(), Map.class));
                assertNotNull(recovered.body());
                System.out.printf("LambdaRuntimeIT: cold start (JVM start to first response, seed article) %d ms; "
                        + "warm seed invocation about %d ms; RIC %s%n", coldMillis,
                        TimeUnit.NANOSECONDS.toMillis(recovered.atNanos() - Math.max(warmStart, failed.atNanos())),
                        AWSLambda.class.getPackage().getImplementationVersion());
                assertTrue(!api.initError.isDone(), "init error: " + api.initError.getNow(null));
            } finally {
                process.destroy();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }

    /** The task root, then its lib/ jars, then the runtime client's jars: the managed runtime's order. */
    private static String classpath(Path taskRoot) throws IOException, URISyntaxException {
        List<String> entries = new ArrayList<>();
        entries.add(taskRoot.toString());
        try (var jars = Files.list(taskRoot.resolve("lib"))) {
            jars.sorted().forEach(j -> entries.add(j.toString()));
        }
        for (String runtimeClass : List.of("com.amazonaws.services.lambda.runtime.api.client.AWSLambda",
                "com.amazonaws.services.lambda.runtime.serialization.PojoSerializer",
                "software.amazon.awssdk.utilslite.SdkInternalThreadLocal")) {
            try {
                entries.add(Path.of(Class.forName(runtimeClass).getProtectionDomain().getCodeSource().getLocation()
                        .toURI()).toString());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("runtime client class missing from the test classpath: " + runtimeClass);
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static Path unzip(Path zip) throws IOException {
        assertTrue(Files.isRegularFile(zip), zip + " missing: run ./mvnw verify -Plambda");
        Path root = Files.createTempDirectory("claimscore-task");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = root.resolve(e.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new IOException("zip entry outside the task root: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
        return root;
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
