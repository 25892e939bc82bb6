package io.claimscore.scoring;

import io.claimscore.model.SourceType;

/**
 * Every weight of the sourcing score, in score points (0–100 scale). Rationale and examples: docs/scoring.md.
 * Penalties are positive numbers that are subtracted; adjustments are signed and added.
 * Each component maps to the config key {@code claimscore.scoring.<kebab-case name>} (see ScoringConfig).
 *
 * @param namedPersonBase             base score of a statement attributed to a named person
 * @param roleBonus                   added when the named person's role is given ("the US envoy to NATO")
 * @param organizationBase            base for a named organisation, government or agency ("NATO", "Kyiv")
 * @param documentBase                base for a document: statement, report, filing, poll
 * @param mediaBase                   base for a news outlet ("The Kyiv Independent")
 * @param officialBase                base for an official with a role but no name ("a State Department spokesperson")
 * @param anonymousBase               base for unnamed people ("sources", "a person familiar with the matter")
 * @param vagueBase                   base for no identifiable source ("some say", "reports emerged")
 * @param authorBase                  base for the writer's own first-person view ("I believe"): no source given
 * @param directQuote                 adjustment for a direct quote
 * @param mixedQuote                  adjustment for a paraphrase with quoted fragments
 * @param indirectQuote               adjustment for a paraphrase
 * @param secondHandPenalty           subtracted when the source relays another source (non-empty {@code via})
 * @param hedgePenalty                subtracted per hedge ("reportedly", "allegedly")
 * @param hedgeCap                    the most all hedges together can subtract
 * @param distancingPenalty           subtracted for a distancing or loaded cue ("claimed", "insisted")
 * @param beliefAdjustment            adjustment for a reported belief or intention ("hopes", "believes")
 * @param unattributedCheckWorthy     score of a check-worthy statement the article asserts without a source
 * @param unattributedBackground      score of a background statement the article asserts without a source
 * @param checkWorthyWeight           how many times a check-worthy statement counts in the article average
 * @param unsourcedCheckWorthyPenalty article penalty when every check-worthy claim lacks a source (scaled by share)
 * @param anonymousDependencePenalty  article penalty when every attributed claim is anonymous/vague (scaled by share)
 * @param distinctSourceBonus         article bonus per distinct identifiable source beyond the first
 * @param sourceTypeBonus             article bonus per independent kind of source beyond the first
 * @param diversityCap                the most both diversity bonuses together can add
 */
public record ScoringWeights(
        int namedPersonBase,
        int roleBonus,
        int organizationBase,
        int documentBase,
        int mediaBase,
        int officialBase,
        int anonymousBase,
        int vagueBase,
        int authorBase,
        int directQuote,
        int mixedQuote,
        int indirectQuote,
        int secondHandPenalty,
        int hedgePenalty,
        int hedgeCap,
        int distancingPenalty,
        int beliefAdjustment,
        int unattributedCheckWorthy,
        int unattributedBackground,
        int checkWorthyWeight,
        int unsourcedCheckWorthyPenalty,
        int anonymousDependencePenalty,
        int distinctSourceBonus,
        int sourceTypeBonus,
        int diversityCap) {

    /** The defaults; keep in sync with the {@code @WithDefault}s of ScoringConfig and docs/scoring.md (tested). */
    public static final ScoringWeights DEFAULTS = new ScoringWeights(
            75, 10, 65, 65, 55, 45, 30, 20, 25,
            10, 5, 0,
            15, 8, 16, 10, -5,
            10, 60,
            2, 25, 20, 2, 3, 10);

    public ScoringWeights {
        // Names in messages are the config keys, so a bad application.properties line is easy to find.
        inRange("named-person-base", namedPersonBase, 0, 100);
        inRange("organization-base", organizationBase, 0, 100);
        inRange("document-base", documentBase, 0, 100);
        inRange("media-base", mediaBase, 0, 100);
        inRange("official-base", officialBase, 0, 100);
        inRange("anonymous-base", anonymousBase, 0, 100);
        inRange("vague-base", vagueBase, 0, 100);
        inRange("author-base", authorBase, 0, 100);
        inRange("unattributed-check-worthy", unattributedCheckWorthy, 0, 100);
        inRange("unattributed-background", unattributedBackground, 0, 100);
        inRange("role-bonus", roleBonus, 0, 100);
        inRange("second-hand-penalty", secondHandPenalty, 0, 100);
        inRange("hedge-penalty", hedgePenalty, 0, 100);
        inRange("hedge-cap", hedgeCap, 0, 100);
        inRange("distancing-penalty", distancingPenalty, 0, 100);
        inRange("unsourced-check-worthy-penalty", unsourcedCheckWorthyPenalty, 0, 100);
        inRange("anonymous-dependence-penalty", anonymousDependencePenalty, 0, 100);
        inRange("distinct-source-bonus", distinctSourceBonus, 0, 100);
        inRange("source-type-bonus", sourceTypeBonus, 0, 100);
        inRange("diversity-cap", diversityCap, 0, 100);
        inRange("direct-quote", directQuote, -100, 100);
        inRange("mixed-quote", mixedQuote, -100, 100);
        inRange("indirect-quote", indirectQuote, -100, 100);
        inRange("belief-adjustment", beliefAdjustment, -100, 100);
        inRange("check-worthy-weight", checkWorthyWeight, 1, 10);
        // The orderings below are what the model promises editors (and what the property tests check):
        // tuning may move the numbers, not turn the ladder upside down.
        require(directQuote >= mixedQuote && mixedQuote >= indirectQuote,
                "quote adjustments must keep direct-quote >= mixed-quote >= indirect-quote");
        int weakestIdentified = Math.min(Math.min(organizationBase, documentBase), Math.min(mediaBase, officialBase));
        int strongestOther = Math.max(Math.max(organizationBase, documentBase), Math.max(mediaBase, officialBase));
        require(namedPersonBase >= strongestOther, "named-person-base must be >= every other source base");
        require(weakestIdentified >= anonymousBase, "organization-, document-, media- and official-base must be >= anonymous-base");
        require(anonymousBase >= vagueBase, "anonymous-base must be >= vague-base");
        require(anonymousBase >= authorBase, "anonymous-base must be >= author-base");
        require(unattributedCheckWorthy <= unattributedBackground,
                "unattributed-check-worthy must be <= unattributed-background");
    }

    /** The base score of a source type, before role, directness and qualifiers. */
    public int base(SourceType type) {
        return switch (type) {
            case NAMED_PERSON -> namedPersonBase;
            case ORGANIZATION -> organizationBase;
            case DOCUMENT -> documentBase;
            case MEDIA -> mediaBase;
            case OFFICIAL -> officialBase;
            case ANONYMOUS -> anonymousBase;
            case VAGUE -> vagueBase;
            case AUTHOR -> authorBase;
        };
    }

    private static void inRange(String what, int value, int min, int max) {
        require(value >= min && value <= max, what + " must be in " + min + ".." + max + ", was " + value);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException("invalid scoring weights: " + message);
        }
    }
}
