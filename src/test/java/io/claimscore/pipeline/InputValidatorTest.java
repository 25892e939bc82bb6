package io.claimscore.pipeline;

import io.claimscore.error.ArticleTooLargeException;
import io.claimscore.error.ClaimscoreException;
import io.claimscore.error.InvalidArticleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputValidatorTest {

    private final InputValidator validator = new InputValidator(new Limits(20, 40, 3));

    private static ArticleInput input(String text, String html, String language) {
        return new ArticleInput(text, html, null, null, null, language);
    }

    private static <T extends ClaimscoreException> T fails(Class<T> type, String code, int status, Executable call) {
        T e = assertThrows(type, call);
        assertEquals(code, e.code());
        assertEquals(status, e.httpStatus());
        assertFalse(e.getMessage().isBlank());
        return e;
    }

    @Test
    void acceptsTextOrHtml() {
        assertDoesNotThrow(() -> validator.validate(ArticleInput.ofText("Smith said so.")));
        assertDoesNotThrow(() -> validator.validate(ArticleInput.ofHtml("<p>Smith said so.</p>")));
        assertDoesNotThrow(() -> validator.validate(input("Smith said so.", null, "en")));
        assertDoesNotThrow(() -> validator.validate(input("Smith said so.", null, " EN ")));
    }

    @Test
    void missingBody() {
        fails(InvalidArticleException.class, "missing_body", 400, () -> validator.validate(null));
    }

    @Test
    void exactlyOneOfTextAndHtml() {
        InvalidArticleException both = fails(InvalidArticleException.class, "both_text_and_html", 400,
                () -> validator.validate(input("a", "<p>a</p>", null)));
        assertTrue(both.getMessage().contains("not both"));
        fails(InvalidArticleException.class, "missing_text", 400, () -> validator.validate(input(null, null, null)));
        fails(InvalidArticleException.class, "missing_text", 400, () -> validator.validate(input(null, null, "en")));
    }

    @Test
    void blankTextOrHtml() {
        fails(InvalidArticleException.class, "empty_text", 400, () -> validator.validate(ArticleInput.ofText("")));
        fails(InvalidArticleException.class, "empty_text", 400, () -> validator.validate(ArticleInput.ofText(" \n\t ")));
        fails(InvalidArticleException.class, "empty_html", 400, () -> validator.validate(ArticleInput.ofHtml("   ")));
    }

    @Test
    void onlyEnglish() {
        InvalidArticleException e = fails(InvalidArticleException.class, "unsupported_language", 400,
                () -> validator.validate(input("Hallo.", null, "de")));
        assertTrue(e.getMessage().contains("\"en\""));
        fails(InvalidArticleException.class, "unsupported_language", 400,
                () -> validator.validate(input("Hello.", null, "en-US")));
    }

    @Test
    void unsupportedLanguageMessageEchoesOnlyAShortExcerpt() {
        String hostile = "x".repeat(5000) + "<script>";
        InvalidArticleException e = fails(InvalidArticleException.class, "unsupported_language", 400,
                () -> validator.validate(input("Hello.", null, hostile)));
        assertTrue(e.getMessage().length() < 300, e.getMessage());
        assertFalse(e.getMessage().contains("<script>"));
    }

    @Test
    void textLimitIsInclusive() {
        assertDoesNotThrow(() -> validator.validate(ArticleInput.ofText("a".repeat(20))));
        ArticleTooLargeException e = fails(ArticleTooLargeException.class, "text_too_long", 413,
                () -> validator.validate(ArticleInput.ofText("a".repeat(21))));
        assertTrue(e.getMessage().contains("21") && e.getMessage().contains("20"), e.getMessage());
        assertTrue(e.getMessage().contains("claimscore.limits.max-chars"));
    }

    @Test
    void htmlLimitIsInclusive() {
        assertDoesNotThrow(() -> validator.validate(ArticleInput.ofHtml("<p>" + "a".repeat(37))));
        ArticleTooLargeException e = fails(ArticleTooLargeException.class, "html_too_long", 413,
                () -> validator.validate(ArticleInput.ofHtml("<p>" + "a".repeat(38))));
        assertTrue(e.getMessage().contains("claimscore.limits.max-html-chars"));
    }

    @Test
    void extractedText() {
        assertDoesNotThrow(() -> validator.validateExtracted("Smith said so."));
        fails(InvalidArticleException.class, "empty_html", 400, () -> validator.validateExtracted(" \n "));
        fails(ArticleTooLargeException.class, "text_too_long", 413, () -> validator.validateExtracted("a".repeat(21)));
    }

    @Test
    void statementCount() {
        assertDoesNotThrow(() -> validator.validateStatementCount(3));
        ArticleTooLargeException e = fails(ArticleTooLargeException.class, "too_many_statements", 413,
                () -> validator.validateStatementCount(4));
        assertTrue(e.getMessage().contains("claimscore.limits.max-statements"));
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Limits(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Limits(1, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Limits(1, 1, 0));
    }
}
