package io.claimscore.source;

import io.claimscore.model.SourceType;

import java.util.HashSet;
import java.util.Set;

/** An entity of the article: canonical name, type and role (the first role the article gives it). */
final class Entity {
    final String name;
    final SourceType type;
    /** Several people named together ("Sanders and Clinton"): a "they", never a "he" or "she". */
    final boolean plural;
    String role;
    int lastSeen;
    /** Where the article first names the entity. */
    final int firstSeen;
    /** Whether the surname alone names someone else before this relative is introduced (see below). */
    Boolean surnameTakenBefore;
    /** For a relative, the person of the same surname the article named in full before. */
    Entity namedBefore;
    /** An unnamed relative ("my father", "his wife"): a "he" or "she" of its gender may mean it. */
    boolean relative;
    /** The words of the descriptions linked to this person so far ("republican", "nominee"). */
    final Set<String> describedAs = new HashSet<>();
    /** {@link DescriptionMatcher#describedBy}'s answer, until the role or {@link #describedAs} changes. */
    Set<String> descriptionWords;
    /**
     * Named so far only in a headline in title case, by a name with neither first name nor honorific ("Hit
     * Piece", "Stealth Over Health"): capitals there say nothing of a name, so no pronoun means it until the
     * body names it too.
     */
    boolean headlineOnly;
    /**
     * The person's gender: what the article has shown of it (an honorific, a gendered role, a pronoun linked),
     * or, until it shows something, what the first name suggests ({@link #genderFromFirstName}).
     */
    Gender gender = Gender.UNKNOWN;
    boolean genderFromFirstName;

    Entity(String name, SourceType type, String role, int lastSeen) {
        this.name = name;
        this.type = type;
        this.plural = (type == SourceType.NAMED_PERSON || type == SourceType.OFFICIAL)
                && NameForms.namesSeveral(name);
        this.role = role;
        this.lastSeen = lastSeen;
        this.firstSeen = lastSeen;
    }

    /**
     * Whether this person may be one the article gives {@code said} gender: a gender the article showed must
     * agree; one guessed from the first name gives way ("Evelyn Waugh … Mr. Waugh").
     */
    boolean mayBe(Gender said) {
        return genderFromFirstName || said.agreesWith(gender);
    }

    /**
     * Takes in what a mention shows of the gender: {@code said} (an honorific, a gendered role, a pronoun) is
     * evidence and replaces a first-name guess; without it, the first name of {@code name} is a guess, kept
     * only while nothing better is known.
     */
    void learnGender(Gender said, String name, SourceLexicon lexicon) {
        if (said != Gender.UNKNOWN && (gender == Gender.UNKNOWN || genderFromFirstName)) {
            gender = said;
            genderFromFirstName = false;
        } else if (gender == Gender.UNKNOWN) {
            gender = Gender.ofFirstName(name, lexicon);
            genderFromFirstName = gender != Gender.UNKNOWN;
        }
    }

    boolean isPerson() {
        return type == SourceType.NAMED_PERSON || type == SourceType.OFFICIAL;
    }

    /**
     * Whether a "he" or "she" of that gender may mean this entity: a person, or one unnamed relative whose
     * gender the relation says ("my father", "his wife"; not "a former agent", which took the pronouns of the
     * person an article is about when tried).
     */
    boolean mayBeCalled(Gender pronoun) {
        return !plural && (isPerson() ? pronoun.agreesWith(gender) : relative && gender == pronoun);
    }
}
