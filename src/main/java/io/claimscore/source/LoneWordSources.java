package io.claimscore.source;

import static io.claimscore.source.PhraseShapes.isPossessiveS;
import static io.claimscore.source.PhraseShapes.lower;

import io.claimscore.model.SourceType;
import io.claimscore.model.Span;
import io.claimscore.text.Chars;
import io.claimscore.text.Token;
import io.claimscore.text.Tokenizer;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A source phrase of one word that the word itself shows to be no name, read before the name and role shapes of
 * {@link SourceAnalyzer}: a function word ("Is", "Much is not known": VAGUE), a common plural whose capital is only
 * the sentence's ("Reporters know …": typed as the lower-case word), "Let's" (the writer). Immutable.
 */
final class LoneWordSources {

    private final SourceTyper typer;
    private final Tokenizer tokenizer = new Tokenizer();

    LoneWordSources(SourceTyper typer) {
        this.typer = typer;
    }

    /** The description of a phrase (its tokens, trimmed) that is such a word, else null. */
    SourceDescription describe(String text, List<Token> tokens, Span mention) {
        if (tokens.size() == 3 && lower(text, tokens.get(0)).equals("let") && isPossessiveS(text, tokens, 2)) {
            // "Let's take a look at …": "let us", the writer and the reader
            return new SourceDescription(mention, mention.of(text), null,
                    SourceAnalyzer.provisionalType(SourceLexicon.PronounKind.SPEAKER),
                    SourceLexicon.PronounKind.SPEAKER);
        }
        if (tokens.size() != 1) {
            return null;
        }
        String word = lower(text, tokens.get(0));
        if (FUNCTION_WORDS.contains(word)) {
            // "Is", "Much", "Perhaps" read as a source: a word that names nobody
            return new SourceDescription(mention, mention.of(text), null, SourceType.VAGUE, null);
        }
        if (isCommonPluralOpeningASentence(text, tokens.get(0))) {
            // "Reporters were told …", "Environmentalists say …": the capital is the sentence's
            SourceType type = typer.typeOf(word, tokenizer.tokenize(word), word, null);
            return new SourceDescription(mention, mention.of(text), null, type, null);
        }
        return null;
    }

    /**
     * Closed-class words that name nobody when the tagger takes one alone for a source ("Is", "Much is not known",
     * "Perhaps"): auxiliaries and modals, and adverbs and quantifiers that open sentences. Not "will" or "may",
     * which are also names (George Will, Theresa May).
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("is", "are", "was", "were", "be", "been", "being",
            "does", "do", "did", "has", "have", "had", "having", "can", "could", "would", "should", "shall", "must",
            "might", "much", "more", "perhaps", "maybe", "also", "even", "still", "yet", "thus", "hence", "indeed",
            "however", "meanwhile", "instead", "too");

    /** How far on each side of a word {@link #isCommonPluralOpeningASentence} looks for it in lower case. */
    private static final int COMMON_WORD_REACH = 10_000;

    /**
     * A capitalised plural that opens a sentence and that the article also writes in lower case nearby
     * ("Reporters", "Migrants", "Proponents"): a common noun, not a surname ("Sanders", "Williams" are never
     * written "sanders", "williams"). Looks {@link #COMMON_WORD_REACH} characters each way, so that a long article
     * of many such sources stays linear.
     */
    private static boolean isCommonPluralOpeningASentence(String text, Token t) {
        String w = t.text(text);
        if (w.length() < 4 || !w.endsWith("s") || w.endsWith("ss") || !Character.isUpperCase(w.charAt(0))
                || !w.substring(1).chars().allMatch(Character::isLowerCase) || !opensASentence(text, t.start())) {
            return false;
        }
        String common = w.toLowerCase(Locale.ROOT);
        int end = Math.min(text.length(), t.end() + COMMON_WORD_REACH);
        for (int at = text.indexOf(common, Math.max(0, t.start() - COMMON_WORD_REACH)); at >= 0 && at < end;
                at = text.indexOf(common, at + 1)) {
            if (Chars.isWholeWord(text, at, at + common.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether only white space, an opening quotation mark or bracket stands between {@code at} and a sentence end. */
    private static boolean opensASentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"“‘'([".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?:".indexOf(text.charAt(i)) >= 0 || text.charAt(i + 1) == '\n';
    }
}
