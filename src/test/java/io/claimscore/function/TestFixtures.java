package io.claimscore.function;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Inputs shared by the tests of every binding and stage: the bundled seed article and JSON request bodies.
 * Plain Java (no Quarkus types), so the Lambda build's tests use it too.
 */
public final class TestFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestFixtures() {
    }

    /** The seed article (a copy of shared/examples/seed-article.txt in the test resources). */
    public static String seedArticle() {
        return resource("/articles/seed-article.txt");
    }

    /** A UTF-8 test resource as text. */
    public static String resource(String name) {
        try (InputStream in = TestFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON object from alternating keys and values, in that order. */
    public static String json(Object... keyValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            body.put((String) keyValues[i], keyValues[i + 1]);
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
