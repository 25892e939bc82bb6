package io.claimscore.error;

/** The article exceeds a configured size limit. */
public final class ArticleTooLargeException extends ClaimscoreException {

    public ArticleTooLargeException(String code, String message) {
        super(code, message);
    }

    @Override
    public int httpStatus() {
        return 413;
    }
}
