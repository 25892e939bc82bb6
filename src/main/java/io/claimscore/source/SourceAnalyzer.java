package io.claimscore.source;

import static io.claimscore.source.PhraseShapes.closesBracket;
import static io.claimscore.source.PhraseShapes.endsWithNegatedAuxiliary;
import static io.claimscore.source.PhraseShapes.gluedToCapital;
import static io.claimscore.source.PhraseShapes.isDigits;
import static io.claimscore.source.PhraseShapes.isPossessiveEnding;
import static io.claimscore.source.PhraseShapes.isPossessiveS;
import static io.claimscore.source.PhraseShapes.isRelative;
import static io.claimscore.source.PhraseShapes.isSurnameShaped;
import static io.claimscore.source.PhraseShapes.lower;
import static io.claimscore.source.PhraseShapes.opensBracket;
import static io.claimscore.source.PhraseShapes.partOf;
import static io.claimscore.source.PhraseShapes.span;
import static io.claimscore.source.PhraseShapes.topLevelComma;
import static io.claimscore.source.PhraseShapes.trailingDescription;
import static io.claimscore.source.PhraseShapes.trailingParenthetical;
import static io.claimscore.source.PhraseShapes.wordCount;
import static io.claimscore.source.PhraseShapes.wrapped;

import io.claimscore.model.SourceType;
import io.claimscore.model.Span;
import io.claimscore.text.Chars;
import io.claimscore.text.Token;
import io.claimscore.text.Tokenizer;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one source phrase on its own: trims it, splits a name from its role ("Julianne Smith, the US permanent
 * representative to NATO"; "Russian Foreign Minister Sergei Lavrov"; "the news portal Defense Express") and
 * types the name it reads ({@link SourceTyper}). Pronouns are flagged for the {@link SpeakerLinker}.
 */
public final class SourceAnalyzer {

    /** Words before a name that join it to a group or another name rather than describe it. */
    private static final Set<String> JOINERS = Set.of("and", "or", "nor", "but", "&", "like", "including", "than",
            "as", "unlike", "except", "into", "outside", "between", "among", "against", "behind");
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "one",
            "two", "three", "several", "some", "many", "other", "another", "its", "his", "her", "their", "our");
    /** Verb-group words the tagger sometimes leaves on a source's end ("officers have [pushed]"). */
    private static final Set<String> TRAILING_VERB_WORDS = Set.of("have", "has", "had", "is", "are", "was", "were",
            "will", "would", "also", "then", "again", "has also", "later", "now", "already", "did", "does", "do",
            "can", "could", "may", "might", "should", "must", "recently", "previously", "repeatedly", "not", "never");
    /**
     * Words that can follow a name inside a source phrase without being part of it: "Carter however", "Sanders
     * himself" (the mention keeps the reflexive, which tells the linker whom a short name means: "Clinton herself"
     * is no Bill Clinton).
     */
    private static final Set<String> TRAILING_NON_NAMES = Set.of("themselves", "itself", "himself", "herself",
            "however", "too", "instead", "alone", "though", "often", "sometimes", "always", "usually", "frequently");
    /** Adverbs a headline in title case leaves after a name ("Mark Cuban Just …", "Tim Kaine Fully …"). */
    private static final Set<String> HEADLINE_ADVERBS = Set.of("just", "finally", "fully", "totally", "really",
            "openly", "actually", "officially", "quietly", "suddenly", "publicly", "still");
    /** Words before "'s" that make a contraction, not a possessive: "There's", "Let's", "It's". */
    private static final Set<String> NOT_POSSESSORS = Set.of("there", "here", "it", "that", "what", "who", "let",
            "where", "how", "he", "she", "this", "everyone", "nobody", "someone", "one");
    private static final Set<String> QUESTION_WORDS = Set.of("how", "why", "what", "when", "where", "whether");
    private static final Set<String> PREPOSITIONS_BEFORE_A_NAME = Set.of("of", "for", "by", "with", "to", "from");
    /** Abbreviations that end a name: "Donald Trump Jr.", "Democracy Corp.". */
    private static final Set<String> NAME_ABBREVIATIONS = Set.of("Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Bros");
    /** Lower-case particles inside surnames. */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "del", "della", "di", "da", "van", "von", "der",
            "den", "la", "le", "du", "bin", "ibn", "al", "el", "ter", "ten", "dos", "das");
    /** Days and months: capitalised, but nobody's name ("A Monmouth poll out Monday"). */
    private static final Set<String> CALENDAR_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december");
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "sir", "dame", "miss");

    private final SourceLexicon lexicon;
    /** Types each name the analyzer reads off a phrase. */
    private final SourceTyper typer;
    /** Where and when, after who: "skywriters in Pasadena, Calif", "the Supreme Court this month". */
    private final PhraseTails tails;
    /** Phrases of one word that the word itself says are no name ("Is", "Reporters", "Let's"). */
    private final LoneWordSources loneWords;
    private final Tokenizer tokenizer = new Tokenizer();

    public SourceAnalyzer(SourceLexicon lexicon) {
        this.lexicon = lexicon;
        this.typer = new SourceTyper(lexicon);
        this.tails = new PhraseTails(lexicon);
        this.loneWords = new LoneWordSources(typer);
    }

    public SourceLexicon lexicon() {
        return lexicon;
    }

    /** Verbs of relaying: "a statement cited by The Kyiv Independent" is relayed by the outlet. */
    private static final Set<String> RELAY_VERBS = Set.of("cited", "quoted", "reported", "published", "released",
            "obtained", "seen", "shared", "posted", "relayed", "carried", "aired");

    /**
     * The span of the relaying source inside a source phrase ("… cited by [The Kyiv Independent]"), or null.
     */
    public Span relayedBy(String text, Span mention) {
        List<Token> tokens = tokenizer.tokenize(text, mention.start(), mention.end());
        for (int i = 1; i + 2 < tokens.size() + 1 && i + 1 < tokens.size(); i++) {
            if (RELAY_VERBS.contains(lower(text, tokens.get(i))) && lower(text, tokens.get(i + 1)).equals("by")
                    && i + 2 < tokens.size()) {
                return new Span(tokens.get(i + 2).start(), tokens.get(tokens.size() - 1).end());
            }
        }
        return null;
    }

    public SourceDescription describe(String text, Span raw) {
        List<Token> tokens = tokenizer.tokenize(text, raw.start(), raw.end());
        int from = 0;
        int to = tokens.size();
        // Trim punctuation at the edges (keeping a closing parenthesis that closes one inside) and a trailing
        // relative pronoun: "The Kyiv Independent, which" names The Kyiv Independent.
        while (true) {
            while (from < to && !tokens.get(from).word() && !opensBracket(text, tokens.get(from))) {
                from++;
            }
            while (to > from && !tokens.get(to - 1).word() && !closesBracket(text, tokens, from, to - 1)) {
                to--;
            }
            if (wrapped(text, tokens, from, to)) {
                from++;
                to--;
                continue;
            }
            if (to - from > 1 && (isRelative(lower(text, tokens.get(to - 1)))
                    || TRAILING_VERB_WORDS.contains(lower(text, tokens.get(to - 1))))) {
                to--;
                continue;
            }
            if (to - from > 3 && endsWithNegatedAuxiliary(text, tokens, to)) {
                to -= 3;
                continue;
            }
            if (to - from == 3 && lexicon.pronoun(lower(text, tokens.get(from))) != null
                    && isPossessiveEnding(text, tokens.subList(from, to))) {
                to = from + 1; // "It's denouncing …": "It is", the pronoun is the source
                continue;
            }
            break;
        }
        if (from >= to) {
            return new SourceDescription(raw, raw.of(text), null, SourceType.VAGUE, null);
        }
        Span mention = new Span(tokens.get(from).start(), tokens.get(to - 1).end());
        if (to - from == 1) {
            SourceLexicon.PronounKind pronoun = lexicon.pronoun(lower(text, tokens.get(from)));
            if (pronoun != null) {
                return new SourceDescription(mention, mention.of(text), null, provisionalType(pronoun), pronoun);
            }
        }
        SourceDescription lone = loneWords.describe(text, tokens.subList(from, to), mention);
        if (lone != null) {
            return lone;
        }
        SourceDescription d = describePhrase(text, tokens.subList(from, to), mention);
        return withoutPossessive(withAbbreviationPeriod(text, d));
    }

    /**
     * The name without the possessive a tagged source may end in ("Trump campaign chairman Paul Manafort's
     * decision" names Paul Manafort, "the campaign's earlier claim" the campaign): the mention keeps it. Not when
     * a comma stands in what was read as its role: then the span ran over a clause ("Ahead of the March 1
     * contests, Rubio assumed Trump's …"), and a role made of it must not become the person's.
     */
    private static SourceDescription withoutPossessive(SourceDescription d) {
        String name = d.name();
        if (name.length() < 4 || !NameForms.endsWithPossessive(name) || d.role() != null && d.role().contains(",")) {
            return d;
        }
        String owner = name.substring(0, name.length() - 2).strip();
        String[] words = owner.split(" ");
        if (NOT_POSSESSORS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return d; // a contraction: "There's", "that's"
        }
        return new SourceDescription(d.mention(), owner, d.role(), d.type(), d.pronoun());
    }

    /**
     * The name with the period of an abbreviation that ends it and that the tagged span left out ("the U.S." for
     * "the U.S", "Donald Trump Jr."): the period after it is the abbreviation's, whether or not it ends a sentence.
     */
    private static SourceDescription withAbbreviationPeriod(String text, SourceDescription d) {
        String name = d.name();
        int end = d.mention().end();
        if (end >= text.length() || text.charAt(end) != '.' || name.isEmpty()
                || !Chars.collapseSpaces(d.mention().of(text)).endsWith(name)) {
            return d;
        }
        int lastSpace = Math.max(name.lastIndexOf(' '), name.lastIndexOf('.'));
        String last = name.substring(lastSpace + 1);
        boolean initial = last.length() == 1 && Character.isUpperCase(last.charAt(0)) && lastSpace >= 0
                && name.charAt(lastSpace) == '.';
        if (!initial && !NAME_ABBREVIATIONS.contains(last)) {
            return d;
        }
        return new SourceDescription(d.mention(), name + ".", d.role(), d.type(), d.pronoun());
    }

    /**
     * Whether words hold a first name and one capitalised word after it, not right after "of": "of Elections Susan
     * Bucher" names a person, "of Burke County" a place, "of the James Martin Center" an institution.
     */
    private boolean namesAPerson(String words) {
        String[] parts = words.split(" ");
        for (int i = 1; i + 1 < parts.length; i++) {
            if (parts[i - 1].equals("of")) {
                continue; // "of Burke County": a place
            }
            // The name ends there: "Susan Bucher", not "James Martin Center".
            boolean ends = i + 2 >= parts.length || parts[i + 2].isEmpty()
                    || !Character.isUpperCase(parts[i + 2].charAt(0));
            if (lexicon.isFirstName(parts[i].toLowerCase(Locale.ROOT)) && !parts[i + 1].isEmpty() && ends
                    && Character.isUpperCase(parts[i + 1].charAt(0)) && Character.isUpperCase(parts[i].charAt(0))
                    && !lexicon.organizationHeads.contains(parts[i + 1].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Two to four capitalised words, none a title, an article or an institution's head: "Holger Schmieding". */
    private boolean isPlainFullName(String words) {
        String[] parts = words.split(" ");
        if (parts.length < 2 || parts.length > 4) {
            return false;
        }
        for (String p : parts) {
            String w = p.replace(".", "").toLowerCase(Locale.ROOT);
            if (p.isEmpty() || !Character.isUpperCase(p.charAt(0)) || DETERMINERS.contains(w) || w.equals("former")
                    || lexicon.isOfficialTitle(w) || lexicon.organizationHeads.contains(w)
                    || lexicon.mediaHeads.contains(w) || lexicon.documentHeads.contains(w)
                    || !p.chars().allMatch(c -> Character.isLetter(c) || c == '.' || c == '-' || c == '\''
                            || c == '’')) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Stephen Vladeck of the University of Texas", "Ted Cruz of Texas": a person's name ends where "of" begins,
     * and what follows is role. Only after a full name, an honorific, or a name split from its title already:
     * "Bank of America" is a name.
     */
    private SourceDescription withPlaceOfOrigin(String text, SourceDescription d) {
        if (d.type() != SourceType.NAMED_PERSON) {
            return d;
        }
        String name = d.name();
        int of = name.indexOf(" of ");
        if (of <= 0) {
            return d;
        }
        String before = name.substring(0, of);
        String place = name.substring(of + 1);
        String first = before.split(" ")[0].replace(".", "").toLowerCase(Locale.ROOT);
        String role = d.role();
        // A role before the name is its title ("Sen."); one after it was written after a comma.
        boolean titleBefore = role != null && Chars.collapseSpaces(d.mention().of(text)).indexOf(name) > 0;
        // Two or more words before "of" in a phrase typed as a person are a full name (its head is no
        // organisation's: "Federal Bureau of Investigation" never gets here).
        boolean person = isHonorific(first) || lexicon.isFirstName(first) && before.indexOf(' ') > 0 || titleBefore
                || isPlainFullName(before);
        boolean oneName = !before.contains("'s") && !before.contains("’s") && !place.contains(" and ")
                && !place.contains(" or ") && !namesAPerson(place);
        if (!person || !oneName || !Character.isUpperCase(before.charAt(0))) {
            return d;
        }
        String combined = role == null ? place : titleBefore ? role + " " + place : place + ", " + role;
        return new SourceDescription(d.mention(), before, combined, d.type(), null);
    }

    private SourceDescription describePhrase(String text, List<Token> tokens, Span mention) {
        return withPlaceOfOrigin(text, describeNameAndRole(text, tokens, mention));
    }

    private SourceDescription describeNameAndRole(String text, List<Token> tokens, Span mention) {
        SourceDescription headline = headlineFullName(text, tokens, mention);
        if (headline != null) {
            return headline;
        }
        // "Trump's" in "Trump's claim that …": the possessor is the source.
        int size = tokens.size();
        if (size >= 3 && isPossessiveEnding(text, tokens) && isNameLike(text, tokens.subList(0, size - 2))
                && !NOT_POSSESSORS.contains(lower(text, tokens.get(size - 3)))) {
            List<Token> owner = tokens.subList(0, size - 2);
            SourceDescription d = describeNameAndRole(text, owner, span(owner, 0, owner.size()));
            return new SourceDescription(mention, d.name(), d.role(), d.type(), null);
        }
        // "Carter however", "the candidates themselves": words after the name that are no part of it.
        int end = tokens.size();
        while (end > 1 && (!tokens.get(end - 1).word() || isTrailingNonName(text, tokens, end - 1))) {
            end--;
        }
        if (end < tokens.size() && isTrailingNonName(text, tokens, tokens.size() - 1)) {
            List<Token> shorter = tokens.subList(0, end);
            SourceDescription d = describeNameAndRole(text, shorter, span(shorter, 0, end));
            return new SourceDescription(mention, d.name(), d.role(), d.type(), null);
        }
        // "the Supreme Court this month", "The White House on Tuesday", "Clinton last week": when it spoke is no
        // part of the name; the mention keeps it.
        int when = tails.timeStart(text, tokens);
        if (when > 0) {
            List<Token> who = tokens.subList(0, when);
            SourceDescription d = describeNameAndRole(text, who, span(who, 0, when));
            return new SourceDescription(mention, d.name(), d.role(), d.type(), null);
        }
        // "Obama on Climate Change" (a headline), "Mr. Obama on Thursday", "Trump about the wall": what a person
        // spoke on or when is no part of the name; the mention keeps it. Not "the Council on Foreign Relations",
        // nor a share ("Only about 4 in 10 Republican voters").
        for (int k = 1; k + 1 < size && k <= 5; k++) {
            String w = lower(text, tokens.get(k));
            if (!w.equals("on") && !w.equals("about")) {
                continue;
            }
            List<Token> person = tokens.subList(0, k);
            boolean share = partOf(text, tokens) >= 0 || Character.isDigit(text.charAt(tokens.get(k + 1).start()))
                    || PhraseShapes.PART_WORDS.contains(lower(text, tokens.get(0)));
            if (!share && isNameLike(text, person) && typer.typeOf(text, person, span(person, 0, k).of(text), null)
                    == SourceType.NAMED_PERSON) {
                SourceDescription d = describeNameAndRole(text, person, span(person, 0, k));
                return new SourceDescription(mention, d.name(), d.role(), d.type(), null);
            }
            break;
        }
        // "Sen. Ted Cruz (R-Texas)": the closing parenthetical is not part of the name; the mention keeps it.
        int open = trailingParenthetical(text, tokens);
        if (open > 0) {
            SourceDescription inner = describePhrase(text, tokens.subList(0, open), span(tokens, 0, open));
            return new SourceDescription(mention, inner.name(), inner.role(), inner.type(), null);
        }
        int bracketAt = trailingDescription(text, tokens);
        if (bracketAt > 0) {
            // "Kasich (who has 25 delegates to date)": the bracket describes the name before it.
            SourceDescription inner = describePhrase(text, tokens.subList(0, bracketAt), span(tokens, 0, bracketAt));
            if (inner.type() == SourceType.NAMED_PERSON) {
                String bracket = span(tokens, bracketAt + 1, tokens.size() - 1).of(text);
                return new SourceDescription(mention, inner.name(), inner.role() == null ? bracket
                        : inner.role() + ", " + bracket, SourceType.NAMED_PERSON, null);
            }
        }
        String whole = mention.of(text);
        int comma = topLevelComma(text, tokens);
        if (comma > 0 && comma < tokens.size() - 1) {
            // "Nevada's governor, Brian Sandoval, a Republican": a role, the name between commas, a description
            int second = topLevelComma(text, tokens.subList(comma + 1, tokens.size()));
            if (second > 0) {
                List<Token> middle = tokens.subList(comma + 1, comma + 1 + second);
                Span middleSpan = span(middle, 0, middle.size());
                List<Token> rest = tokens.subList(comma + 2 + second, tokens.size());
                if (!isNameLike(text, tokens.subList(0, comma)) && isNameLike(text, middle) && !rest.isEmpty()
                        && !namesOneMore(text, rest) && !namesNoPerson(middleSpan.of(text))
                        && !namesNoPerson(span(rest, 0, rest.size()).of(text))
                        && typer.typeOf(text, middle, middleSpan.of(text), null) == SourceType.NAMED_PERSON) {
                    SourceDescription named = describePhrase(text, middle, middleSpan);
                    // "at NLD headquarters, Suu Kyi, 70": where the tagged span began is no description
                    String before = OPENING_PREPOSITIONS.contains(lower(text, tokens.get(0))) ? null
                            : span(tokens, 0, comma).of(text).strip();
                    String after = roleAfterAge(text, tokens, comma + 2 + second);
                    String role = after == null ? before : before == null ? after : before + ", " + after;
                    return new SourceDescription(mention, named.name(), named.role() == null ? role
                            : role == null ? named.role() : named.role() + ", " + role, SourceType.NAMED_PERSON, null);
                }
            }
        }
        if (comma > 0 && comma < tokens.size() - 1 && tails.placeAfterComma(text, tokens, comma)) {
            // "skywriters in Pasadena, Calif", "the state capital, Sacramento": the words after the comma go on
            // naming a place; the phrase is what comes before it.
            List<Token> before = tokens.subList(0, comma);
            Span left = span(before, 0, comma);
            SourceDescription d = describePhrase(text, before, left);
            String place = Chars.collapseSpaces(span(tokens, comma + 1, tokens.size()).of(text));
            String leftText = Chars.collapseSpaces(left.of(text));
            if (d.type() == SourceType.NAMED_PERSON && d.role() == null && d.name().equals(leftText)
                    && !lexicon.isFirstName(lower(text, before.get(0)))) {
                // "Wilmington, N.C", "Columbus, Ohio": a town as the actor, as a capital is
                return new SourceDescription(mention, leftText + ", " + place, null, SourceType.ORGANIZATION, null);
            }
            // "Stacy Baker of Columbia, South Carolina": the place she is from is all of it
            String role = d.role() != null && leftText.endsWith(d.role()) ? d.role() + ", " + place : d.role();
            return new SourceDescription(mention, d.name(), role, d.type(), null);
        }
        if (comma > 0 && comma < tokens.size() - 1) {
            Span left = span(tokens, 0, comma);
            Span right = span(tokens, comma + 1, tokens.size());
            if (isNameLike(text, tokens.subList(0, comma))) {
                String role = roleAfterAge(text, tokens, comma + 1);
                // "Montana Sen. Jon Tester, a Democrat": the title before the name is part of the role too.
                SourceDescription titled = describePhrase(text, tokens.subList(0, comma), left);
                if (isTitledPerson(titled)) {
                    return new SourceDescription(mention, titled.name(), role == null ? titled.role()
                            : titled.role() + ", " + role, SourceType.NAMED_PERSON, null);
                }
                SourceType type = typer.typeOf(text, tokens.subList(0, comma), left.of(text), role);
                return new SourceDescription(mention, left.of(text), role, type, null);
            }
            if (isNameLike(text, tokens.subList(comma + 1, tokens.size()))) {
                // "Clinton's top challenger, Sen. Bernie Sanders": the title before the name joins the role.
                SourceDescription titled = describePhrase(text, tokens.subList(comma + 1, tokens.size()), right);
                if (isTitledPerson(titled)) {
                    return new SourceDescription(mention, titled.name(), left.of(text) + ", " + titled.role(),
                            SourceType.NAMED_PERSON, null);
                }
                SourceType type = typer.typeOf(text, tokens.subList(comma + 1, tokens.size()), right.of(text),
                        left.of(text));
                return new SourceDescription(mention, right.of(text), left.of(text), type, null);
            }
            // "Clinton's communications director Jennifer Palmieri, a veteran of the Obama White House": a title and
            // a name before the comma, a description after it; the person's role is both.
            // So is a person named in another way ("the Rev. Peter Wherry, of Mayfield Memorial Missionary Baptist
            // Church") when what follows the comma describes rather than names ("of …", "a …", "who …").
            SourceDescription before = describePhrase(text, tokens.subList(0, comma), left);
            boolean describes = Character.isLowerCase(text.codePointAt(tokens.get(comma + 1).start()))
                    && describesAPerson(text, tokens.subList(comma + 1, tokens.size()), right);
            if (before.type() == SourceType.NAMED_PERSON && (before.role() != null || describes)) {
                String role = roleAfterAge(text, tokens, comma + 1);
                String combined = before.role() == null ? role : role == null ? before.role()
                        : before.role() + ", " + role;
                return new SourceDescription(mention, before.name(), combined, SourceType.NAMED_PERSON, null);
            }
        }
        // "Russian Foreign Minister Sergei Lavrov", "the news portal Defense Express": a title or medium, then a name.
        for (int k = tokens.size() - 2; k >= 0; k--) {
            String w = lower(text, tokens.get(k));
            // A medium names its title only in lower case ("the news portal Defense Express"); capitalised, it is
            // part of a name ("NY Daily News", "Television Networks", "The Media And Marco Rubio").
            boolean medium = lexicon.mediaHeads.contains(w)
                    && Character.isLowerCase(text.codePointAt(tokens.get(k).start()));
            boolean titled = lexicon.isOfficialTitle(w) || lexicon.nameRoles.contains(w) || medium;
            // A title joined by a hyphen to the next word ends after that word ("Secretary-Treasurer Gary
            // Casteel"); a name with nothing after the compound is no title at all ("KING-TV").
            int after = k + 1;
            if (text.charAt(tokens.get(k + 1).start()) == '-' && tokens.get(k + 1).start() == tokens.get(k).end()) {
                after = k + 3;
            }
            // "A spokesman for Mayor Frank G. Jackson", "the campaign of Sen. Rand Paul": the titled name is the
            // object of a preposition, and the phrase's head comes before it.
            boolean object = k > 0 && PREPOSITIONS_BEFORE_A_NAME.contains(lower(text, tokens.get(k - 1)));
            if (titled && !object && after < tokens.size() && isNameLike(text, tokens.subList(after, tokens.size()))) {
                int nameStart = after;
                if (nameStart < tokens.size() && !tokens.get(nameStart).word()) {
                    nameStart++;  // "Sen. Ted Cruz": the abbreviation's period belongs to the title
                }
                if (nameStart >= tokens.size()) {
                    break;
                }
                String role = span(tokens, 0, nameStart).of(text).strip();
                String name = span(tokens, nameStart, tokens.size()).of(text);
                if (lexicon.organizationHeads.contains(name.toLowerCase(Locale.ROOT))) {
                    continue; // "Obama's Justice Department": the title word names the department
                }
                SourceType type = typer.typeOf(text, tokens.subList(nameStart, tokens.size()), name, role);
                return new SourceDescription(mention, name, role, type, null);
            }
        }
        // "Republican presidential front-runner Donald Trump", "Retired neurosurgeon Ben Carson": a description
        // ending in a lower-case noun, then a full name. Not "the pro-ethanol groups American Renewable Future"
        // (a plural or an organisation's head before the name is no person's description), "Donald Trump and
        // Marco Rubio" (two people), "candidates like Marco Rubio" (a group), "the major Super PAC" (a name that is
        // no person's).
        for (int k = tokens.size() - 1; k >= 1; k--) {
            Token before = tokens.get(k - 1);
            if (!before.word() || !Character.isLowerCase(text.codePointAt(before.start()))) {
                continue; // still inside the name
            }
            String w = lower(text, before);
            boolean describesPerson = mayDescribeAPerson(w) && !DETERMINERS.contains(w);
            List<Token> nameTokens = tokens.subList(k, tokens.size());
            if (describesPerson && tokens.get(k).word() && wordCount(nameTokens) >= 2 && isNameLike(text, nameTokens)) {
                String name = span(tokens, k, tokens.size()).of(text);
                if (typer.typeOf(text, nameTokens, name, null) == SourceType.NAMED_PERSON) {
                    String role = span(tokens, 0, k).of(text).strip();
                    return new SourceDescription(mention, name, role, SourceType.NAMED_PERSON, null);
                }
            }
            break;
        }
        SourceDescription capitalisedRole = capitalisedDescriptionThenName(text, tokens, mention);
        if (capitalisedRole != null) {
            return capitalisedRole;
        }
        SourceDescription described = describedSurname(text, tokens, mention);
        if (described != null) {
            return described;
        }
        SourceType type = typer.typeOf(text, tokens, whole, null);
        String name = whole;
        if (type == SourceType.DOCUMENT) {
            // "a statement on Wednesday this week" is named by its head: "a statement"; "several of his findings"
            // by the head of what it is part of.
            int of = partOf(text, tokens);
            int head = of > 0 && of < tokens.size() ? of + typer.headIndex(text, tokens.subList(of, tokens.size()))
                    : typer.headIndex(text, tokens);
            name = span(tokens, 0, head + 1).of(text);
        }
        return new SourceDescription(mention, name, null, type, null);
    }

    /**
     * Whether words after a name and its comma go on to another person or item ("his older brother, George W. Bush,
     * and the former first lady, Laura Bush"): then the commas list people, they do not enclose one name.
     */
    private static boolean namesOneMore(String text, List<Token> rest) {
        for (Token t : rest) {
            String w = lower(text, t);
            if (t.word() && (w.equals("and") || w.equals("or"))) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions a tagged span can open with before a role and a name: "at NLD headquarters, Suu Kyi". */
    private static final Set<String> OPENING_PREPOSITIONS = Set.of("at", "in", "on", "as", "for", "from", "with", "by",
            "after", "before", "during", "of", "to");

    /**
     * Whether words between or after commas name no person: a place ("Va.", "D.C."), a party's label ("R-Tenn."),
     * or a title in quotation marks ("''This Kind of War''").
     */
    private boolean namesNoPerson(String words) {
        String w = Chars.collapseSpaces(words).strip();
        String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        return lexicon.isPlaceName(bare.toLowerCase(Locale.ROOT)) || w.length() > 2 && "RDI".indexOf(w.charAt(0)) >= 0
                && w.charAt(1) == '-' || w.contains("''") || w.indexOf('"') >= 0 || w.indexOf('“') >= 0;
    }

    /**
     * Capitalised words that describe, then a full name that opens with a known first name: "Senate Majority Whip
     * John Cornyn", "House Republican Thomas Massie", "Palm Beach County Supervisor of Elections Susan Bucher" are
     * John Cornyn, Thomas Massie and Susan Bucher, the words before them their role (titles the lexicon knows,
     * "Senator", are read earlier). Not when the phrase itself opens with a first name or an honorific (the name
     * starts there), nor a first name after an initial, "of", "the" or a joining word, nor a name that ends in an
     * institution's head ("the Ronald Reagan Presidential Library"). Null when it does not apply.
     */
    private SourceDescription capitalisedDescriptionThenName(String text, List<Token> tokens, Span mention) {
        String first = lower(text, tokens.get(0));
        if (!tokens.get(0).word() || lexicon.isFirstName(first) || isHonorific(first)) {
            return null;
        }
        for (int k = 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            String w = lower(text, t);
            if (k >= 3 && t.word() && Character.isUpperCase(text.codePointAt(t.start()))
                    && isPossessiveEnding(text, tokens.subList(0, k))) {
                // "Media Research Center's Bozell", "The Post's Ruth Marcus": whose the person is, then the name.
                SourceDescription owned = possessorThenName(text, tokens, k, mention);
                if (owned != null) {
                    return owned;
                }
            }
            if (k + 1 >= tokens.size() || !t.word() || !lexicon.isFirstName(w)
                    || !Character.isUpperCase(text.codePointAt(t.start()))) {
                if (t.word() && (isHonorific(w) || JOINERS.contains(w))) {
                    return null; // "Chairman Mr. Smith", "Sanders and Hillary Clinton": not this shape
                }
                continue;
            }
            Token before = tokens.get(k - 1);
            String b = lower(text, before);
            if (b.equals(".") && k >= 2 && tokens.get(k - 2).end() - tokens.get(k - 2).start() == 1) {
                return null; // "J. Gerald Hebert": an initial opens the name
            }
            List<Token> nameTokens = tokens.subList(k, tokens.size());
            int words = wordCount(nameTokens);
            if (!before.word() && !b.equals(".") || NAME_PARTICLES.contains(b)
                    || b.equals("of") || b.equals("the") || words < 2 || words > 4
                    || !isNameLike(text, nameTokens)) {
                return null;
            }
            String name = span(tokens, k, tokens.size()).of(text);
            String role = span(tokens, 0, k).of(text).strip();
            BeforeAName shape = wordsBeforeAName(text, tokens.subList(0, k));
            if (shape == BeforeAName.NEITHER || typer.typeOf(text, nameTokens, name, null) != SourceType.NAMED_PERSON) {
                return null;
            }
            if (shape == BeforeAName.HEADLINE) {
                return new SourceDescription(mention, name, null, SourceType.NAMED_PERSON, null);
            }
            if (k == 1 && role.endsWith("s") && !role.endsWith("ss")) {
                // "Democrats Hillary Clinton, Bernie Sanders …", "Celebrities Julianne Moore, …": a group
                return null;
            }
            if (k == 1 && role.endsWith("ly")) {
                role = null; // "Certainly Ronald Reagan": an adverb, no description
            }
            return new SourceDescription(mention, name, role, SourceType.NAMED_PERSON, null);
        }
        return null;
    }

    /** A name of one to three words after a capitalised possessor: see {@link #capitalisedDescriptionThenName}. */
    private SourceDescription possessorThenName(String text, List<Token> tokens, int k, Span mention) {
        List<Token> nameTokens = tokens.subList(k, tokens.size());
        int words = wordCount(nameTokens);
        String name = span(tokens, k, tokens.size()).of(text);
        // A full name opens with a first name ("The Post's Ruth Marcus"); a surname alone needs an institution
        // before it ("Media Research Center's Bozell", "Purple PAC's Crane"; not "Trump's Son", "Bush's Facebook").
        boolean fullName = lexicon.isFirstName(lower(text, nameTokens.get(0))) && words >= 2;
        String possessor = lower(text, tokens.get(k - 3));
        boolean institution = words == 1 && (lexicon.organizationHeads.contains(possessor)
                || lexicon.mediaHeads.contains(possessor) || lexicon.mastheadWords.contains(possessor));
        if (words > 3 || !(fullName || institution) || !isNameLike(text, nameTokens)
                || wordsBeforeAName(text, tokens.subList(0, k)) != BeforeAName.DESCRIPTION
                || typer.typeOf(text, nameTokens, name, null) != SourceType.NAMED_PERSON) {
            return null;
        }
        return new SourceDescription(mention, name, span(tokens, 0, k).of(text).strip(), SourceType.NAMED_PERSON,
                null);
    }

    /** What the words before a full name are: see {@link #wordsBeforeAName}. */
    private enum BeforeAName { DESCRIPTION, HEADLINE, NEITHER }

    /**
     * What the words before a full name are. A DESCRIPTION: each capitalised ("House Intelligence Republican"),
     * but for "of" inside ("Supervisor of Elections") and the "s" of a possessive ("The Post's"), no article but
     * an opening "The". Part of a HEADLINE set in title case when a capitalised article, preposition or auxiliary
     * stands after the first word ("A Sign Of Leadership", "The Kind Of Values Americans Believe In"): the name
     * after it is still the name, but those words are no role. NEITHER for a lower-case word ("one longtime
     * adviser to", "supporters of Democrat": the name is an object there), a pronoun, relative or question word
     * ("Who Endorsed", "His Obamacare Replacement"), or a word that joins two names.
     */
    private BeforeAName wordsBeforeAName(String text, List<Token> words) {
        BeforeAName kind = BeforeAName.DESCRIPTION;
        for (int i = 0; i < words.size(); i++) {
            Token t = words.get(i);
            if (!t.word()) {
                continue;
            }
            String w = lower(text, t);
            boolean capital = Character.isUpperCase(text.codePointAt(t.start()));
            if (!capital && !(i > 0 && (w.equals("of") || isPossessiveS(text, words, i)))) {
                return BeforeAName.NEITHER;
            }
            if (!capital) {
                continue;
            }
            if (JOINERS.contains(w) || lexicon.pronoun(w) != null || isRelative(w) || QUESTION_WORDS.contains(w)) {
                return BeforeAName.NEITHER;
            }
            boolean function = DETERMINERS.contains(w) || SourceTyper.HEAD_BREAKERS.contains(w)
                    || PREPOSITIONS_BEFORE_A_NAME.contains(w) || TRAILING_VERB_WORDS.contains(w);
            if (function && !(i == 0 && w.equals("the"))) {
                kind = BeforeAName.HEADLINE;
            }
        }
        return kind;
    }

    /**
     * Whether token {@code i} follows a name without being part of it: "however", "himself", or a headline's
     * adverb after a capitalised word ("Mark Cuban Just"; not "authorized to speak publicly").
     */
    private static boolean isTrailingNonName(String text, List<Token> tokens, int i) {
        String w = lower(text, tokens.get(i));
        boolean afterCapital = i > 0 && tokens.get(i - 1).word()
                && Character.isUpperCase(text.codePointAt(tokens.get(i - 1).start()));
        // "Stumpf tried", "POLITICO interviewed": a past tense the tagger took into the source is its verb
        boolean pastTense = i == tokens.size() - 1 && w.length() > 4 && w.endsWith("ed")
                && Character.isLowerCase(text.codePointAt(tokens.get(i).start()))
                && !lower(text, tokens.get(i - 1)).equals("i"); // not "everyone I interviewed"
        return TRAILING_NON_NAMES.contains(w) || (HEADLINE_ADVERBS.contains(w) || pastTense) && afterCapital;
    }

    /** A person read with a title before the name ("Sen." of "Sen. Jon Tester"), not just an honorific ("Mr."). */
    private static boolean isTitledPerson(SourceDescription d) {
        return d.role() != null && d.type() == SourceType.NAMED_PERSON
                && !HONORIFICS.contains(d.role().replace(".", "").toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a lower-case word before a name can describe one person rather than head a group or an institution:
     * not a plural ("boss" and "actress" are none), not the head of an organisation, outlet, document or unnamed
     * group, no preposition or word that joins ("front-runner", "neurosurgeon", "confident-seeming"; not "groups",
     * "spokesman for", "like").
     */
    private boolean mayDescribeAPerson(String w) {
        return (!w.endsWith("s") || w.endsWith("ss")) && !lexicon.organizationHeads.contains(w)
                && !lexicon.mediaHeads.contains(w) && !lexicon.documentHeads.contains(w)
                && !SourceTyper.HEAD_BREAKERS.contains(w) && !JOINERS.contains(w);
    }

    /**
     * A headline in title case that opens with a full name and goes on ("Elizabeth Warren Hammers Wells Fargo CEO:
     * …", "Ted Cruz Refuses to …"): capitals there say nothing, so the name is the first name and surname, and the
     * rest is the headline's verb and object. Not when one of the next two words heads an organisation, group or
     * office, or the next ends a name ("Hillary Clinton Campaign", "Donald Trump Jr."). Null when it does not
     * apply. The look for the first line's end comes last: every source of an article passes here, and a text
     * without line breaks would otherwise be read to its end for each of them.
     */
    private SourceDescription headlineFullName(String text, List<Token> tokens, Span mention) {
        if (tokens.size() < 3) {
            return null;
        }
        for (Token t : tokens) {
            if (!t.word() || !Character.isUpperCase(text.codePointAt(t.start()))) {
                return null; // title case throughout, words only
            }
        }
        Token first = tokens.get(0);
        Token surname = tokens.get(1);
        if (!lexicon.isFirstName(lower(text, first)) || !isSurnameShaped(surname.text(text))
                || NAME_ABBREVIATIONS.contains(tokens.get(2).text(text))) {
            return null;
        }
        for (int i = 2; i < Math.min(4, tokens.size()); i++) {
            if (headsAGroupOrOffice(lower(text, tokens.get(i)))) {
                return null; // the name modifies what follows: "Jeb Bush Super PAC Chief"
            }
        }
        int lineEnd = text.indexOf('\n');
        if (lineEnd < 0 || mention.end() > lineEnd) {
            return null;
        }
        return new SourceDescription(mention, span(tokens, 0, 2).of(text), null, SourceType.NAMED_PERSON, null);
    }

    /** An institution's, outlet's, group's or office's head word: "campaign", "PAC", "network", "aides", "chief". */
    private boolean headsAGroupOrOffice(String w) {
        return lexicon.organizationHeads.contains(w) || lexicon.mediaHeads.contains(w)
                || lexicon.anonymousHeads.contains(w) || lexicon.isOfficialTitle(w);
    }

    /**
     * A person's last name after words that describe the moment rather than name anyone: "a confident-seeming
     * Manafort", "A teary-eyed Bush", "That's when Reynolds", "No wonder Trump" are Manafort, Bush, Reynolds and
     * Trump. Not a group ("critics like Huffman", "supporters of Trump", "Several superdelegates supporting
     * Sanders"), a place ("scientist Dossym Satpayev in Almaty") or several people. Null when it does not apply.
     */
    private SourceDescription describedSurname(String text, List<Token> tokens, Span mention) {
        int n = tokens.size();
        Token last = tokens.get(n - 1);
        if (n < 2 || !last.word() || !isSurnameShaped(last.text(text))) {
            return null;
        }
        Token before = tokens.get(n - 2);
        if (!before.word() || !Character.isLowerCase(text.codePointAt(before.start())) || before.end() == last.start()
                || gluedToCapital(text, tokens, n - 2)) {
            return null; // part of a longer word: "Dublin-based Shire" (not "a confident-seeming Manafort")
        }
        String w = lower(text, before);
        if (w.length() < 2 || NAME_PARTICLES.contains(w)) {
            return null; // part of the name: "de Blasio", "van Hollen", "'t Veld"
        }
        for (int i = 0; i < n - 1; i++) {
            Token t = tokens.get(i);
            boolean comma = !t.word() && text.charAt(t.start()) == ',';
            boolean inCompound = i > 0 && i + 1 < n && tokens.get(i - 1).end() == t.start()
                    && t.end() == tokens.get(i + 1).start();
            if (inCompound && t.word()) {
                continue; // "warm-and-fuzzy": a joiner inside a hyphenated word joins nothing
            }
            // A capitalised word inside the description names someone else ("Mr. Obama spoke Hebrew"), but the
            // first word may open a sentence ("A teary-eyed Bush", "That's when Reynolds").
            boolean capitalised = i > 0 && t.word() && Character.isUpperCase(text.codePointAt(t.start()));
            if (comma || capitalised || t.word() && JOINERS.contains(lower(text, t))) {
                return null;
            }
        }
        if (typer.typeOf(text, tokens, mention.of(text), null) != SourceType.NAMED_PERSON) {
            return null; // "A Monmouth poll out Monday": the head is a poll
        }
        // A participle on its own takes an object ("voters supporting Sanders"); inside a compound it describes
        // ("a confident-seeming Manafort").
        boolean participle = w.endsWith("ing") && (n < 3 || tokens.get(n - 3).end() != before.start());
        boolean describing = mayDescribeAPerson(w) && !participle && !lexicon.isOfficialTitle(w)
                && !lexicon.nameRoles.contains(w);
        List<Token> surname = tokens.subList(n - 1, n);
        String name = last.text(text);
        if (!describing || typer.typeOf(text, surname, name, null) != SourceType.NAMED_PERSON
                || lexicon.stateActors.contains(name.toLowerCase(Locale.ROOT))
                || CALENDAR_WORDS.contains(name.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return new SourceDescription(mention, name, null, SourceType.NAMED_PERSON, null);
    }

    /**
     * The role written after a name's comma, without an age: "Rhonda Hughes, 43" has no role, "Mona Lamberson, 59,
     * of North Philadelphia" the role "of North Philadelphia". Null when nothing is left.
     */
    private static String roleAfterAge(String text, List<Token> tokens, int from) {
        int i = from;
        Token first = tokens.get(i);
        if (first.word() && first.end() - first.start() <= 3 && isDigits(text, first)) {
            i++;
            while (i < tokens.size() && !tokens.get(i).word() && text.charAt(tokens.get(i).start()) == ',') {
                i++;
            }
        }
        return i >= tokens.size() ? null : span(tokens, i, tokens.size()).of(text);
    }

    /**
     * Whether the tokens look like a proper name: every word capitalised (allowing "of", "the", "de", initials,
     * honorifics), at most six words, not a pronoun.
     */
    boolean isNameLike(String text, List<Token> tokens) {
        int words = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.word()) {
                String p = t.text(text);
                if (!p.equals(".") && !p.equals("-") && !p.equals("'") && !p.equals("’")) {
                    return false;
                }
                continue;
            }
            String w = lower(text, t);
            words++;
            boolean capital = Character.isUpperCase(text.codePointAt(t.start()));
            boolean connector = w.equals("of") || w.equals("the") || w.equals("de") || w.equals("van")
                    || w.equals("von") || w.equals("al") || w.equals("bin") || w.equals("s");
            if (!capital && !(connector && i > 0) && !PhraseShapes.isHyphenatedNameTail(text, tokens, i)) {
                return false;
            }
            if (lexicon.pronoun(w) != null || (i == 0 && DETERMINERS.contains(w) && tokens.size() == 1)) {
                return false;
            }
        }
        return words > 0 && words <= 6;
    }

    /** A description after a comma that is no institution's ("the agency that …", "a book analyzing …"). */
    private boolean describesAPerson(String text, List<Token> tokens, Span phrase) {
        if (lower(text, tokens.get(0)).equals("of")) {
            return true; // "of Mayfield Memorial Missionary Baptist Church": where the person belongs
        }
        SourceType type = typer.typeOf(text, tokens, phrase.of(text), null);
        return type != SourceType.ORGANIZATION && type != SourceType.MEDIA && type != SourceType.DOCUMENT;
    }

    static SourceType provisionalType(SourceLexicon.PronounKind kind) {
        return switch (kind) {
            case PERSON, SPEAKER -> SourceType.NAMED_PERSON;
            case GROUP -> SourceType.ANONYMOUS;
            case THING -> SourceType.ORGANIZATION;
            case ADDRESSEE -> SourceType.VAGUE;
        };
    }

    /** Whether a lower-cased word names a day of the week or a month ("sunday", "november"; not "may"). */
    public static boolean isCalendarWord(String lowerWord) {
        return CALENDAR_WORDS.contains(lowerWord);
    }

    public static boolean isHonorific(String lowerWord) {
        return HONORIFICS.contains(lowerWord);
    }
}
