package io.claimscore.model;

import java.util.List;

/** Look-ups in lists of spans sorted by start and not overlapping (blocks, sentences): binary search, never a scan. */
public final class Spans {

    private Spans() {
    }

    /** The index of the span containing {@code offset}, or -1. */
    public static int indexContaining(List<Span> sorted, int offset) {
        int lo = 0;
        int hi = sorted.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sorted.get(mid);
            if (s.end() <= offset) {
                lo = mid + 1;
            } else if (s.start() > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Whether one span of {@code sorted} contains all of {@code span}. */
    public static boolean insideOne(List<Span> sorted, Span span) {
        int i = indexContaining(sorted, span.start());
        return i >= 0 && sorted.get(i).contains(span);
    }

    /** The index of the first span of {@code sorted} that ends after {@code offset} (size() when none does). */
    public static int firstEndingAfter(List<Span> sorted, int offset) {
        return firstEndingAfter(sorted, Span::end, offset);
    }

    /**
     * The index of the first element of {@code sorted} whose end (as {@code end} reads it) lies after
     * {@code offset}, for lists of things with spans (quotes, tokens) ordered by their ends.
     */
    public static <T> int firstEndingAfter(List<T> sorted, java.util.function.ToIntFunction<T> end, int offset) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end.applyAsInt(sorted.get(mid)) <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
