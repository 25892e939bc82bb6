package io.claimscore.error;

/**
 * The project's own failure type for bad input: every binding (HTTP, Lambda) maps it to a client error.
 * {@code code} is a stable machine-readable identifier ("text_too_long"); the message says what is wrong and how to
 * fix it, and never echoes more than a short escaped excerpt of the request.
 */
public abstract class ClaimscoreException extends RuntimeException {

    private final String code;

    protected ClaimscoreException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The HTTP status this failure maps to. */
    public abstract int httpStatus();
}
