package io.claimscore.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimscore.error.ClaimscoreException;
import io.claimscore.function.ReportInvariants;
import io.claimscore.pipeline.ArticleInput;
import io.claimscore.pipeline.ClaimscorePipeline;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.claimscore.function.TestFixtures.json;
import static io.claimscore.function.TestFixtures.seedArticle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The Lambda build end to end through Quarkus's mock event server: events go through the same poll loop and Funqy
 * reader as in the native executable. Runs only under -Plambda (src/test-lambda is added by that profile).
 */
@QuarkusTest
class LambdaFunctionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Inject
    ClaimscorePipeline pipeline;

    record Invocation(int status, Map<String, Object> body) {
    }

    /** A bad event, the class Lambda must report as errorType, and the code its errorMessage starts with. */
    record BadEvent(String name, String event, String errorType, String code) {
    }

    static final String INVALID = "io.claimscore.error.InvalidArticleException";
    static final String TOO_LARGE = "io.claimscore.error.ArticleTooLargeException";

    static List<BadEvent> badEvents() throws IOException {
        return List.of(
                new BadEvent("truncated JSON", "{\"text\": \"The minister said", INVALID, "malformed_json"),
                new BadEvent("broken JSON inside the object", "{\"text\" \"x\"}", INVALID, "malformed_json"),
                new BadEvent("content after the object", "{\"text\": \"x\"} {\"text\": \"y\"}", INVALID, "malformed_json"),
                new BadEvent("an array", "[{\"text\": \"x\"}]", INVALID, "malformed_json"),
                new BadEvent("a string", "\"The minister said\"", INVALID, "malformed_json"),
                new BadEvent("JSON null", "null", INVALID, "missing_body"),
                new BadEvent("no text", "{\"title\": \"T\"}", INVALID, "missing_text"),
                new BadEvent("empty text", "{\"text\": \" \\n \"}", INVALID, "empty_text"),
                new BadEvent("empty html", "{\"html\": \"\"}", INVALID, "empty_html"),
                new BadEvent("text and html", "{\"text\": \"a\", \"html\": \"<p>b</p>\"}", INVALID, "both_text_and_html"),
                new BadEvent("number for text", "{\"text\": 42}", INVALID, "invalid_field"),
                new BadEvent("object for language", "{\"text\": \"x\", \"language\": {\"code\": \"en\"}}", INVALID,
                        "invalid_field"),
                new BadEvent("unsupported language", "{\"text\": \"Le ministre a dit.\", \"language\": \"fr\"}", INVALID,
                        "unsupported_language"),
                new BadEvent("text too long", json("text", "a".repeat(1_000_001)), TOO_LARGE, "text_too_long"));
    }

    @Test
    void scoresTheSeedArticle() throws Exception {
        String text = seedArticle();
        Invocation ok = invoke(json("title", "North Korea finds ‘role’ in Ukraine war", "text", text, "language", "en"));
        assertEquals(200, ok.status(), String.valueOf(ok.body()));
        ReportInvariants.check(text, ok.body());
        assertTrue((Integer) ((Map<?, ?>) ok.body().get("summary")).get("statements") > 5, "seed has many statements");
    }

    @Test
    void badEventsFailWithTheProjectsExceptionTypesAndTheNextEventStillWorks() throws Exception {
        for (BadEvent bad : badEvents()) {
            Invocation failed = invoke(bad.event());
            assertEquals(500, failed.status(), bad.name() + ": a failed invocation");
            assertEquals(bad.errorType(), failed.body().get("errorType"), bad.name() + ": " + failed.body());
            String message = (String) failed.body().get("errorMessage");
            assertTrue(message.startsWith(bad.code() + ": "), bad.name() + ": " + message);
            assertFalse(message.contains("com.fasterxml"), bad.name() + ": Jackson's message leaked: " + message);
        }
        String text = seedArticle();
        Invocation ok = invoke(json("text", text));
        assertEquals(200, ok.status(), "the function still scores after bad events: " + ok.body());
        ReportInvariants.check(text, ok.body());
    }

    /**
     * The Lambda reader repeats the pipeline's input checks (to throw them unwrapped): same codes, same messages as
     * the pipeline itself, so the two cannot drift apart unnoticed.
     */
    @Test
    void readerChecksAgreeWithThePipeline() throws Exception {
        Map<String, ArticleInput> cases = new LinkedHashMap<>();
        cases.put("{\"title\": \"T\"}", new ArticleInput(null, null, "T", null, null, null));
        cases.put("{\"text\": \" \\n \"}", ArticleInput.ofText(" \n "));
        cases.put("{\"html\": \"\"}", ArticleInput.ofHtml(""));
        cases.put("{\"text\": \"a\", \"html\": \"b\"}", new ArticleInput("a", "b", null, null, null, null));
        cases.put("{\"text\": \"x\", \"language\": \"fr-\\u00e9tendu-tr\\u00e8s-long\"}",
                new ArticleInput("x", null, null, null, null, "fr-étendu-très-long"));
        cases.put(json("text", "a".repeat(1_000_001)), ArticleInput.ofText("a".repeat(1_000_001)));
        cases.put(json("html", "<p>" + "a".repeat(5_000_000) + "</p>"),
                ArticleInput.ofHtml("<p>" + "a".repeat(5_000_000) + "</p>"));
        for (Map.Entry<String, ArticleInput> c : cases.entrySet()) {
            ClaimscoreException expected = null;
            try {
                pipeline.score(c.getValue());
            } catch (ClaimscoreException e) {
                expected = e;
            }
            if (expected == null) {
                fail("the pipeline accepted " + c.getValue().language());
            }
            Invocation failed = invoke(c.getKey());
            assertEquals(expected.getClass().getName(), failed.body().get("errorType"));
            assertEquals(expected.code() + ": " + expected.getMessage(), failed.body().get("errorMessage"));
        }
    }

    /**
     * Checks the pipeline makes only after extracting the text (here: HTML with no article text) cannot be thrown by
     * the reader; Funqy wraps them. The message still names the project's type and says what is wrong.
     */
    @Test
    void errorsFoundDuringTheAnalysisArriveWrappedByFunqy() throws Exception {
        Invocation failed = invoke(json("html", "<html><script>var x = 1;</script></html>"));
        assertEquals(500, failed.status());
        assertEquals("io.quarkus.funqy.runtime.ApplicationException", failed.body().get("errorType"));
        assertTrue(((String) failed.body().get("errorMessage")).startsWith(INVALID + ": No article text"),
                String.valueOf(failed.body()));
    }

    /** Posts one event to the mock event server and waits for the function's response or error. */
    @SuppressWarnings("unchecked")
    static Invocation invoke(String event) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + eventServer() + "/_lambda_"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(event, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Invocation(response.statusCode(), JSON.readValue(response.body(), Map.class));
    }

    private static String eventServer() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus-internal.aws-lambda.test-api", String.class)
                .orElse("localhost:" + ConfigProvider.getConfig()
                        .getOptionalValue("quarkus.lambda.mock-event-server.test-port", Integer.class).orElse(8081));
    }
}
