package io.claimscore.robustness;

import io.claimscore.function.ReportInvariants;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.claimscore.robustness.Http.assertClientError;
import static io.claimscore.robustness.Http.assertError;
import static io.claimscore.robustness.Http.json;
import static io.claimscore.robustness.Http.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input over HTTP: text the JSON layer must carry intact (NUL, lone surrogates, non-BMP, right-to-left),
 * HTML bombs, and hostile JSON (invalid UTF-8, other encodings, huge numbers, duplicate keys, deep nesting, a body
 * over the size limit). Every answer is a 200 whose offsets are consistent or a 4xx JSON error, never a 500.
 * Complements {@code ScoreFunctionTest} (malformed JSON, wrong types, empty body, content type, method).
 */
@QuarkusTest
class HostileHttpTest {

    @TestHTTPResource("/score")
    URI score;

    /** 200 with consistent offsets into the text sent, or into the returned text for html. */
    private Map<String, Object> assertReport(Http.Reply r, String text) {
        assertEquals(200, r.status(), () -> Http.excerpt(r.body()));
        Map<String, Object> report = r.json();
        String reference = text != null ? text : (String) report.get("text");
        ReportInvariants.check(reference, report);
        return report;
    }

    // ---- hostile text survives the JSON round trip with consistent offsets ----

    @Test
    void controlCharactersAndNulBytes() {
        String text = "The mayor\u0000 said\u0001 \"it\u0007 rose\u001b[0m\".\r\n\u007f\u0085Police said so.\u0000";
        assertReport(post(score, json("text", text)), text);
    }

    @Test
    void loneSurrogatesAsJsonEscapes() {
        // Jackson writes a lone surrogate as the escape \ud800; the server must take it as that one char.
        String text = "\uD800The police \uDC00said \"it \uDBFFrose\".\uD83D Officials\uDE00 said so \uD83D.";
        Http.Reply raw = post(score, json("text", text));
        Map<String, Object> report = assertReport(raw, text);
        assertTrue(((java.util.List<?>) report.get("statements")).size() >= 1, raw.body());
        assertTrue(raw.body().contains("\\ud800"), "lone surrogate escaped in the response");
    }

    @Test
    void emojiAndNonBmpOffsetsAreUtf16() {
        String text = "😀 The 𝐦𝐢𝐧𝐢𝐬𝐭𝐞𝐫 said “🚀 rose 𝟓𝟎%” on Friday. 👨‍👩‍👧‍👦 Officials said it fell.";
        assertReport(post(score, json("text", text)), text);
    }

    @Test
    void rightToLeftAndBidiControls() {
        String text = "قال الوزير إن \"الأسعار ارتفعت\". \u202EThe minister said \u202D\"it rose\"\u202C. אמר השר כי המחירים עלו.";
        assertReport(post(score, json("text", text)), text);
    }

    @Test
    void onlyQuoteMarksAndApostrophes() {
        for (String text : new String[] {"\"".repeat(5_000), "'".repeat(5_000), "“”‘’«»„".repeat(1_000), "\" ' “ ”"}) {
            Http.Reply r = post(score, json("text", text));
            if (r.status() != 200) {
                assertClientError(r);
            } else {
                assertReport(r, text);
            }
        }
    }

    @Test
    void veryLongTitle() {
        String text = "The mayor said it rose.";
        assertReport(post(score, json("title", "T".repeat(900_000), "text", text)), text);
    }

    @Test
    void htmlBombsAndScripts() {
        String[] bombs = {
            "<div>".repeat(50_000) + "<p>The minister said it rose.</p>" + "</div>".repeat(50_000),
            "<p title=\"" + "a".repeat(2_000_000) + "\">The mayor said it rose.</p>",
            "<b>x</b> ".repeat(100_000) + "<p>Police said so.</p>",
            "<script>alert('The minister said')</script>".repeat(20_000) + "<p>Police said it fell.</p>",
            "<p>Police said so.</p><script>" + "\"".repeat(100_000),
            "<p>He said so.</p><!--" + "<p>x</p>".repeat(50_000),
            // SVG is graphics: its content (scripts, foreignObject) is dropped; the article text around it stays.
            "<svg><script>fetch('//x')</script><foreignObject><p onload=\"x()\">Officials said no.</p></foreignObject></svg>"
                    + "<p>Officials said yes.</p>",
        };
        for (String html : bombs) {
            Http.Reply r = post(score, json("html", html));
            Map<String, Object> report = assertReport(r, null);
            assertTrue(!((String) report.get("text")).contains("alert("), "script text was extracted");
        }
    }

    @Test
    void htmlOnlyScriptsIsEmpty() {
        assertError(post(score, json("html", "<script>var a = 'x';</script>".repeat(1_000))), 400, "empty_html");
    }

    // ---- hostile JSON ----

    @Test
    void invalidUtf8() {
        byte[][] bodies = {
            bytes("{\"text\": \"ab", 0xC3, 0x28, "\"}"),          // invalid continuation byte
            bytes("{\"text\": \"ab", 0xFF, 0xFE, "\"}"),          // bytes never valid in UTF-8
            bytes("{\"text\": \"ab", 0xED, 0xA0, 0x80, "\"}"),    // CESU surrogate encoding
            bytes("{\"text\": \"ab", 0xF0, 0x9F, "\"}"),          // truncated 4-byte sequence
            bytes("{\"te", 0x80, "xt\": \"ab\"}"),                // in a field name
        };
        for (byte[] body : bodies) {
            assertError(post(score, body), 400, "malformed_json");
        }
        // Jackson decodes an overlong sequence leniently (C0 AF is '/'): accepted, harmless here.
        assertReport(post(score, bytes("{\"text\": \"The mayor said it rose", 0xC0, 0xAF, "\"}")),
                "The mayor said it rose/");
    }

