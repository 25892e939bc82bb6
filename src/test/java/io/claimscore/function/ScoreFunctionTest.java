package io.claimscore.function;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.claimscore.function.TestFixtures.json;
import static io.claimscore.function.TestFixtures.seedArticle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /score} end to end over HTTP. Attribution is still being built, so success tests check the contract
 * and its invariants ({@link ReportInvariants}), not particular attributions.
 */
@QuarkusTest
class ScoreFunctionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Response post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/score");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(Response response) throws IOException {
        return JSON.readValue(response.asString(), Map.class);
    }

    // ---- success ----

    @Test
    void scoresTheSeedArticle() throws IOException {
        String text = seedArticle();
        Response response = post(json("title", "North Korea finds ‘role’ in Ukraine war", "text", text,
                "url", "https://example.org/nk", "publishedAt", "2023-12-01", "language", "en"));
        assertEquals(200, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith("application/json"), response.contentType());
        Map<String, Object> report = parse(response);
        assertFalse(report.containsKey("text"), "text is echoed only for html input");
        ReportInvariants.check(text, report);
        assertTrue((Integer) ((Map<?, ?>) report.get("summary")).get("statements") > 5, "seed has many statements");
    }

    @Test
    void htmlInputReturnsTheExtractedTextThatOffsetsReferTo() throws IOException {
        String html = "<html><head><title>T</title><script>var x = 1;</script></head><body><h1>Storm hits coast</h1>"
                + "<p>The storm caused damage worth $2 billion, officials said on Monday.</p>"
                + "<p>“We are rebuilding,” the mayor said. Residents were evacuated &amp; sheltered.</p></body></html>";
        Response response = post(json("html", html));
        assertEquals(200, response.statusCode(), response.asString());
        Map<String, Object> report = parse(response);
        String text = (String) report.get("text");
        assertTrue(text != null && text.contains("$2 billion") && text.contains("evacuated & sheltered"), text);
        assertFalse(text.contains("<p>"), text);
        ReportInvariants.check(text, report);
    }

    @Test
    void unknownFieldsAreIgnoredAndNullsMeanAbsent() throws IOException {
        String text = "The council approved the budget on Tuesday. It takes effect next year.";
        Response response = post("{\"text\": " + JSON.writeValueAsString(text)
                + ", \"html\": null, \"language\": \"EN\", \"extra\": {\"nested\": [1, 2, {\"deep\": true}]}}");
        assertEquals(200, response.statusCode(), response.asString());
        ReportInvariants.check(text, parse(response));
    }

    @Test
    void fieldNamesMatchCaseInsensitively() throws IOException {
        String text = "Prices rose 4% in March, the statistics office said.";
        Response response = post(json("Text", text, "LANGUAGE", "en"));
        assertEquals(200, response.statusCode(), response.asString());
        ReportInvariants.check(text, parse(response));
    }

    // ---- errors ----

    @Test
    void malformedJson() {
        assertError(post("{\"text\": \"unterminated"), 400, "malformed_json");
        assertError(post("{\"text\": \"a\"} trailing"), 400, "malformed_json");
        assertError(post("[\"text\"]"), 400, "malformed_json");
    }

    @Test
    void tooDeeplyNestedJson() {
        String deep = "[".repeat(200) + "]".repeat(200);
        assertError(post("{\"text\": \"Hello there.\", \"extra\": " + deep + "}"), 400, "malformed_json");
    }

    @Test
    void emptyBody() {
        assertError(post(""), 400, "missing_body");
        assertError(post("  \n "), 400, "missing_body");
        assertError(post("null"), 400, "missing_body");
    }

    @Test
    void neitherTextNorHtml() throws IOException {
        assertError(post("{}"), 400, "missing_text");
        assertError(post(json("title", "Only a title")), 400, "missing_text");
    }

    @Test
    void bothTextAndHtml() throws IOException {
        assertError(post(json("text", "Some text.", "html", "<p>Some text.</p>")), 400, "both_text_and_html");
    }

    @Test
    void nonStringText() {
        assertError(post("{\"text\": 42}"), 400, "invalid_field");
        assertError(post("{\"text\": {\"body\": \"x\"}}"), 400, "invalid_field");
        assertError(post("{\"text\": [\"x\"]}"), 400, "invalid_field");
        assertError(post("{\"text\": true}"), 400, "invalid_field");
        assertError(post("{\"html\": 3.5}"), 400, "invalid_field");
        // Names match case-insensitively, so a mistyped-case field is still type-checked.
        assertError(post("{\"TEXT\": 42}"), 400, "invalid_field");
        assertError(post("{\"text\": \"fine\", \"language\": 1}"), 400, "invalid_field");
    }

    @Test
    void emptyOrWhitespaceText() throws IOException {
        assertError(post(json("text", "")), 400, "empty_text");
        assertError(post(json("text", "  \n\t ")), 400, "empty_text");
    }

    @Test
    void unsupportedLanguage() throws IOException {
        assertError(post(json("text", "Der Rat hat zugestimmt.", "language", "de")), 400, "unsupported_language");
    }

    @Test
    void textOverMaxChars() throws IOException {
        assertError(post(json("text", "a".repeat(1_000_001))), 413, "text_too_long");
    }

    @Test
    void wrongContentType() {
        assertError(given().contentType("text/plain").body("{\"text\": \"Hello.\"}").post("/score"), 415,
                "unsupported_media_type");
        assertError(given().contentType("application/x-www-form-urlencoded").body("text=Hello").post("/score"), 415,
                "unsupported_media_type");
    }

    @Test
    void wrongMethod() {
        Response response = given().queryParam("text", "Hello.").get("/score");
        assertError(response, 405, "method_not_allowed");
        assertEquals("POST", response.header("Allow"));
    }

    static void assertError(Response response, int status, String code) {
        String body = response.asString();
        assertEquals(status, response.statusCode(), body);
        assertTrue(response.contentType().startsWith("application/json"), response.contentType());
        Map<?, ?> error;
        try {
            error = JSON.readValue(body, Map.class);
        } catch (IOException e) {
            throw new AssertionError("error body is not JSON: " + body, e);
        }
        assertEquals(code, error.get("error"), body);
        Object message = error.get("message");
        assertTrue(message instanceof String m && !m.isBlank(), body);
        String m = (String) message;
        assertFalse(m.contains("at io.") || m.contains("Exception") || m.contains("\tat "), "stack trace text: " + m);
        assertNull(error.get("stackTrace"), body);
        assertEquals(2, error.size(), "only error and message: " + body);
    }
}
