package io.claimscore.function;

import io.claimscore.error.ClaimscoreException;

/**
 * The HTTP request itself is unusable (wrong method or media type, no body, malformed JSON, a field of the wrong
 * type), found by {@link RequestGate} before Funqy reads the body. A {@link ClaimscoreException} so that
 * {@link ErrorMapper} renders it like every other client error.
 */
final class RequestRejectedException extends ClaimscoreException {

    private final int status;

    RequestRejectedException(int status, String code, String message) {
        super(code, message);
        this.status = status;
    }

    @Override
    public int httpStatus() {
        return status;
    }
}