    @Test
    void otherEncodingsAndByteOrderMarks() {
        // Content-Type says UTF-8; Jackson also detects UTF-16/32 from the first bytes. Any outcome but a 500.
        String body = "{\"text\": \"The mayor said it rose.\"}";
        byte[][] bodies = {
            concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body.getBytes(StandardCharsets.UTF_8)),
            body.getBytes(StandardCharsets.UTF_16BE),
            body.getBytes(StandardCharsets.UTF_16LE),
            body.getBytes(java.nio.charset.Charset.forName("UTF-32BE")),
            bytes("", 0, 0, 0, '{', 0, 0, 0, '"', 0x7F, 0xFF, 0xFF, 0xFF, 0, 0, 0, '"', 0, 0, 0, '}'), // invalid UTF-32
            bytes("", 0, 0, 0xFE, 0xFF, 0, 0, 0, '{', 0x00, 0x11, 0x00, 0x00),                           // UTF-32 BOM, code point > U+10FFFF
            bytes("", 0xFE, 0xFF, 0, '{', 0xD8, 0x00, 0, '}'),                                           // UTF-16 lone surrogate
        };
        for (byte[] b : bodies) {
            Http.Reply r = post(score, b);
            if (r.status() == 200) {
                assertReport(r, "The mayor said it rose.");
            } else {
                assertClientError(r);
            }
        }
    }

    @Test
    void hugeNumbersInIgnoredFields() {
        assertError(post(score, "{\"text\": \"Hi there.\", \"n\": " + "9".repeat(1_000) + "}"), 413, "value_too_long");
        assertError(post(score, "{\"text\": \"Hi there.\", \"n\": 0." + "1".repeat(1_000) + "}"), 413, "value_too_long");
        Http.Reply exp = post(score, "{\"text\": \"Hi there.\", \"n\": 1e999999999, \"m\": -1E-999999999}");
        assertEquals(200, exp.status(), exp.body());
        assertError(post(score, "{\"text\": 1e999999999}"), 400, "invalid_field");
        assertError(post(score, "{\"text\": NaN}"), 400, "malformed_json");
        assertError(post(score, "{\"text\": \"a\", \"n\": Infinity}"), 400, "malformed_json");
    }

    @Test
    void duplicateKeysAreNeverA500() {
        Http.Reply r = post(score, "{\"text\": \"First one.\", \"text\": \"The mayor said it rose.\"}");
        assertEquals(200, r.status(), r.body());
        // Jackson keeps the last value: the offsets must refer to it.
        assertReport(r, "The mayor said it rose.");
        assertError(post(score, "{\"text\": \"A.\", \"TEXT\": 5}"), 400, "invalid_field");
        Http.Reply both = post(score, "{\"text\": \"A.\", \"text\": null, \"html\": \"<p>B said.</p>\"}");
        assertTrue(both.status() == 200 || both.status() == 400, both.body());
    }

    @Test
    void deepNestingOfEveryKind() {
        String depth = "{\"a\":".repeat(100_000);
        assertError(post(score, "{\"text\": \"Hi.\", \"x\": " + depth + "1" + "}".repeat(100_000) + "}"), 400,
                "malformed_json");
        assertError(post(score, "{\"text\": \"Hi.\", \"x\": " + "[".repeat(1_000_000)), 400, "malformed_json");
        assertError(post(score, "[".repeat(100_000)), 400, "malformed_json");
        assertError(post(score, "{\"text\": " + "[".repeat(10) + "\"Hi.\"" + "]".repeat(10) + "}"), 400, "invalid_field");
    }

    @Test
    void unknownFieldsOfAnyShapeAreIgnored() {
        String text = "The mayor said it rose.";
        Http.Reply r = post(score, "{\"meta\": {\"a\": [1, 2.5, true, null, {\"b\": \"c\"}]}, \"\": \"\", \"\\u0000\": 1, "
                + "\"text\": \"" + text + "\", \"extra\": \"" + "x".repeat(100_000) + "\"}");
        assertReport(r, text);
    }

    @Test
    void bodyOf20MegabytesIsRejectedBeforeParsing() {
        byte[] big = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        byte[] body = concat("{\"text\": \"".getBytes(StandardCharsets.US_ASCII), big);
        assertError(post(score, body), 413, "body_too_large");
    }

    @Test
    void contentTypeEdgeCases() {
        byte[] body = json("text", "The mayor said it rose.").getBytes(StandardCharsets.UTF_8);
        assertError(post(score, null, body), 415, "unsupported_media_type");
        assertError(post(score, "application/json; charset=ISO-8859-1", body), 415, "unsupported_media_type");
        assertError(post(score, "text/json", body), 415, "unsupported_media_type");
        assertEquals(200, post(score, "Application/JSON; Charset=\"UTF-8\"", body).status());
        assertEquals(200, post(score, "application/vnd.claimscore+json", body).status());
    }

    private static byte[] bytes(String prefix, Object... rest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(prefix.getBytes(StandardCharsets.UTF_8));
        for (Object o : rest) {
            if (o instanceof Integer i) {
                out.write(i);
            } else if (o instanceof Character c) {
                out.write(c);
            } else {
                out.writeBytes(((String) o).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
