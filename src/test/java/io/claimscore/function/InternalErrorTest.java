package io.claimscore.function;

import io.claimscore.pipeline.ClaimscorePipeline;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.logging.LogRecord;

import static io.claimscore.function.TestFixtures.json;
import static io.claimscore.function.ScoreFunctionTest.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An unexpected failure inside the pipeline: 500 with a generic JSON body, and neither the response nor the log
 * carries the exception's message (which, like this one, may quote the article).
 */
@QuarkusTest
@TestProfile(InternalErrorTest.FailingPipeline.class)
class InternalErrorTest {

    static final String SECRET = "UNPUBLISHED-SCOOP";

    public static class FailingPipeline implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(FailingPipelineProducer.class);
        }
    }

    @Alternative
    public static class FailingPipelineProducer {
        @Produces
        @Singleton
        ClaimscorePipeline pipeline(ClaimscoreConfig config) {
            return new ClaimscorePipeline(config.toSettings(), doc -> {
                throw new IllegalStateException("failed on: " + doc.text());
            });
        }
    }

    @Test
    void unexpectedFailureIsA500WithoutDetails() throws IOException {
        List<LogRecord> records;
        try (LogCapture capture = new LogCapture("io.claimscore.http")) {
            Response response = post(json("text", "The minister resigned. " + SECRET));
            ScoreFunctionTest.assertError(response, 500, "internal_error");
            assertFalse(response.asString().contains(SECRET), response.asString());
            records = capture.records();
        }
        assertFalse(records.isEmpty(), "the failure is logged");
        for (LogRecord r : records) {
            StringBuilder logged = new StringBuilder(String.valueOf(r.getMessage()));
            for (Throwable t = r.getThrown(); t != null; t = t.getCause()) {
                logged.append(' ').append(t);
            }
            assertFalse(logged.toString().contains(SECRET), "article text in the log: " + logged);
            assertTrue(r.getThrown() != null, "stack trace kept for the operator");
        }
        assertEquals(1, records.size());
    }
}
