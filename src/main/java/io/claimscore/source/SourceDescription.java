package io.claimscore.source;

import io.claimscore.model.SourceType;
import io.claimscore.model.Span;
import io.claimscore.text.Chars;

/**
 * A source phrase read on its own, before linking: the trimmed mention, the name and role it gives, its type,
 * and whether it is a pronoun that the linker must resolve.
 *
 * @param mention the words naming the source, trimmed of punctuation and trailing relative pronouns
 * @param name    the name ("Sergei Lavrov" in "Russian Foreign Minister Sergei Lavrov"), or the whole phrase
 * @param role    the role or description given with the name, or null
 * @param type    the type read from the phrase itself (for a pronoun: a provisional guess)
 * @param pronoun the pronoun kind when the mention is a pronoun, else null
 */
public record SourceDescription(Span mention, String name, String role, SourceType type,
                                SourceLexicon.PronounKind pronoun) {

    /** Name and role as a reader sees them: a line break or a run of spaces inside a phrase is one space. */
    public SourceDescription {
        name = Chars.collapseSpaces(name);
        role = role == null ? null : Chars.collapseSpaces(role);
    }
}
