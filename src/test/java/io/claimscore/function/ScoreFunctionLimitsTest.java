package io.claimscore.function;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static io.claimscore.function.ScoreFunctionTest.assertError;
import static io.claimscore.function.TestFixtures.json;
import static io.claimscore.function.ScoreFunctionTest.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The size limits, with small configured values so the requests stay small: config reaches the pipeline. */
@QuarkusTest
@TestProfile(ScoreFunctionLimitsTest.SmallLimits.class)
class ScoreFunctionLimitsTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "claimscore.limits.max-chars", "100",
                    "claimscore.limits.max-html-chars", "300",
                    "claimscore.limits.max-statements", "3",
                    "quarkus.http.limits.max-body-size", "200K");
        }
    }

    @Test
    void textAtTheLimitIsScored() throws IOException {
        String text = "The mayor resigned on Friday. " + "x".repeat(70);
        assertEquals(100, text.length());
        assertEquals(200, post(json("text", text)).statusCode());
    }

    @Test
    void textOverMaxChars() throws IOException {
        assertError(post(json("text", "a".repeat(101))), 413, "text_too_long");
    }

    @Test
    void htmlOverMaxHtmlChars() throws IOException {
        assertError(post(json("html", "<p>" + "a".repeat(300) + "</p>")), 413, "html_too_long");
    }

    @Test
    void tooManyStatements() throws IOException {
        assertError(post(json("text", "One fell. Two rose. Three sat. Four ran.")), 413, "too_many_statements");
    }

    @Test
    void stringFarOverTheLimitsStopsAtTheParser() throws IOException {
        // Over max(max-chars, max-html-chars) + the 64K margin: rejected while parsing, before the pipeline.
        assertError(post(json("title", "t".repeat(300 + JacksonLimits.STRING_LENGTH_MARGIN + 1), "text", "Hi.")),
                413, "value_too_long");
    }

    @Test
    void bodyOverTheHttpLimit() throws IOException {
        assertError(post(json("text", "b".repeat(250_000))), 413, "body_too_large");
    }
}
