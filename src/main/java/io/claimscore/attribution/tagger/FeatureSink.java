package io.claimscore.attribution.tagger;

/**
 * Where feature templates put the hashed features of a token sequence, token by token: stored as a
 * {@link FeatureSequence} for training, or scored on the spot by {@link Emissions} for tagging.
 */
interface FeatureSink {

    /** Opens the next token. */
    void nextToken();

    /** Adds a feature hash to the current token. */
    void add(int feature);

    /** Forces the current token's tag (for instance: a cue token is never source or content). */
    void pin(int tag);
}
