package io.claimscore.pipeline;

/**
 * An article to score: exactly one of {@code text} and {@code html}; the rest is optional metadata.
 * Validation happens in {@link ClaimscorePipeline#score}, not here, so every binding gets the same errors.
 */
public record ArticleInput(String text, String html, String title, String url, String publishedAt, String language) {

    public static ArticleInput ofText(String text) {
        return new ArticleInput(text, null, null, null, null, null);
    }

    public static ArticleInput ofHtml(String html) {
        return new ArticleInput(null, html, null, null, null, null);
    }
}
