package io.claimscore.model;

/**
 * A statement the article makes: a sentence, or a group of sentences held together by one attribution
 * (a quote running over several sentences).
 *
 * @param id          stable identifier within one response ("s1", "s2", …) in text order
 * @param span        the statement's extent in the text
 * @param attribution the attribution, or {@code null} when the article asserts it in its own voice
 */
public record Statement(String id, Span span, Attribution attribution) {

    public boolean isAttributed() {
        return attribution != null;
    }
}
