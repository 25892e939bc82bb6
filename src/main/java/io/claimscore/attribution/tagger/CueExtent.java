package io.claimscore.attribution.tagger;

import io.claimscore.lexicon.Lexicons;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How far a cue the confident reading found may grow, given a second reading of the block biased towards longer
 * cue runs ({@link AttributionTagger#CUE_EXTENT_BIAS}). The longer reading proposes; this keeps only what the
 * annotators' conventions and a reader both accept: on the left the rest of the verb group ("has said", "then
 * condemned"), on the right a short prepositional adjunct ("said in a statement", "wrote on Twitter"), never a
 * name or number the adjunct leads to ("reported on December 9": the cue stays "reported"). Two cues the longer
 * reading would join stay two. Word lists: {@code lexicons/cues/extent-words.txt}. Immutable.
 */
final class CueExtent {

    static final String RESOURCE = "lexicons/cues/extent-words.txt";
    /** The longest right extension, in tokens: "in an interview with" is four. */
    static final int MAX_RIGHT = 4;

    private final Set<String> left;
    private final Set<String> right;
    private final Set<String> trailing;

    CueExtent(Set<String> left, Set<String> right, Set<String> trailing) {
        this.left = Set.copyOf(left);
        this.right = Set.copyOf(right);
        this.trailing = Set.copyOf(trailing);
    }

    static CueExtent load() {
        Map<String, Set<String>> sections = new HashMap<>();
        Set<String> current = null;
        for (String line : Lexicons.lines(RESOURCE)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new HashSet<>());
            } else if (current == null) {
                throw new IllegalStateException(RESOURCE + ": entry before any [section]: " + line);
            } else {
                current.add(line);
            }
        }
        for (String name : List.of("left", "right", "trailing")) {
            if (!sections.containsKey(name)) {
                throw new IllegalStateException(RESOURCE + " has no [" + name + "] section");
            }
        }
        return new CueExtent(sections.get("left"), sections.get("right"), sections.get("trailing"));
    }

    /**
     * The cues of {@code found} with their extents (same order, same count): each grown within the one run of
     * {@code longer} that overlaps it and no other found cue. Both lists are sorted, non-overlapping token ranges
     * {@code [start, end)} of {@code block}; one pass over each.
     */
    List<int[]> apply(BlockTokens block, List<int[]> found, List<int[]> longer) {
        List<int[]> out = new ArrayList<>(found.size());
        int w = 0;
        for (int f = 0; f < found.size(); f++) {
            int[] cue = found.get(f);
            while (w < longer.size() && longer.get(w)[1] <= cue[0]) {
                w++;
            }
            int[] wider = w < longer.size() && longer.get(w)[0] < cue[1] ? longer.get(w) : null;
            boolean alone = wider != null
                    && wider[0] <= cue[0] && wider[1] >= cue[1] // it covers the cue (not a split of it)
                    && (f == 0 || found.get(f - 1)[1] <= wider[0])
                    && (f + 1 == found.size() || found.get(f + 1)[0] >= wider[1]);
            if (!alone) {
                out.add(cue);
                continue;
            }
            int start = cue[0];
            while (start > wider[0] && left.contains(block.lower(start - 1))) {
                start--;
            }
            out.add(new int[] {start, rightEnd(block, cue[1], wider[1])});
        }
        return out;
    }

    /** Where the cue ending at {@code end} ends once grown towards {@code widerEnd} (see the class comment). */
    private int rightEnd(BlockTokens block, int end, int widerEnd) {
        if (widerEnd <= end || widerEnd - end > MAX_RIGHT || !right.contains(block.lower(end))) {
            return end;
        }
        // Stop before a name or number, then drop the words that led to it.
        for (int k = end; k <= widerEnd && k < block.size(); k++) {
            if (block.capitalised[k] || Character.isDigit(block.lower(k).charAt(0))) {
                int stop = k;
                while (stop > end && trailing.contains(block.lower(stop - 1))) {
                    stop--;
                }
                return stop;
            }
        }
        return widerEnd;
    }
}
