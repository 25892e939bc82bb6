package io.claimscore.robustness;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import io.claimscore.function.LogCapture;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static io.claimscore.robustness.Http.json;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Article text never reaches the log at INFO or above, nor an error response (beyond a short escaped excerpt of a
 * metadata value): every client-error path and a success, each with a marker in the article, while every log
 * record of the process (root logger) is captured.
 */
@QuarkusTest
class PrivacyLogTest {

    static final String SECRET = "EMBARGOED-STORY-7Q";

    @TestHTTPResource("/score")
    URI score;

    @Test
    void noArticleTextInLogsOrErrorResponses() {
        String article = "The minister said the budget " + SECRET + " rose 5%. Sources said it fell.";
        List<Object[]> requests = List.of(
                new Object[] {"application/json", json("text", article)},                        // 200
                new Object[] {"application/json", json("html", "<p>" + article + "</p>")},        // 200
                new Object[] {"application/json", "{\"text\": \"" + article},                     // malformed_json
                new Object[] {"application/json", "{\"text\": \"" + article + "\"} " + SECRET},   // trailing content
                new Object[] {"application/json", "{\"text\": [\"" + article + "\"]}"},           // invalid_field
                new Object[] {"application/json", "{\"text\": " + SECRET + "}"},                  // bare word
                new Object[] {"application/json", "{\"" + SECRET + "\": 1, \"x\": tru"},          // in a field name
                new Object[] {"application/json", "{\"text\": \"" + article + "\", \"x\": " + "[".repeat(100) + "}"},
                new Object[] {"application/json", json("text", article, "html", article)},       // both
                new Object[] {"application/json", json("text", article, "language", "de")},      // unsupported_language
                new Object[] {"application/json", json("text", article + "a".repeat(1_000_001))}, // text_too_long
                new Object[] {"application/json", json("html", article + "a".repeat(5_000_001))}, // html_too_long
                new Object[] {"application/json", json("text", article, "n", "9".repeat(100))},
                new Object[] {"application/json", "{\"text\": \"" + article + "\", \"n\": " + "9".repeat(100) + "}"},
                new Object[] {"text/plain", json("text", article)},                              // unsupported_media_type
                new Object[] {"application/json; charset=latin1", json("text", article)});

        List<LogRecord> records;
        try (LogCapture capture = new LogCapture("")) {
            for (Object[] r : requests) {
                Http.Reply reply = Http.post(score, (String) r[0], ((String) r[1]).getBytes(StandardCharsets.UTF_8));
                assertNotEquals(500, reply.status(), reply.body());
                if (reply.status() != 200) {
                    Http.assertClientError(reply);
                    assertFalse(reply.body().contains(SECRET), "article text in an error response: " + reply.body());
                    assertFalse(reply.body().contains("minister"), "article text in an error response: " + reply.body());
                }
            }
            records = capture.records();
        }
        for (LogRecord r : records) {
            if (r.getLevel().intValue() < Level.INFO.intValue()) {
                continue;
            }
            StringBuilder logged = new StringBuilder(String.valueOf(r.getMessage()));
            if (r.getParameters() != null) {
                for (Object p : r.getParameters()) {
                    logged.append(' ').append(p);
                }
            }
            for (Throwable t = r.getThrown(); t != null; t = t.getCause()) {
                logged.append(' ').append(t);
            }
            assertFalse(logged.toString().contains(SECRET), "article text logged at " + r.getLevel() + ": " + logged);
            assertFalse(logged.toString().contains("minister"), "article text logged at " + r.getLevel() + ": " + logged);
        }
        assertTrue(records.stream().noneMatch(r -> r.getLevel().intValue() >= Level.SEVERE.intValue()),
                "no request here is a server error");
    }
}
