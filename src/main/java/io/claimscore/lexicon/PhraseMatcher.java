package io.claimscore.lexicon;

import io.claimscore.text.Tokenizer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds lexicon phrases in a sequence of lower-cased tokens: whole tokens only, longest match first at each
 * position. Phrases are tokenised with the same {@link Tokenizer} as the text, so "U.S." or "it's" match exactly
 * as they are split. Indexed by first token: matching is linear in the text times the few phrases sharing a
 * first word. Immutable.
 */
public final class PhraseMatcher<V> {

    /** A match: tokens {@code [start, end)} and the value stored with the phrase. */
    public record Match<V>(int start, int end, V value) {
    }

    private record Entry<V>(String[] tokens, V value) {
    }

    private final Map<String, List<Entry<V>>> byFirstToken; // a HashMap: see of(Map)

    private PhraseMatcher(Map<String, List<Entry<V>>> byFirstToken) {
        this.byFirstToken = byFirstToken;
    }

    /** A matcher for phrases that carry no value. */
    public static PhraseMatcher<Boolean> of(Collection<String> phrases) {
        Map<String, Boolean> values = new HashMap<>();
        for (String p : phrases) {
            values.put(p, Boolean.TRUE);
        }
        return of(values);
    }

    public static <V> PhraseMatcher<V> of(Map<String, V> phrases) {
        Tokenizer tokenizer = new Tokenizer();
        Map<String, List<Entry<V>>> index = new HashMap<>();
        for (Map.Entry<String, V> e : phrases.entrySet()) {
            String lower = e.getKey().toLowerCase(Locale.ROOT);
            String[] tokens = tokenizer.tokenize(lower).stream().map(t -> t.text(lower)).toArray(String[]::new);
            if (tokens.length > 0) {
                index.computeIfAbsent(tokens[0], k -> new ArrayList<>()).add(new Entry<>(tokens, e.getValue()));
            }
        }
        // Longest first, then alphabetical, so that the result never depends on map iteration order.
        index.values().forEach(list -> list.sort((a, b) -> a.tokens.length != b.tokens.length
                ? Integer.compare(b.tokens.length, a.tokens.length)
                : String.join(" ", a.tokens).compareTo(String.join(" ", b.tokens))));
        // Kept as the HashMap, never modified after this point: nearly every token of a text is a miss, and a
        // HashMap miss compares cached hash codes only, where Map.copyOf's probing calls equals along the way.
        return new PhraseMatcher<>(index);
    }

    /** The first token of every phrase (read only). */
    public Set<String> firstTokens() {
        return Collections.unmodifiableSet(byFirstToken.keySet());
    }

    /** The longest phrase starting at token {@code i}, or null. */
    public Match<V> matchAt(String[] lowerTokens, int i, int end) {
        List<Entry<V>> candidates = byFirstToken.get(lowerTokens[i]);
        if (candidates == null) {
            return null;
        }
        for (Entry<V> c : candidates) {
            int n = c.tokens.length;
            if (i + n > end) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < n && all; k++) {
                all = c.tokens[k].equals(lowerTokens[i + k]);
            }
            if (all) {
                return new Match<>(i, i + n, c.value);
            }
        }
        return null;
    }

    /** Non-overlapping matches in tokens {@code [from, to)}, left to right, longest at each position. */
    public List<Match<V>> findAll(String[] lowerTokens, int from, int to) {
        List<Match<V>> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Match<V> m = matchAt(lowerTokens, i, to);
            if (m != null) {
                out.add(m);
                i = m.end() - 1;
            }
        }
        return out;
    }

    /** Whether the whole token range is exactly one phrase. */
    public boolean matchesExactly(String[] lowerTokens, int from, int to) {
        if (from >= to) {
            return false;
        }
        Match<V> m = matchAt(lowerTokens, from, to);
        return m != null && m.end() == to;
    }
}
