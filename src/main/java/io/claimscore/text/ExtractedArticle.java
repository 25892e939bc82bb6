package io.claimscore.text;

/**
 * The readable text of an HTML page: paragraphs separated by a blank line, and the page's title ({@code ""} when
 * the page has none).
 */
public record ExtractedArticle(String text, String title) {

    public ExtractedArticle {
        text = text == null ? "" : text;
        title = title == null ? "" : title;
    }
}
