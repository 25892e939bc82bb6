package io.claimscore.model;

/** What kind of thing a source is; ordered from most to least identifiable only by convention of the scorer. */
public enum SourceType {
    /** A person named in the article: "Julianne Smith", "Lavrov". */
    NAMED_PERSON,
    /** A role without a name: "a State Department spokesperson". */
    OFFICIAL,
    /** Governments and capitals used as actors, agencies, militaries, parties, companies: "Washington", "NATO". */
    ORGANIZATION,
    /** News outlets and their reports: "Defense Express", "The Kyiv Independent". */
    MEDIA,
    /** Statements, reports, studies, filings, polls: "a Ukrainian military statement". */
    DOCUMENT,
    /** Unnamed people: "sources", "officials", "a person familiar with the matter". */
    ANONYMOUS,
    /** No identifiable source at all: "some say", "it is believed", "reports emerged", bare "reportedly". */
    VAGUE,
    /**
     * The article's own writer speaking in the first person outside any quotation ("I believe", "we asked the
     * campaign"): the author's own view or reporting, not a source the reader could turn to.
     */
    AUTHOR
}
