package io.claimscore.text;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlExtractorTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void articleWithChromeAround() {
        String html = """
                <!doctype html><html><head><title>Big News | Example Site</title>
                <meta property="og:title" content="Big News">
                <style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
                <body>
                <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
                <aside class="sidebar"><p>Most popular</p></aside>
                <article>
                  <header><h1>Big   News</h1></header>
                  <p>First   paragraph &amp; more,
                     with a wrapped line.</p>
                  <div class="share-buttons"><button>Share</button> Share on Facebook</div>
                  <p>Second<br>paragraph after a break.</p>
                  <blockquote>“A quote,” she said.</blockquote>
                  <ul><li>One item</li><li>Two item</li></ul>
                  <div id="related_posts"><p>Related: other story</p></div>
                  <section class="comments"><p>Nice article!</p></section>
                  <form><input value="email"> Subscribe</form>
                </article>
                <footer>© 2023 Example</footer>
                </body></html>
                """;
        ExtractedArticle a = extractor.extract(html);
        assertEquals("Big News", a.title());
        assertEquals("Big News\n\nFirst paragraph & more, with a wrapped line.\n\nSecond\n\nparagraph after a break."
                + "\n\n“A quote,” she said.\n\nOne item\n\nTwo item", a.text());
    }

    @Test
    void titleFallsBackToTitleTagThenH1() {
        assertEquals("Page Title", extractor.extract("<title> Page\n Title </title><p>x</p>").title());
        assertEquals("Heading", extractor.extract("<body><h1>Heading</h1><p>x</p></body>").title());
        assertEquals("", extractor.extract("<p>x</p>").title());
    }

    @Test
    void articleBodyIsPreferred() {
        String html = "<body><div><p>Menu junk</p></div><div itemprop=\"articleBody\"><p>The story.</p></div></body>";
        assertEquals("The story.", extractor.extract(html).text());
    }

    @Test
    void mainIsUsedWithoutArticle() {
        String html = "<body><div class=\"top\">Top bar</div><main><p>Main text.</p></main><div>Bottom</div></body>";
        assertEquals("Main text.", extractor.extract(html).text());
    }

    @Test
    void largestArticleWins() {
        String html = "<article><p>Short teaser.</p></article>"
                + "<article><p>The real story is much longer than the teaser.</p></article>";
        assertEquals("The real story is much longer than the teaser.", extractor.extract(html).text());
    }

    @Test
    void withoutArticleTheBodyIsUsedAndWidgetsDropped() {
        String html = "<body><div id=\"content-with-sidebar\"><p>Story one.</p><p>Story two.</p>"
                + "<div class=\"newsletter-signup\">Sign up now</div></div>"
                + "<div role=\"navigation\">Nav</div><div class=\"cookie-banner\">We use cookies</div>"
                + "<div hidden>hidden</div><div style=\"display: none\">invisible</div><div aria-hidden=\"true\">x</div>"
                + "<iframe src=\"x\"></iframe><svg><text>svg text</text></svg><noscript>Enable JS</noscript>"
                + "<template><p>tpl</p></template></body>";
        assertEquals("Story one.\n\nStory two.", extractor.extract(html).text());
    }

    @Test
    void wordsLikeCommentaryAreNotWidgetTokens() {
        String html = "<body><div class=\"commentary\"><p>Opinion text.</p></div><p>Other text here too.</p></body>";
        assertEquals("Opinion text.\n\nOther text here too.", extractor.extract(html).text());
    }

    @Test
    void inlineElementsDoNotBreakParagraphsAndEntitiesAreDecoded() {
        String html = "<p>He said <em>“no”</em> to <a href='#'>the&nbsp;plan</a>, it&#8217;s done &lt;really&gt;.</p>";
        assertEquals("He said “no” to the plan, it’s done <really>.", extractor.extract(html).text());
    }

    @Test
    void malformedHtmlIsRepaired() {
        String html = "<p>Unclosed paragraph<p>Another <b>bold <i>mixed</b> text</i><div>Block</span></div></td>";
        String text = extractor.extract(html).text();
        assertEquals("Unclosed paragraph\n\nAnother bold mixed text\n\nBlock", text);
    }

    @Test
    void emptyAndNullInput() {
        assertEquals("", extractor.extract("").text());
        assertEquals("", extractor.extract(null).text());
        assertEquals("", extractor.extract("<html><body>   </body></html>").text());
    }

    @Test
    void paragraphsNeverHaveSurroundingSpaceOrEmptyLines() {
        String html = "<div>  <p>  a  </p>\n\n<p></p><p> </p><div><div><p>b</p></div></div>  </div>";
        String text = extractor.extract(html).text();
        assertEquals("a\n\nb", text);
    }

    @Test
    void deeplyNestedAndLargeInputIsLinear() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append("<div class=\"c").append(i % 7).append("\"><span>");
        }
        sb.append("deep");
        for (int i = 0; i < 50_000; i++) {
            sb.append("<p>Paragraph ").append(i).append(" &amp; <b>bold</p>");
        }
        String html = sb.toString();
        String text = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> extractor.extract(html).text());
        assertTrue(text.contains("Paragraph 49999 & bold"));
        assertFalse(text.contains("\n\n\n"));
    }
}
