package io.claimscore.source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The entities of one article in the order they were mentioned, an entity appearing again each time it is
 * mentioned. Pronouns and descriptions look back at most {@link #LOOK_BACK} mentions: they refer to someone just
 * mentioned, and the bound keeps linking linear in the article's length.
 */
final class MentionHistory {

    static final int LOOK_BACK = 64;

    private final List<Entity> order = new ArrayList<>();

    void add(Entity e) {
        order.add(e);
    }

    /** The last {@link #LOOK_BACK} mentions, oldest first (a view, not a copy). */
    List<Entity> inReach() {
        return order.subList(Math.max(0, order.size() - LOOK_BACK), order.size());
    }

    /** The entity mentioned last, not after {@code before}, that {@code fits}. */
    Entity latest(int before, Predicate<Entity> fits) {
        List<Entity> recent = inReach();
        for (int i = recent.size() - 1; i >= 0; i--) {
            Entity e = recent.get(i);
            if (e.lastSeen <= before && fits.test(e)) {
                return e;
            }
        }
        return null;
    }
}
