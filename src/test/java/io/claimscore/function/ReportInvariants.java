package io.claimscore.function;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimscore.report.ScoreReport;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The response contract, checked on the JSON as a client sees it: the shape, the counts that must agree, and above
 * all that every span is a valid end-exclusive range of Java String indices into {@code text} whose quoted text
 * (when the span carries one) is exactly {@code text.substring(start, end)}.
 * Reusable from any test: pass the parsed JSON body, or a {@link ScoreReport} straight from the pipeline.
 */
public final class ReportInvariants {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportInvariants() {
    }

    /** Checks a report produced in-process, by serialising it the way the HTTP binding does. */
    @SuppressWarnings("unchecked")
    public static void check(String text, ScoreReport report) {
        check(text, (Map<String, Object>) MAPPER.convertValue(report, Map.class));
    }

    /** Checks a parsed JSON report against the text all its offsets refer to. */
    @SuppressWarnings("unchecked")
    public static void check(String text, Map<String, Object> report) {
        assertNotNull(text, "reference text");
        Map<String, Object> summary = (Map<String, Object>) report.get("summary");
        List<Map<String, Object>> statements = (List<Map<String, Object>>) report.get("statements");
        List<Map<String, Object>> sources = (List<Map<String, Object>>) report.get("sources");
        assertNotNull(summary, "summary");
        assertNotNull(statements, "statements");
        assertNotNull(sources, "sources");

        Set<String> ids = new HashSet<>();
        int attributed = 0;
        int previousStart = -1;
        for (Map<String, Object> st : statements) {
            String where = "statement " + st.get("id");
            assertTrue(st.get("id") instanceof String, where + ": id");
            assertTrue(ids.add((String) st.get("id")), where + ": duplicate id");
            checkSpan(text, st, where, true);
            int start = (Integer) st.get("start");
            assertTrue(start >= previousStart, where + ": statements out of text order");
            previousStart = start;
            assertFalse(((String) st.get("text")).isEmpty(), where + ": empty statement");
            assertTrue(st.get("checkWorthy") instanceof Boolean, where + ": checkWorthy");
            assertTrue(st.get("score") instanceof Integer, where + ": score");
            assertTrue(st.get("reasons") instanceof List, where + ": reasons");
            boolean isAttributed = (Boolean) st.get("attributed");
            Map<String, Object> a = (Map<String, Object>) st.get("attribution");
            if (isAttributed) {
                attributed++;
                assertNotNull(a, where + ": attributed without attribution");
                checkAttribution(text, a, where);
            } else {
                assertNull(a, where + ": attribution on an unattributed statement");
            }
        }

        assertEquals(statements.size(), summary.get("statements"), "summary.statements");
        assertEquals(attributed, summary.get("attributed"), "summary.attributed");
        assertEquals(statements.size() - attributed, summary.get("unattributed"), "summary.unattributed");
        for (String count : List.of("directQuotes", "anonymousSources", "hedged")) {
            int n = (Integer) summary.get(count);
            assertTrue(n >= 0 && n <= attributed, "summary." + count + " = " + n);
        }
        Map<String, Object> byType = (Map<String, Object>) summary.get("bySourceType");
        assertNotNull(byType, "summary.bySourceType");
        assertEquals(attributed, byType.values().stream().mapToInt(v -> (Integer) v).sum(), "bySourceType total");
        assertTrue(summary.get("score") instanceof Integer, "summary.score");
        assertTrue(summary.get("verdict") instanceof String, "summary.verdict");
        assertTrue(summary.get("reasons") instanceof List, "summary.reasons");

        for (Map<String, Object> source : sources) {
            String where = "source " + source.get("name");
            assertTrue(source.get("name") instanceof String, where + ": name");
            assertTrue(source.get("type") instanceof String, where + ": type");
            for (Map<String, Object> m : (List<Map<String, Object>>) source.get("mentions")) {
                checkSpan(text, m, where + " mention", false);
            }
            List<String> backs = (List<String>) source.get("statements");
            assertFalse(backs.isEmpty(), where + ": backs no statement");
            for (String id : backs) {
                assertTrue(ids.contains(id), where + ": unknown statement " + id);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void checkAttribution(String text, Map<String, Object> a, String where) {
        checkSourceRef(text, (Map<String, Object>) a.get("source"), where + " source");
        Map<String, Object> cue = (Map<String, Object>) a.get("cue");
        assertNotNull(cue, where + ": cue");
        checkSpan(text, cue, where + " cue", true);
        assertTrue(cue.get("stance") instanceof String, where + ": cue stance");
        assertTrue(a.get("quote") instanceof String, where + ": quote");
        for (Map<String, Object> c : (List<Map<String, Object>>) a.get("content")) {
            checkSpan(text, c, where + " content", false);
        }
        for (Map<String, Object> h : (List<Map<String, Object>>) a.get("hedges")) {
            checkSpan(text, h, where + " hedge", true);
        }
        for (Map<String, Object> v : (List<Map<String, Object>>) a.get("via")) {
            checkSourceRef(text, v, where + " via");
        }
    }

    /** An implicit source has null text, start and end, all together; an explicit one is a normal span. */
    private static void checkSourceRef(String text, Map<String, Object> ref, String where) {
        assertNotNull(ref, where);
        assertTrue(ref.get("type") instanceof String, where + ": type");
        assertTrue(ref.get("name") instanceof String, where + ": name");
        if (ref.get("start") == null || ref.get("end") == null || ref.get("text") == null) {
            assertTrue(ref.get("start") == null && ref.get("end") == null && ref.get("text") == null,
                    where + ": partly null mention " + ref);
            return;
        }
        checkSpan(text, ref, where, true);
    }

    private static void checkSpan(String text, Map<String, Object> span, String where, boolean hasText) {
        if (!(span.get("start") instanceof Integer start) || !(span.get("end") instanceof Integer end)) {
            fail(where + ": start/end are not integers: " + span);
            return;
        }
        assertTrue(0 <= start && start <= end && end <= text.length(),
                where + ": [" + start + ", " + end + ") outside 0.." + text.length());
        if (hasText) {
            assertEquals(text.substring(start, end), span.get("text"), where + ": text != substring(start, end)");
        }
    }
}
