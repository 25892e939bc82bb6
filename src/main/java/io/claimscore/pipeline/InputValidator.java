package io.claimscore.pipeline;

import io.claimscore.error.ArticleTooLargeException;
import io.claimscore.error.Excerpts;
import io.claimscore.error.InvalidArticleException;

import java.util.Locale;

/**
 * Checks an {@link ArticleInput} against the contract and the limits before any work is done. Public so that a
 * binding that must reject bad input before the function runs (the Lambda event reader) applies the same checks.
 */
public final class InputValidator {

    private final Limits limits;

    public InputValidator(Limits limits) {
        this.limits = limits;
    }

    public void validate(ArticleInput input) {
        if (input == null) {
            throw new InvalidArticleException("missing_body",
                    "The request has no article. Send a JSON object with a \"text\" or an \"html\" field.");
        }
        boolean hasText = input.text() != null;
        boolean hasHtml = input.html() != null;
        if (hasText == hasHtml) {
            throw new InvalidArticleException(hasText ? "both_text_and_html" : "missing_text",
                    hasText ? "Send either \"text\" or \"html\", not both."
                            : "The request needs a \"text\" (plain text) or an \"html\" (page or fragment) field.");
        }
        if (input.language() != null && !"en".equals(input.language().trim().toLowerCase(Locale.ROOT))) {
            throw new InvalidArticleException("unsupported_language",
                    "Language " + Excerpts.quote(input.language(), 16)
                            + " is not supported; \"en\" is the one supported language (or omit \"language\").");
        }
        if (hasText && input.text().length() > limits.maxChars()) {
            throw tooLong("text", input.text().length(), limits.maxChars(), "claimscore.limits.max-chars");
        }
        if (hasHtml && input.html().length() > limits.maxHtmlChars()) {
            throw tooLong("html", input.html().length(), limits.maxHtmlChars(), "claimscore.limits.max-html-chars");
        }
        if (hasText && input.text().isBlank()) {
            throw new InvalidArticleException("empty_text", "\"text\" is empty or whitespace only; send the article's text.");
        }
        if (hasHtml && input.html().isBlank()) {
            throw new InvalidArticleException("empty_html", "\"html\" is empty or whitespace only; send the article's page.");
        }
    }

    /** Checks the text extracted from HTML, which is what the analysis actually runs on. */
    void validateExtracted(String text) {
        if (text.isBlank()) {
            throw new InvalidArticleException("empty_html",
                    "No article text was found in \"html\" once scripts, navigation and page furniture were removed.");
        }
        if (text.length() > limits.maxChars()) {
            throw tooLong("extracted text", text.length(), limits.maxChars(), "claimscore.limits.max-chars");
        }
    }

    void validateStatementCount(int statements) {
        if (statements > limits.maxStatements()) {
            throw new ArticleTooLargeException("too_many_statements", "The article has " + statements
                    + " statements, more than the limit of " + limits.maxStatements()
                    + " (claimscore.limits.max-statements); split it and score the parts.");
        }
    }

    private static ArticleTooLargeException tooLong(String what, int length, int max, String key) {
        return new ArticleTooLargeException(what.equals("html") ? "html_too_long" : "text_too_long",
                "The " + what + " has " + length + " characters, more than the limit of " + max + " (" + key
                        + "); split the article or raise the limit.");
    }
}
