package io.claimscore.function.lambda;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.claimscore.error.ArticleTooLargeException;
import io.claimscore.error.ClaimscoreException;
import io.claimscore.error.InvalidArticleException;
import io.claimscore.function.ClaimscoreConfig;
import io.claimscore.function.ScoreRequest;
import io.claimscore.pipeline.InputValidator;
import io.claimscore.pipeline.Limits;
import io.quarkus.arc.Arc;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Reads a Lambda event into a {@link ScoreRequest} with Jackson's own deserializer for it (so the field rules,
 * {@code StrictStringDeserializer} included, are the HTTP binding's), and throws a {@link ClaimscoreException} for
 * anything wrong: a JSON error, a value of the wrong type, content after the object, JSON {@code null}, or an article
 * the pipeline would reject before analysing it. These are thrown at the root of the read, where Jackson does not
 * wrap them, so they leave Funqy's reader (and so the invocation) as they are; see {@link LambdaEventReader}.
 * <p>
 * Each error message starts with the stable code the HTTP binding uses ({@code "missing_text: ..."}): Lambda's error
 * has only {@code errorType} (the class) and {@code errorMessage}, and callers need the code to tell cases apart.
 * Messages never carry more of the event than a short escaped excerpt, and Jackson's own messages (which may quote
 * the article) are never passed on.
 */
final class CheckedRequestDeserializer extends DelegatingDeserializer {

    private static final List<String> FIELDS = List.of("text", "html", "title", "url", "publishedAt", "language");

    CheckedRequestDeserializer(JsonDeserializer<?> delegate) {
        super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
        return new CheckedRequestDeserializer(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        ScoreRequest request;
        try {
            request = (ScoreRequest) _delegatee.deserialize(p, ctxt);
            // "{...} garbage" is a broken client: scoring the first half of a concatenation would hide that.
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                throw invalid("malformed_json", "The event must be exactly one JSON object, like {\"text\": \"...\"}, "
                        + "with nothing after it" + where(p.currentLocation()) + ".");
            }
        } catch (JacksonException e) {
            throw classify(e);
        }
        check(request, limits());
        return request;
    }

    /** JSON {@code null} as the whole event: Jackson asks for the null value instead of deserializing. */
    @Override
    public Object getNullValue(DeserializationContext ctxt) {
        throw invalid("missing_body", "The event is JSON null. Send a JSON object with a \"text\" or an \"html\" field.");
    }

    /**
     * The checks the pipeline makes before any analysis ({@code io.claimscore.pipeline.InputValidator#validate}),
     * in the same order with the same codes and messages; LambdaFunctionTest compares both on every case. Checks that
     * need the analysis (text extracted from HTML, statement count) stay in the pipeline, and reach the caller
     * wrapped by Funqy (see deploy/README.md).
     */
    static void check(ScoreRequest input, Limits limits) {
        try {
            new InputValidator(limits).validate(input.toArticleInput());
        } catch (InvalidArticleException e) {
            throw invalid(e.code(), e.getMessage());
        } catch (ArticleTooLargeException e) {
            throw new ArticleTooLargeException(e.code(), e.code() + ": " + e.getMessage());
        }
    }

    /**
     * The configured limits, looked up per event: Funqy copies the mapper (and this deserializer) before runtime
     * configuration exists, so they cannot be captured when it is built.
     */
    private static Limits limits() {
        return Arc.container().instance(ClaimscoreConfig.class).get().limits().toLimits();
    }

    /**
     * Databind may wrap a parser failure in a {@link JsonMappingException}, so the cause chain decides: a parser
     * limit, then a type mismatch, then any syntax error.
     */
    private static ClaimscoreException classify(JacksonException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamConstraintsException limit) {
                String what = String.valueOf(limit.getOriginalMessage()).toLowerCase(Locale.ROOT);
                if (what.contains("nesting")) {
                    return invalid("malformed_json", "The event is nested too deeply" + where(limit.getLocation()) + ".");
                }
                return new ArticleTooLargeException("value_too_long", "value_too_long: A JSON value in the event is "
                        + "too long" + where(limit.getLocation()) + ".");
            }
        }
        if (e instanceof MismatchedInputException mismatch) {
            List<JsonMappingException.Reference> path = mismatch.getPath();
            String field = path.isEmpty() ? null : path.get(0).getFieldName();
            if (field == null) {
                return invalid("malformed_json", "The event must be exactly one JSON object, like {\"text\": \"...\"}"
                        + where(mismatch.getLocation()) + ".");
            }
            String name = FIELDS.stream().filter(f -> f.equalsIgnoreCase(field)).findFirst().orElse(null);
            // StrictStringDeserializer's message names the JSON type found, never the value; others get a generic one.
            String original = mismatch.getOriginalMessage();
            String detail = original != null && original.startsWith("expected a JSON string")
                    ? original : "expected a JSON string or null";
            return invalid("invalid_field", (name != null ? "\"" + name + "\"" : "A field") + ": " + detail + ".");
        }
        JsonLocation location = e instanceof StreamReadException syntax ? syntax.getLocation() : null;
        for (Throwable t = e; location == null && t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamReadException syntax) {
                location = syntax.getLocation();
            }
        }
        return invalid("malformed_json", "The event is not valid JSON" + where(location) + ".");
    }

    private static InvalidArticleException invalid(String code, String message) {
        return new InvalidArticleException(code, code + ": " + message);
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
