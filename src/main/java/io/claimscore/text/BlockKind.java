package io.claimscore.text;

/** What a block (paragraph) of the page is. Only BODY blocks hold statements and sources. */
public enum BlockKind {
    HEADLINE,
    /** Page furniture: bylines, share prompts, "Related posts", comment forms. */
    CHROME,
    BODY
}
