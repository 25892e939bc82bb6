package io.claimscore.text;

import io.claimscore.lexicon.Lexicons;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Extracts the readable article text from an HTML page with jsoup (whose parser repairs malformed markup the way
 * browsers do and decodes entities).
 *
 * <p>Dropped: non-content tags (script, style, noscript, template, nav, aside, form, iframe, svg, button, …),
 * page-level header and footer (not those inside the article, which hold its headline), hidden elements, and
 * widgets recognised by ARIA role or by a class/id token from {@code lexicons/html-boilerplate.txt} (share bars,
 * comments, related posts, newsletters, cookie banners) — never the article itself or an element around it.
 * The root is {@code [itemprop=articleBody]}, else the largest {@code <article>}, else {@code <main>}, else the
 * body. Block elements and {@code <br>} become paragraphs separated by a blank line; whitespace inside a
 * paragraph is collapsed to single spaces. Every step is one pass over the tree, so time is linear in the page.
 */
public final class HtmlExtractor {

    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "nav", "aside",
            "form", "iframe", "svg", "button", "object", "embed", "canvas", "select", "input", "textarea", "label",
            "link", "meta", "dialog", "menu", "video", "audio", "map", "head");
    private static final Set<String> DROP_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "form");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "blockquote", "section", "article", "main", "header", "footer", "pre", "table", "tr", "td", "th", "dd",
            "dt", "dl", "ul", "ol", "figure", "figcaption", "address", "hr", "br", "details", "summary", "caption",
            "center", "hgroup", "body");

    private final Set<String> widgetTokens;

    public HtmlExtractor() {
        this.widgetTokens = Set.copyOf(Lexicons.lines("lexicons/html-boilerplate.txt").stream()
                .map(s -> s.toLowerCase(Locale.ROOT)).toList());
    }

    public ExtractedArticle extract(String html) {
        Document doc = Jsoup.parse(html == null ? "" : html);
        String title = title(doc);
        removeNonContent(doc);
        // Lengths are measured after the non-content tags are gone, so scripts and menus do not count.
        Map<Element, Integer> textLength = textLengths(doc);
        Element root = chooseRoot(doc, textLength);
        removeWidgets(doc, root, textLength);
        String text = render(root);
        if (text.isEmpty() && root != doc.body()) {
            text = render(doc.body());
        }
        return new ExtractedArticle(text, title);
    }

    /** og:title is preferred: {@code <title>} usually carries the site name ("Headline | Site"). */
    private static String title(Document doc) {
        Element og = doc.selectFirst("meta[property=og:title], meta[name=og:title]");
        String t = og != null ? og.attr("content") : "";
        if (t.isBlank()) {
            t = doc.title();
        }
        if (t.isBlank()) {
            Element h1 = doc.selectFirst("h1");
            t = h1 != null ? h1.text() : "";
        }
        return Chars.collapseSpaces(t);
    }

    /** Characters of text under every element, in one traversal (a counter stack, not a walk per element). */
    private static Map<Element, Integer> textLengths(Document doc) {
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        Deque<int[]> counters = new ArrayDeque<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element) {
                    counters.push(new int[1]);
                } else if (node instanceof TextNode tn && !counters.isEmpty()) {
                    counters.peek()[0] += tn.text().strip().length();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el) {
                    int len = counters.pop()[0];
                    lengths.put(el, len);
                    if (!counters.isEmpty()) {
                        counters.peek()[0] += len;
                    }
                }
            }
        }, doc);
        return lengths;
    }

    private static Element chooseRoot(Document doc, Map<Element, Integer> textLength) {
        for (String query : List.of("[itemprop=articleBody]", "article", "main", "[role=main]")) {
            Element best = null;
            for (Element el : doc.select(query)) {
                if (best == null || textLength.getOrDefault(el, 0) > textLength.getOrDefault(best, 0)) {
                    best = el;
                }
            }
            if (best != null && textLength.getOrDefault(best, 0) > 0) {
                return best;
            }
        }
        return doc.body();
    }

    /** First pass: tags, ARIA roles and hidden elements that are never article text, wherever they are. */
    private static void removeNonContent(Document doc) {
        List<Element> drop = new ArrayList<>();
        for (Element el : doc.getAllElements()) {
            if (el == doc.body() || el.parent() == null || el.normalName().equals("html")) {
                continue;
            }
            if (DROP_TAGS.contains(el.normalName())
                    || DROP_ROLES.contains(el.attr("role").toLowerCase(Locale.ROOT))
                    || el.hasAttr("hidden") || "true".equalsIgnoreCase(el.attr("aria-hidden"))
                    || hiddenByStyle(el.attr("style"))) {
                drop.add(el);
            }
        }
        drop.forEach(Element::remove); // removing an already detached descendant is harmless
    }

    /**
     * Second pass, once the root is known: page-level header and footer, and widgets named by class or id,
     * never the root or an element around it.
     */
    private void removeWidgets(Document doc, Element root, Map<Element, Integer> textLength) {
        Set<Element> protectedEls = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element el = root; el != null; el = el.parent()) {
            protectedEls.add(el);
        }
        int total = textLength.getOrDefault(root, 0);
        List<Element> drop = new ArrayList<>();
        for (Element el : doc.getAllElements()) {
            if (protectedEls.contains(el)) {
                continue;
            }
            String tag = el.normalName();
            boolean remove = (tag.equals("header") || tag.equals("footer")) && !insideArticle(el, root);
            if (!remove && hasWidgetToken(el)) {
                // A wrapper named "content-with-sidebar" or "post-content ad-free" may hold the story itself:
                // keep any element with at least half of the root's text.
                remove = textLength.getOrDefault(el, 0) * 2 < total;
            }
            if (remove) {
                drop.add(el);
            }
        }
        drop.forEach(Element::remove);
    }

    /** Whether {@code el} lies inside the article root (its own header and footer are content). */
    private static boolean insideArticle(Element el, Element root) {
        if (root.normalName().equals("body")) {
            return false;
        }
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (p == root) {
                return true;
            }
        }
        return false;
    }

    private static boolean hiddenByStyle(String style) {
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private boolean hasWidgetToken(Element el) {
        return hasToken(el.className()) || hasToken(el.id());
    }

    /** Splits at anything but letters and digits ("sd-sharing_enabled" → sd, sharing, enabled). */
    private boolean hasToken(String attr) {
        int n = attr.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(attr.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && Character.isLetterOrDigit(attr.charAt(i))) {
                i++;
            }
            if (i > s && widgetTokens.contains(attr.substring(s, i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Text with a blank line between blocks and single spaces inside them; no leading or trailing space. */
    static String render(Element root) {
        StringBuilder out = new StringBuilder();
        boolean[] pending = new boolean[2]; // [0]: paragraph break pending, [1]: space pending
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode tn) {
                    String s = tn.getWholeText();
                    for (int k = 0; k < s.length(); k++) {
                        char c = s.charAt(k);
                        if (Chars.isSpace(c)) {
                            pending[1] = true;
                            continue;
                        }
                        if (pending[0] && out.length() > 0) {
                            out.append("\n\n");
                        } else if (pending[1] && out.length() > 0) {
                            out.append(' ');
                        }
                        pending[0] = false;
                        pending[1] = false;
                        out.append(c);
                    }
                } else if (node instanceof Element el && BLOCK_TAGS.contains(el.normalName())) {
                    pending[0] = true;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && BLOCK_TAGS.contains(el.normalName())) {
                    pending[0] = true;
                }
            }
        }, root);
        return out.toString();
    }
}
