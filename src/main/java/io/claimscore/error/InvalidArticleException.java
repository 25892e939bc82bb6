package io.claimscore.error;

/** The request is not a scorable article: missing or conflicting fields, empty text, unsupported language. */
public final class InvalidArticleException extends ClaimscoreException {

    public InvalidArticleException(String code, String message) {
        super(code, message);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
