package io.claimscore.function;

import io.claimscore.error.Excerpts;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.netty.buffer.ByteBufInputStream;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Checks the HTTP request for {@code /score} before Funqy sees it. Funqy HTTP answers a body it cannot read with a
 * bare 400 (no reason) and logs the parser's message, which can quote the article; so the gate reads the body
 * first, with the same mapper and the same {@link ScoreRequest} type, and turns each problem into a precise
 * {@link RequestRejectedException}. A body that passes is left untouched for Funqy to read.
 */
final class RequestGate {

    /** Set on the routing context once the body passed, so later failures are known not to be the client's. */
    static final String PASSED = "claimscore.request-gate.passed";

    private static final List<String> FIELDS = List.of("text", "html", "title", "url", "publishedAt", "language");

    private final ObjectReader reader;
    private final int maxNumberLength;
    private final int maxStringLength;

    RequestGate(ObjectMapper mapper) {
        // Trailing content after the object is an error here, although Funqy would ignore it: "{...} garbage" is a
        // broken client, and silently scoring the first half of a concatenation would hide that.
        this.reader = mapper.readerFor(ScoreRequest.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.maxNumberLength = mapper.getFactory().streamReadConstraints().getMaxNumberLength();
        this.maxStringLength = mapper.getFactory().streamReadConstraints().getMaxStringLength();
    }

    /** Returns normally when Funqy can take the request; throws {@link RequestRejectedException} otherwise. */
    void check(RoutingContext ctx) {
        if (ctx.request().method() != HttpMethod.POST) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
            throw new RequestRejectedException(405, "method_not_allowed",
                    "Use POST with a JSON body: {\"text\": \"...\"} or {\"html\": \"...\"}.");
        }
        checkContentType(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE));
        Buffer body = ctx.body().buffer();
        if (isBlank(body)) {
            throw new RequestRejectedException(400, "missing_body",
                    "The request has no body. Send a JSON object with a \"text\" or an \"html\" field.");
        }
        ScoreRequest request = parse(body);
        if (request == null) {
            throw new RequestRejectedException(400, "missing_body",
                    "The body is JSON null. Send a JSON object with a \"text\" or an \"html\" field.");
        }
        ctx.put(PASSED, Boolean.TRUE);
    }

    private static void checkContentType(String header) {
        String mime = header == null ? "" : header.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        boolean json = mime.equals("application/json") || (mime.startsWith("application/") && mime.endsWith("+json"));
        String charset = header == null ? null : charset(header);
        if (!json || (charset != null && !charset.equals("utf-8") && !charset.equals("utf8"))) {
            throw new RequestRejectedException(415, "unsupported_media_type",
                    "Send the article as JSON with \"Content-Type: application/json\" (UTF-8); got "
                            + (header == null ? "no Content-Type" : Excerpts.quote(header, 60)) + ".");
        }
    }

    private static String charset(String header) {
        for (String param : header.split(";")) {
            String[] kv = param.trim().split("=", 2);
            if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("charset")) {
                return kv[1].trim().replace("\"", "").toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private ScoreRequest parse(Buffer body) {
        // Reads the Netty buffer in place (no copy of a multi-megabyte body); the duplicate keeps Funqy's view intact.
        try (InputStream in = new ByteBufInputStream(body.getByteBuf())) {
            return reader.readValue(in);
        } catch (JsonProcessingException e) {
            throw classify(e);
        } catch (CharConversionException e) {
            // Jackson detects UTF-16/32 from the first bytes; its UTF-32 reader reports an invalid code point this
            // way (an IOException, not a parse error). The body is in memory, so this is the client's bytes.
            throw new RequestRejectedException(400, "malformed_json",
                    "The body is not valid JSON text: send it as UTF-8.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Databind may wrap a parser failure in a {@link JsonMappingException} carrying the field path, so the cause
     * chain decides: a parser limit, then a type mismatch, then any syntax error; a bare mapping problem is ours.
     */
    private RuntimeException classify(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamConstraintsException limit) {
                return constraintViolation(limit);
            }
        }
        if (e instanceof MismatchedInputException mismatch) {
            return mismatch(mismatch);
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamReadException syntax) {
                return new RequestRejectedException(400, "malformed_json",
                        "The body is not valid JSON" + where(syntax.getLocation()) + ".");
            }
        }
        // Not the client's fault (a binding problem in ScoreRequest): the error mapper answers 500.
        return new IllegalStateException("cannot bind ScoreRequest", e);
    }

    private RequestRejectedException constraintViolation(StreamConstraintsException e) {
        String what = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
        if (what.contains("nesting")) {
            return new RequestRejectedException(400, "malformed_json", "The JSON body is nested more than "
                    + JacksonLimits.MAX_NESTING_DEPTH + " levels deep" + where(e.getLocation()) + ".");
        }
        return new RequestRejectedException(413, "value_too_long", "A JSON value in the body is too long"
                + where(e.getLocation()) + ": strings may have up to " + maxStringLength + " characters, numbers up to "
                + maxNumberLength + " digits.");
    }

    private static RequestRejectedException mismatch(MismatchedInputException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        String field = path.isEmpty() ? null : path.get(0).getFieldName();
        if (field == null) {
            // The root is not one object: an array, a string, a number, or a second value after the object.
            return new RequestRejectedException(400, "malformed_json",
                    "The body must be exactly one JSON object, like {\"text\": \"...\"}" + where(e.getLocation()) + ".");
        }
        String name = FIELDS.stream().filter(f -> f.equalsIgnoreCase(field)).findFirst().orElse(null);
        // StrictStringDeserializer wrote this message and it never contains the value; anything else gets a generic one.
        String detail = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("expected a JSON string")
                ? e.getOriginalMessage() : "expected a JSON string or null";
        return new RequestRejectedException(400, "invalid_field",
                (name != null ? "\"" + name + "\"" : "A field") + ": " + detail + ".");
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static boolean isBlank(Buffer body) {
        if (body == null) {
            return true;
        }
        for (int i = 0; i < body.length(); i++) {
            byte b = body.getByte(i);
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
