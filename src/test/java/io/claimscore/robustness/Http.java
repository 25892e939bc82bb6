package io.claimscore.robustness;

import io.claimscore.function.TestFixtures;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A raw HTTP client for the robustness tests: exact bytes in (invalid UTF-8, any header), status and body out. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Writes non-ASCII as escapes, so a lone surrogate reaches the server as {@code \\ud800}, not as '?'. */
    private static final ObjectMapper ASCII_JSON = new ObjectMapper().configure(
            com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature(), true);
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {
    }

    record Reply(int status, String contentType, String body) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            try {
                return JSON.readValue(body, Map.class);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body.substring(0, Math.min(300, body.length())), e);
            }
        }
    }

    static Reply post(URI uri, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new AssertionError("request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static Reply post(URI uri, byte[] body) {
        return post(uri, "application/json", body);
    }

    static Reply post(URI uri, String body) {
        return post(uri, body.getBytes(StandardCharsets.UTF_8));
    }

    static String json(Object... keyValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            body.put((String) keyValues[i], keyValues[i + 1]);
        }
        try {
            return ASCII_JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A client error: 4xx, JSON {error, message} with a non-blank message and nothing else. Returns the code. */
    static String assertClientError(Reply r) {
        assertTrue(r.status() >= 400 && r.status() < 500, "expected 4xx, got " + r.status() + ": " + excerpt(r.body()));
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        Map<String, Object> error = r.json();
        assertEquals(2, error.size(), r.body());
        assertTrue(error.get("error") instanceof String, r.body());
        assertTrue(error.get("message") instanceof String m && !m.isBlank(), r.body());
        String m = (String) error.get("message");
        assertFalse(m.contains("Exception") || m.contains("\tat "), m);
        assertTrue(m.length() < 400, "long message: " + m.length());
        return (String) error.get("error");
    }

    static void assertError(Reply r, int status, String code) {
        assertEquals(code, assertClientError(r), r.body());
        assertEquals(status, r.status(), r.body());
    }

    static String excerpt(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }

    static String resource(String name) {
        return TestFixtures.resource(name);
    }
}
