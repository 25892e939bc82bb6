package io.claimscore.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The question-and-answer labels of an interview printed as a transcript ("Q: You open your book …" / "A: I came
 * home …"): in an answer, "I" and "we" are the interviewee, not the article's author. Labels are read once, on
 * first use, in one pass over the text; an answer runs until the next label, across paragraphs.
 */
final class InterviewTranscript {

    private final String text;
    /** Offsets of the labels, in order, and whether each opens an answer. */
    private int[] labelAt;
    private boolean[] answer;

    InterviewTranscript(String text) {
        this.text = text;
    }

    /** Whether {@code offset} lies in an answer: the last label before it is "A:". */
    boolean inAnswer(int offset) {
        if (labelAt == null) {
            scan();
        }
        int lo = 0;
        int hi = labelAt.length;
        while (lo < hi) { // the number of labels at or before offset
            int mid = (lo + hi) >>> 1;
            if (labelAt[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && answer[lo - 1];
    }

    private void scan() {
        List<Integer> at = new ArrayList<>();
        List<Boolean> isAnswer = new ArrayList<>();
        for (int i = 0; i + 2 < text.length(); i++) {
            boolean lineStart = i == 0 || text.charAt(i - 1) == '\n';
            char c = text.charAt(i);
            if (lineStart && (c == 'Q' || c == 'A') && text.charAt(i + 1) == ':' && text.charAt(i + 2) == ' ') {
                at.add(i);
                isAnswer.add(c == 'A');
            }
        }
        labelAt = at.stream().mapToInt(Integer::intValue).toArray();
        answer = new boolean[isAnswer.size()];
        for (int k = 0; k < answer.length; k++) {
            answer[k] = isAnswer.get(k);
        }
    }
}
