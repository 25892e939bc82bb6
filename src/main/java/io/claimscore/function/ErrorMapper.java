package io.claimscore.function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimscore.error.ClaimscoreException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

/**
 * The one place where failures of {@code /score} become HTTP responses, always {@code {"error", "message"}} JSON.
 * Funqy HTTP sets no status codes itself: it calls {@code RoutingContext.fail(throwable)} with the function's
 * exception wrapped in {@code io.quarkus.funqy.runtime.ApplicationException}, or {@code fail(status)} for its own
 * problems; Vert.x then runs the failure handlers of the matching routes, this one first.
 */
final class ErrorMapper {

    private static final Logger LOG = Logger.getLogger("io.claimscore.http");

    private final ObjectMapper mapper;

    ErrorMapper(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void handle(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            return;
        }
        if (response.headWritten()) {
            // Too late for a clean error: closing tells the client the body is incomplete.
            response.close();
            return;
        }
        Throwable failure = ctx.failure();
        ClaimscoreException known = find(failure);
        if (known != null) {
            // Client errors: the message is ours and quotes at most a short escaped excerpt, so DEBUG may show it.
            LOG.debugf("%s %d %s: %s", ctx.request().path(), known.httpStatus(), known.code(), known.getMessage());
            send(response, known.httpStatus(), known.code(), known.getMessage());
        } else if (failure == null && ctx.statusCode() == 400 && Boolean.TRUE.equals(ctx.get(RequestGate.PASSED))) {
            // Funqy answers a bare 400 when it cannot read the input or write the output. The gate already read
            // this body with the same type, so it is the output: a bug, and Funqy's own log is silenced (it could
            // quote the article), hence the log line here.
            LOG.errorf("Funqy failed on %s after the request was accepted (likely serialising the report)",
                    ctx.request().path());
            send(response, 500, "internal_error",
                    "The article could not be scored because of an internal error; it has been logged.");
        } else if (failure == null && ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
            // A bare status from Vert.x or Funqy (the body limit, an unknown function, ...).
            send(response, ctx.statusCode(), statusCode(ctx.statusCode()), statusMessage(ctx.statusCode()));
        } else {
            // Exception messages can carry article text (parser excerpts, a substring in an exception): log the
            // classes and stack frames only, and answer with a generic body.
            LOG.errorf(Redacted.of(failure), "Unexpected failure on %s (status %d)", ctx.request().path(),
                    ctx.statusCode());
            send(response, 500, "internal_error",
                    "The article could not be scored because of an internal error; it has been logged.");
        }
    }

    private void send(HttpServerResponse response, int status, String code, String message) {
        String json;
        try {
            json = mapper.writeValueAsString(new ErrorBody(code, message));
        } catch (JsonProcessingException e) {
            json = "{\"error\":\"internal_error\",\"message\":\"internal error\"}";
            status = 500;
        }
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(json);
    }

    private static ClaimscoreException find(Throwable t) {
        for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
            if (t instanceof ClaimscoreException e) {
                return e;
            }
        }
        return null;
    }

    private static String statusCode(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "body_too_large";
            case 415 -> "unsupported_media_type";
            default -> "http_" + status;
        };
    }

    private static String statusMessage(int status) {
        return switch (status) {
            case 404 -> "No such function; the service answers POST /score.";
            case 413 -> "The request body is larger than the server accepts (quarkus.http.limits.max-body-size).";
            default -> "The request was rejected (HTTP " + status + ").";
        };
    }

    /** A copy of an exception chain without messages, for logging without client content. */
    static final class Redacted extends RuntimeException {

        private Redacted(Throwable original, Throwable cause) {
            super(original.getClass().getName() + " (message withheld: may contain article text)", cause, false, true);
            setStackTrace(original.getStackTrace());
        }

        static Throwable of(Throwable t) {
            if (t == null) {
                return null;
            }
            if (t instanceof ClaimscoreException) {
                return t; // our messages are safe by construction
            }
            Throwable cause = t.getCause() == t ? null : of(t.getCause());
            return new Redacted(t, cause);
        }
    }
}
