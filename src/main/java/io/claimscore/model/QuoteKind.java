package io.claimscore.model;

/** How the content is rendered. */
public enum QuoteKind {
    /** Entirely inside quotation marks. */
    DIRECT,
    /** Paraphrased, no quotation marks. */
    INDIRECT,
    /** Paraphrase with quoted fragments. */
    MIXED
}
