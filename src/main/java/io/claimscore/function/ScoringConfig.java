package io.claimscore.function;

import io.claimscore.scoring.ScoringWeights;
import io.smallrye.config.WithDefault;

/**
 * The scoring weights as configuration: the group {@code claimscore.scoring.*} of the root mapping
 * {@code ClaimscoreConfig} (method {@code ScoringConfig scoring();}). One method per weight, kebab-case keys
 * ({@code claimscore.scoring.named-person-base=80}, or the environment variable
 * {@code CLAIMSCORE_SCORING_NAMED_PERSON_BASE=80}). Every default equals {@link ScoringWeights#DEFAULTS}
 * (tested); meaning and rationale of each weight: docs/scoring.md.
 */
public interface ScoringConfig {

    /** Base score for a named person. */
    @WithDefault("75")
    int namedPersonBase();

    /** Added when a named person's role is given. */
    @WithDefault("10")
    int roleBonus();

    /** Base score for a named organisation, government or agency. */
    @WithDefault("65")
    int organizationBase();

    /** Base score for a document: statement, report, filing, poll. */
    @WithDefault("65")
    int documentBase();

    /** Base score for a news outlet. */
    @WithDefault("55")
    int mediaBase();

    /** Base score for an official with a role but no name. */
    @WithDefault("45")
    int officialBase();

    /** Base score for unnamed people ("sources familiar with"). */
    @WithDefault("30")
    int anonymousBase();

    /** Base score for no identifiable source ("some say"). */
    @WithDefault("20")
    int vagueBase();

    /** Base score for the writer's own first-person view ("I believe"): no source given. */
    @WithDefault("25")
    int authorBase();

    /** Adjustment for a direct quote. */
    @WithDefault("10")
    int directQuote();

    /** Adjustment for a partly quoted paraphrase. */
    @WithDefault("5")
    int mixedQuote();

    /** Adjustment for a paraphrase. */
    @WithDefault("0")
    int indirectQuote();

    /** Subtracted when the source relays another source. */
    @WithDefault("15")
    int secondHandPenalty();

    /** Subtracted per hedge ("reportedly"). */
    @WithDefault("8")
    int hedgePenalty();

    /** The most all hedges together subtract. */
    @WithDefault("16")
    int hedgeCap();

    /** Subtracted for a distancing cue ("claimed"). */
    @WithDefault("10")
    int distancingPenalty();

    /** Adjustment for a reported belief or intention ("hopes"). */
    @WithDefault("-5")
    int beliefAdjustment();

    /** Score of an unattributed check-worthy statement. */
    @WithDefault("10")
    int unattributedCheckWorthy();

    /** Score of an unattributed background statement. */
    @WithDefault("60")
    int unattributedBackground();

    /** How many times a check-worthy statement counts in the article mean. */
    @WithDefault("2")
    int checkWorthyWeight();

    /** Article penalty when all check-worthy claims are unsourced (scaled by share). */
    @WithDefault("25")
    int unsourcedCheckWorthyPenalty();

    /** Article penalty when all attributions are anonymous or vague (scaled by share). */
    @WithDefault("20")
    int anonymousDependencePenalty();

    /** Article bonus per distinct source beyond the first. */
    @WithDefault("2")
    int distinctSourceBonus();

    /** Article bonus per kind of source beyond the first. */
    @WithDefault("3")
    int sourceTypeBonus();

    /** The most the diversity bonuses add together. */
    @WithDefault("10")
    int diversityCap();

    /** The weights as the plain record the pipeline uses; validates them (a bad value fails start-up). */
    default ScoringWeights toWeights() {
        return new ScoringWeights(
                namedPersonBase(),
                roleBonus(),
                organizationBase(),
                documentBase(),
                mediaBase(),
                officialBase(),
                anonymousBase(),
                vagueBase(),
                authorBase(),
                directQuote(),
                mixedQuote(),
                indirectQuote(),
                secondHandPenalty(),
                hedgePenalty(),
                hedgeCap(),
                distancingPenalty(),
                beliefAdjustment(),
                unattributedCheckWorthy(),
                unattributedBackground(),
                checkWorthyWeight(),
                unsourcedCheckWorthyPenalty(),
                anonymousDependencePenalty(),
                distinctSourceBonus(),
                sourceTypeBonus(),
                diversityCap());
    }
}
