package io.claimscore.scoring;

import io.claimscore.model.Source;

/**
 * How identifiable the source is: the reader's ability to judge who says it and why they would know.
 * Named person with a role > named person > organisation / document > news outlet > official without a name >
 * anonymous > vague. A news outlet sits below organisations and documents because it relays what its reporters
 * found (the reader cannot see the primary evidence), but above an unnamed official because it is named,
 * accountable and publishes corrections.
 */
final class SourceSpecificity {

    private final ScoringWeights weights;

    SourceSpecificity(ScoringWeights weights) {
        this.weights = weights;
    }

    Factor factor(Source source) {
        int base = weights.base(source.type());
        String name = source.name();
        String role = blankToNull(source.role());
        return switch (source.type()) {
            // The role bonus is for named people only: for an official the role is all there is (in the base),
            // for an organisation or document a "role" is just a description.
            case NAMED_PERSON -> role != null
                    ? Factor.level(base + weights.roleBonus(), "Named source with a role: " + name + ", " + role)
                    : Factor.level(base, "Named source, but no role given: " + name);
            case ORGANIZATION -> Factor.level(base, "Named organisation as source: " + name);
            case DOCUMENT -> Factor.level(base, "Document as source: " + name);
            case MEDIA -> Factor.level(base, "News outlet as source: " + name);
            case OFFICIAL -> Factor.level(base, "Official without a name: " + (role != null ? role : name));
            case ANONYMOUS -> Factor.level(base, "Anonymous source: " + name);
            case VAGUE -> Factor.level(base, "Vague attribution, no identifiable source: " + name);
            case AUTHOR -> Factor.level(base, "The author's own view, in the first person: no source given");
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
