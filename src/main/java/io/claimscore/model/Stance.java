package io.claimscore.model;

/** What the reporting verb says about the reporter's distance from the content. */
public enum Stance {
    /** "said", "told", "according to": reports without judging. */
    NEUTRAL,
    /** "confirmed", "revealed", "showed", "noted": presents the content as established. */
    ASSERTIVE,
    /** "claimed", "insisted", "alleged", "pushed the claim", "dismissed … as": signals doubt. */
    DISTANCING,
    /** "believes", "hopes", "wants", "fears": a reported belief or intention, not a statement of fact. */
    BELIEF
}
