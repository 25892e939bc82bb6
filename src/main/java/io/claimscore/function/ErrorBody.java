package io.claimscore.function;

/** The JSON body of every error response: a stable machine-readable {@code error} code and a human message. */
public record ErrorBody(String error, String message) {
}
