package io.claimscore.scoring;

import io.claimscore.model.QuoteKind;
import io.claimscore.model.SourceType;
import io.claimscore.model.Stance;

import java.util.ArrayList;
import java.util.List;

/**
 * A test description of one statement: the claim and, unless {@code type} is null, who it is attributed to and how.
 * {@link Article} turns a list of them into text and {@code Statement}s with real spans.
 */
record Claim(String claim, SourceType type, String name, String role, QuoteKind quote, Stance stance, String cue,
             List<String> hedges, List<String> via) {

    Claim {
        hedges = List.copyOf(hedges);
        via = List.copyOf(via);
    }

    /** The article says it in its own voice. */
    static Claim unattributed(String claim) {
        return new Claim(claim, null, null, null, null, null, null, List.of(), List.of());
    }

    /** "{name} said {claim}", indirect, neutral, first-hand, unhedged. */
    static Claim by(SourceType type, String name, String claim) {
        return new Claim(claim, type, name, null, QuoteKind.INDIRECT, Stance.NEUTRAL, "said", List.of(), List.of());
    }

    Claim source(SourceType type, String name) {
        return new Claim(claim, type, name, role, quote == null ? QuoteKind.INDIRECT : quote,
                stance == null ? Stance.NEUTRAL : stance, cue == null ? "said" : cue, hedges, via);
    }

    Claim role(String role) {
        return new Claim(claim, type, name, role, quote, stance, cue, hedges, via);
    }

    Claim quote(QuoteKind quote) {
        return new Claim(claim, type, name, role, quote, stance, cue, hedges, via);
    }

    Claim cue(String cue, Stance stance) {
        return new Claim(claim, type, name, role, quote, stance, cue, hedges, via);
    }

    Claim hedge(String hedge) {
        List<String> more = new ArrayList<>(hedges);
        more.add(hedge);
        return new Claim(claim, type, name, role, quote, stance, cue, more, via);
    }

    Claim hedges(List<String> hedges) {
        return new Claim(claim, type, name, role, quote, stance, cue, hedges, via);
    }

    Claim via(String outlet) {
        List<String> more = new ArrayList<>(via);
        more.add(outlet);
        return new Claim(claim, type, name, role, quote, stance, cue, hedges, more);
    }

    Claim via(List<String> via) {
        return new Claim(claim, type, name, role, quote, stance, cue, hedges, via);
    }

    boolean attributed() {
        return type != null;
    }
}
