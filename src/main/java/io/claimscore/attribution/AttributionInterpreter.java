package io.claimscore.attribution;

import io.claimscore.attribution.tagger.BlockTokens;
import io.claimscore.attribution.tagger.RoleFeatures;
import io.claimscore.attribution.tagger.TaggedAttribution;
import io.claimscore.lexicon.PhraseMatcher;
import io.claimscore.model.Attribution;
import io.claimscore.model.Cue;
import io.claimscore.model.QuoteKind;
import io.claimscore.model.Source;
import io.claimscore.model.SourceType;
import io.claimscore.model.Span;
import io.claimscore.model.Stance;
import io.claimscore.segment.AnalyzedText;
import io.claimscore.segment.Quote;
import io.claimscore.source.SourceAnalyzer;
import io.claimscore.source.SourceDescription;
import io.claimscore.source.SpeakerLinker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gives tagged spans their meaning, in reading order: reads and types the source phrase, fills an implicit
 * source ("reportedly" → an unspecified report; "…, saying" → the subject of the clause it hangs on), links
 * pronouns and short names to the entities they mean, reads the cue's stance, collects hedges, tells direct from
 * indirect quotation, and traces second-hand chains (a source that is itself named inside another attribution's
 * content is relayed by that attribution's source).
 */
public final class AttributionInterpreter {

    /** A tagged attribution with the block it came from. */
    public record Tagged(BlockTokens block, TaggedAttribution attribution) {
    }

    private record Draft(Tagged tagged, SpeakerLinker.Linked linked, Stance stance, List<Span> hedges,
                         QuoteKind quote) {
    }

    /** How many attributions on each side second-hand chains and duplicates are looked for among. */
    private static final int NEIGHBOURHOOD = 8;

    private final SourceAnalyzer sourceAnalyzer;
    private final CueLexicon cues;
    private final HedgeFinder hedgeFinder;

    public AttributionInterpreter(SourceAnalyzer sourceAnalyzer, CueLexicon cues, HedgeFinder hedgeFinder) {
        this.sourceAnalyzer = sourceAnalyzer;
        this.cues = cues;
        this.hedgeFinder = hedgeFinder;
    }

    public List<Attribution> interpret(AnalyzedText doc, List<Tagged> tagged) {
        String text = doc.text();
        SpeakerLinker linker = new SpeakerLinker(text, sourceAnalyzer);
        int[] quotedBefore = quotedPrefix(doc);
        List<Draft> drafts = new ArrayList<>(tagged.size());
        BlockTokens lastBlock = null;
        String[] lower = null;
        for (Tagged original : tagged) {
            Tagged repaired = accordingToRepair(original, text);
            Tagged t = new Tagged(repaired.block(), QuoteFirstContent.trim(repaired.attribution(), doc.quotes()));
            TaggedAttribution a = t.attribution();
            BlockTokens block = t.block();
            if (block != lastBlock) {
                lower = block.lowerTokens();
                lastBlock = block;
            }
            Span trimmed = a.source() == null ? null
                    : completeTitledName(t, SourceSpanTrim.trim(text, a.source()), lower, text);
            Span sourceSpan = trimmed != null ? trimmed : trimmedOrNull(text, participleSubject(t, drafts, lower, text));
            SpeakerLinker.Linked linked = sourceSpan == null
                    ? implicitSource(t, drafts, lower)
                    : linker.link(sourceAnalyzer.describe(text, sourceSpan), antecedent(text, sourceSpan, t, drafts),
                            speakerOf(sourceSpan, drafts));
            Stance stance = cues.stanceOf(lower, a.cueStartToken(), a.cueEndToken());
            drafts.add(new Draft(t, linked, stance, hedges(block, lower, a), quoteKind(quotedBefore, a.content())));
        }
        absorbParticiples(drafts, text);
        List<Attribution> out = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (isDuplicate(i, drafts)) {
                continue;
            }
            TaggedAttribution a = d.tagged().attribution();
            List<Source> via = via(i, drafts, 0);
            Span relay = d.linked().source().mention() == null ? null
                    : sourceAnalyzer.relayedBy(text, d.linked().source().mention());
            if (relay != null && via.isEmpty()) {
                SourceDescription r = sourceAnalyzer.describe(text, relay);
                via = List.of(new Source(r.mention(), r.type(), r.name(), r.role()));
            }
            out.add(new Attribution(d.linked().source(), new Cue(a.cue(), d.stance()), a.content(), d.quote(),
                    d.hedges(), via));
        }
        return out;
    }

    /**
     * No source was tagged. A participle cue after a comma ("…have pushed the claim on social media, saying …")
     * shares the subject of the attribution it hangs on, as does, within that attribution's sentence, a participle
     * after "before", "after", "while", "by" or "when" ("Trump told reporters, before insisting …") or a cue after
     * "and" or "but" (cross-validated on PolNeAR train: FULL +0.2 points); otherwise the source is implicit and
     * vague ("reportedly", "reports emerged", "it is believed").
     */
    private SpeakerLinker.Linked implicitSource(Tagged t, List<Draft> previous, String[] lower) {
        TaggedAttribution a = t.attribution();
        int cue = a.cueStartToken();
        boolean participle = cue > 0 && lower[cue].endsWith("ing") && PARTICIPLE_OPENERS.contains(lower[cue - 1]);
        boolean coordinated = cue > 0 && COORDINATORS.contains(lower[cue - 1]);
        if ((participle || coordinated) && !previous.isEmpty()) {
            Draft last = previous.get(previous.size() - 1);
            BlockTokens block = t.block();
            boolean sameSentence = last.tagged().block() == block
                    && block.sentenceOf(last.tagged().attribution().cueStartToken()) == block.sentenceOf(cue);
            if (last.tagged().block() == block && last.linked().source().mention() != null
                    && last.tagged().attribution().cue().end() <= a.cue().start()
                    && (lower[cue - 1].equals(",") || sameSentence)) {
                return last.linked();
            }
        }
        boolean report = false;
        for (int i = a.cueStartToken(); i < a.cueEndToken(); i++) {
            report |= lower[i].startsWith("report");
        }
        return new SpeakerLinker.Linked(new Source(null, SourceType.VAGUE,
                report ? "unspecified reports" : "unspecified source", null), null);
    }

    private static final java.util.Set<String> SUBJECT_PRONOUNS = java.util.Set.of("he", "she", "they", "we", "i");
    private static final java.util.Set<String> PARTICIPLE_OPENERS = java.util.Set.of(",", "before", "after", "while",
            "by", "when");
    private static final java.util.Set<String> COORDINATORS = java.util.Set.of("and", "but");

    /**
     * "Mr. Trump hit back on Twitter, saying …", "ProPublica obtained a video and said …": a participle cue after a
     * comma (or "before", "after", "while", "by", "when"), or a cue after "and" or "but", with no source of its own
     * and no attribution before it in the sentence to hang on, speaks for the subject its sentence opens with, when
     * that subject is a name (a run of capitalised words) or a subject pronoun; a participle that opens the sentence
     * ("After saying …, the man asked") speaks for the subject after its clause. Cross-validated on PolNeAR train:
     * FULL F1 +0.2 points for the comma and "and" cases, +0.05 more for the other openers and the clause-first
     * order; about half of these cues gain the annotators' source, the rest had none anyway. (Extending it to every
     * source-less cue lost 0.3 points.)
     */
    private static Span participleSubject(Tagged t, List<Draft> previous, String[] lower, String text) {
        TaggedAttribution a = t.attribution();
        BlockTokens block = t.block();
        int cue = a.cueStartToken();
        boolean participle = cue >= 1 && lower[cue].endsWith("ing") && PARTICIPLE_OPENERS.contains(lower[cue - 1]);
        boolean coordinated = cue >= 2 && COORDINATORS.contains(lower[cue - 1]);
        if (!participle && !coordinated) {
            return null;
        }
        int sentence = block.sentenceOf(cue);
        int first = cue;
        while (first > 0 && block.sentenceOf(first - 1) == sentence) {
            first--;
        }
        if (!previous.isEmpty()) {
            Draft last = previous.get(previous.size() - 1);
            if (last.tagged().block() == block && block.sentenceOf(last.tagged().attribution().cueStartToken()) == sentence) {
                return null; // the participle hangs on that attribution (see implicitSource)
            }
        }
        if (participle && first >= cue - 1) {
            // "After saying he was nervous, the man asked …", "Conceding that …, he said …": the subject follows
            // the participial clause.
            int comma = cue + 1;
            while (comma < block.size() && block.sentenceOf(comma) == sentence && !lower[comma].equals(",")) {
                comma++;
            }
            if (comma + 1 >= block.size() || block.sentenceOf(comma + 1) != sentence) {
                return null;
            }
            int start = afterConnectives(lower, comma + 1, block.size());
            if (start >= block.size()) {
                return null;
            }
            int end = subjectEnd(block, lower, text, start, block.size());
            return end > start ? new Span(block.token(start).start(), block.token(end - 1).end()) : null;
        }
        int start = afterConnectives(lower, first, cue - 1);
        if (start >= cue - 1) {
            return null;
        }
        int end = subjectEnd(block, lower, text, start, cue - 1);
        return end > start && end < cue - 1 ? new Span(block.token(start).start(), block.token(end - 1).end()) : null;
    }

    /**
     * The sentence-opening subject a participle falls back to, cleaned as a tagged source is: a capitalised
     * preposition or adverb opening the sentence ("In late June, the Bar Association … and deemed him …") is no
     * speaker.
     */
    private static Span trimmedOrNull(String text, Span subject) {
        return subject == null ? null : SourceSpanTrim.trim(text, subject);
    }

    /** "And he said …, noting …": a connective (and a comma after it) opening the clause is not its subject. */
    private static int afterConnectives(String[] lower, int first, int limit) {
        int i = first;
        while (i < limit && (SourceSpanTrim.isConnective(lower[i]) || lower[i].equals(","))) {
            i++;
        }
        return i;
    }

    /**
     * "Senator Mary Jones visited the plant before announcing …": the role tagger sometimes stops a source at a
     * title of office ("Senator", "President") that a name follows; the source is the titled name, so it runs on
     * through the capitalised name tokens, never into the cue.
     */
    private Span completeTitledName(Tagged t, Span source, String[] lower, String text) {
        if (source == null) {
            return null;
        }
        BlockTokens block = t.block();
        int last = block.tokenAt(source.end() - 1);
        String title = lower[last].equals(".") && last > 0 ? lower[last - 1] : lower[last]; // "Sen." is two tokens
        if (!sourceAnalyzer.lexicon().isOfficialTitle(title)) {
            return source;
        }
        int cue = t.attribution().cueStartToken();
        int limit = last + 1; // the end of the title's sentence, or the cue if it comes first
        while (limit < block.size() && limit != cue && block.sentenceOf(limit) == block.sentenceOf(last)) {
            limit++;
        }
        int end = nameRunEnd(block, text, last + 1, limit);
        return end > last + 1 ? new Span(source.start(), block.token(end - 1).end()) : source;
    }

    /** Where a subject opening at token {@code first} ends: one subject pronoun, or a run of name tokens. */
    private static int subjectEnd(BlockTokens block, String[] lower, String text, int first, int limit) {
        if (SUBJECT_PRONOUNS.contains(lower[first])) {
            return first + 1;
        }
        int end = nameRunEnd(block, text, first, limit);
        // "The man asked …": a capitalised determiner alone opens a noun phrase, it is not a name.
        return end == first + 1 && DETERMINERS.contains(lower[first]) ? first : end;
    }

    /** Where a run of name tokens opening at {@code first} ends (before {@code limit}), without trailing periods. */
    private static int nameRunEnd(BlockTokens block, String text, int first, int limit) {
        int end = first;
        while (end < limit && isNameToken(block, text, end)) {
            end++;
        }
        while (end > first && !block.token(end - 1).word()) {
            end--;
        }
        return end;
    }

    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "this", "that", "these", "those", "his",
            "her", "its", "their", "our", "my", "your", "some", "many", "one");

    /** A capitalised word, or the full stop of an abbreviated title right after one ("Mr.", "Sen."). */
    private static boolean isNameToken(BlockTokens block, String text, int i) {
        io.claimscore.text.Token token = block.token(i);
        if (token.word()) {
            return Character.isUpperCase(text.codePointAt(token.start()));
        }
        if (i == 0 || text.charAt(token.start()) != '.') {
            return false;
        }
        io.claimscore.text.Token before = block.token(i - 1);
        return before.word() && before.end() == token.start() && before.end() - before.start() <= 4
                && Character.isUpperCase(text.charAt(before.start()));
    }

    /**
     * "Ukrainian military officers have pushed the claim on social media, saying that …": the main cue
     * ("pushed the claim") and the participle that carries its content ("…, saying that …") are one attribution.
     * The tagger gives the main cue either no content, or its subject as content with no source; either way the
     * main cue takes the participle's source and content, and the participle is dropped. Cues left without any
     * content are then dropped: an attribution attributes something.
     */
    private static void absorbParticiples(List<Draft> drafts, String text) {
        for (int i = 0; i + 1 < drafts.size(); i++) {
            Draft a = drafts.get(i);
            Draft b = drafts.get(i + 1);
            TaggedAttribution ta = a.tagged().attribution();
            TaggedAttribution tb = b.tagged().attribution();
            Span bSource = b.linked().source().mention();
            if (a.tagged().block() != b.tagged().block() || tb.content().isEmpty() || tb.cue().start() < ta.cue().end()
                    || !isParticiple(text, tb)) {
                continue;
            }
            boolean subjectAsContent = a.linked().source().isImplicit() && bSource != null && !ta.content().isEmpty()
                    && ta.contentHull().end() <= ta.cue().start() && ta.contentHull().contains(bSource);
            boolean noContent = ta.content().isEmpty() && !a.linked().source().isImplicit()
                    && (bSource == null || bSource.overlaps(a.linked().source().mention()));
            if (!subjectAsContent && !noContent) {
                continue;
            }
            // The participle is the tagger's familiar pattern, so its source span is the better of the two.
            Span source = bSource != null ? bSource : a.linked().source().mention();
            SpeakerLinker.Linked linked = bSource != null ? b.linked() : a.linked();
            TaggedAttribution merged = new TaggedAttribution(ta.cue(), source, tb.content(), ta.cueStartToken(),
                    ta.cueEndToken());
            drafts.set(i, new Draft(new Tagged(a.tagged().block(), merged), linked, a.stance(), b.hedges(),
                    b.quote()));
            drafts.remove(i + 1);
        }
        drafts.removeIf(d -> d.tagged().attribution().content().isEmpty());
    }

    /**
     * "According to a statement cited by X, ten soldiers died.": when the role tagger finds no content for an
     * "according to", the source runs from the cue to the next comma and the content is the clause after it, to
     * the sentence end; after a comma ("…, according to the police.") the content is the clause before it.
     */
    private static Tagged accordingToRepair(Tagged tagged, String text) {
        TaggedAttribution t = tagged.attribution();
        BlockTokens block = tagged.block();
        if (!t.content().isEmpty() || !t.cue().of(text).toLowerCase(Locale.ROOT).startsWith("according to")) {
            return tagged;
        }
        int sentence = block.sentenceOf(t.cueStartToken());
        int cueStart = t.cueStartToken();
        // Look no further than the role tagger does: a sentence may be a megabyte of text without a full stop.
        int[] window = RoleFeatures.window(block, cueStart);
        if (cueStart > 1 && block.lower(cueStart - 1).equals(",") && block.sentenceOf(cueStart - 2) == sentence) {
            // "The shipment was stolen, according to the police.": the clause before, the source after.
            int first = cueStart - 1;
            while (first > window[0] && block.sentenceOf(first - 1) == sentence) {
                first--;
            }
            int last = t.cueEndToken();
            while (last < window[1] && block.sentenceOf(last) == sentence) {
                last++;
            }
            while (last > t.cueEndToken() && !block.token(last - 1).word()) {
                last--;
            }
            if (last > t.cueEndToken() && cueStart - 1 > first) {
                Span content = new Span(block.token(first).start(), block.token(cueStart - 2).end());
                Span source = new Span(block.token(t.cueEndToken()).start(), block.token(last - 1).end());
                return new Tagged(block, new TaggedAttribution(t.cue(), source, List.of(content), cueStart,
                        t.cueEndToken()));
            }
        }
        int comma = -1;
        int end = t.cueEndToken();
        for (int i = t.cueEndToken(); i < window[1] && block.sentenceOf(i) == sentence; i++) {
            if (comma < 0 && block.lower(i).equals(",")) {
                comma = i;
            }
            end = i + 1;
        }
        while (end > comma + 1 && !block.token(end - 1).word() && !"”\"’".contains(block.lower(end - 1))) {
            end--;
        }
        if (comma <= t.cueEndToken() || end <= comma + 1) {
            return tagged;
        }
        Span source = new Span(block.token(t.cueEndToken()).start(), block.token(comma - 1).end());
        Span content = new Span(block.token(comma + 1).start(), block.token(end - 1).end());
        return new Tagged(block, new TaggedAttribution(t.cue(), source, List.of(content), t.cueStartToken(),
                t.cueEndToken()));
    }

    /** "…, saying": a cue that is an -ing form right after a comma. */
    private static boolean isParticiple(String text, TaggedAttribution t) {
        String cue = t.cue().of(text);
        int before = t.cue().start() - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        return cue.endsWith("ing") && before >= 0 && text.charAt(before) == ',';
    }

    /**
     * What a relative pronoun source refers to: the content of the attribution just before it when the pronoun
     * directly follows it ("quoted a Ukrainian military statement which indicated"), else the capitalised name
     * right before it ("Lavrov, who said").
     */
    private static Span antecedent(String text, Span source, Tagged t, List<Draft> previous) {
        String word = source.of(text).strip().toLowerCase(Locale.ROOT);
        if (!word.equals("which") && !word.equals("who") && !word.equals("that")) {
            return null;
        }
        if (!previous.isEmpty()) {
            Draft last = previous.get(previous.size() - 1);
            List<Span> content = last.tagged().attribution().content();
            Span tail = content.isEmpty() ? null : content.get(content.size() - 1);
            if (tail != null && last.tagged().block() == t.block() && tail.end() <= source.start()
                    && text.substring(tail.end(), source.start()).strip().replace(",", "").isEmpty()) {
                return tail;
            }
        }
        int end = source.start();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        int start = end;
        while (start > 0) {
            int wordEnd = start;
            while (wordEnd > 0 && Character.isWhitespace(text.charAt(wordEnd - 1))) {
                wordEnd--;
            }
            int wordStart = wordEnd;
            while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
                wordStart--;
            }
            if (wordStart == wordEnd || !Character.isUpperCase(text.charAt(wordStart))) {
                break;
            }
            start = wordStart;
        }
        return start < end ? new Span(start, end) : null;
    }

    /** For "I"/"we" inside a quote: the source of the attribution whose content holds the pronoun. */
    private static Source speakerOf(Span source, List<Draft> previous) {
        // Only the last few attributions can hold a quote around this one; looking further is wasted work.
        for (int i = previous.size() - 1; i >= Math.max(0, previous.size() - 8); i--) {
            for (Span c : previous.get(i).tagged().attribution().content()) {
                if (c.contains(source)) {
                    return previous.get(i).linked().source();
                }
            }
        }
        return null;
    }

    /** Hedges in the tokens from the cue's sentence start to the end of the attribution. */
    private List<Span> hedges(BlockTokens block, String[] lower, TaggedAttribution a) {
        Span extent = a.cue();
        for (Span c : a.content()) {
            extent = extent.union(c);
        }
        int from = Math.min(a.cueStartToken(), block.tokenAt(extent.start()));
        int to = Math.max(a.cueEndToken(), block.tokenAt(extent.end() - 1) + 1);
        List<Span> out = new ArrayList<>();
        for (PhraseMatcher.Match<Boolean> m : hedgeFinder.find(lower, from, to)) {
            out.add(new Span(block.token(m.start()).start(), block.token(m.end() - 1).end()));
        }
        return out;
    }

    /**
     * The chain of sources relaying this one: when the span naming this source lies inside another attribution's
     * content ("The Kyiv Independent quoted [a Ukrainian military statement] which indicated …"), that
     * attribution's source relays it, and so on outwards.
     */
    private static List<Source> via(int index, List<Draft> drafts, int depth) {
        Span anchor = drafts.get(index).linked().anchor();
        if (anchor == null || depth > 4) {
            return List.of();
        }
        Source own = drafts.get(index).linked().source();
        BlockTokens block = drafts.get(index).tagged().block();
        // A relaying attribution sits next to the one it relays; looking at a bounded neighbourhood keeps this
        // linear however many attributions a paragraph holds.
        for (int j = Math.max(0, index - NEIGHBOURHOOD); j < Math.min(drafts.size(), index + NEIGHBOURHOOD + 1); j++) {
            if (j == index || drafts.get(j).tagged().block() != block) {
                continue;
            }
            Draft outer = drafts.get(j);
            Source relay = outer.linked().source();
            if (relay.isImplicit() || relay.name().equalsIgnoreCase(own.name())) {
                continue;
            }
            for (Span c : outer.tagged().attribution().content()) {
                if (c.contains(anchor) && !c.equals(anchor) || c.equals(anchor) && outer.tagged() != drafts.get(index).tagged()) {
                    List<Source> chain = new ArrayList<>();
                    chain.add(relay);
                    chain.addAll(via(j, drafts, depth + 1));
                    return chain;
                }
            }
        }
        return List.of();
    }

    private static boolean contains(List<Span> spans, Span span) {
        for (Span s : spans) {
            if (s.contains(span)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A source-less attribution that another attribution with a source already covers: same content, or its cue
     * inside the other's content ("The shipment was allegedly stolen, according to the police": the hedge qualifies
     * the police's account, it is not a second, vague one).
     */
    private static boolean isDuplicate(int index, List<Draft> all) {
        Draft d = all.get(index);
        if (!d.linked().source().isImplicit()) {
            return false;
        }
        List<Span> content = d.tagged().attribution().content();
        BlockTokens block = d.tagged().block();
        for (int j = Math.max(0, index - NEIGHBOURHOOD); j < Math.min(all.size(), index + NEIGHBOURHOOD + 1); j++) {
            Draft other = all.get(j);
            if (j != index && other.tagged().block() == block && !other.linked().source().isImplicit()
                    && (other.tagged().attribution().content().equals(content)
                    || contains(other.tagged().attribution().content(), d.tagged().attribution().cue()))) {
                return true;
            }
        }
        return false;
    }


    /** quoted[i] = how many of the characters [0, i) lie inside a quotation (marks included). */
    private static int[] quotedPrefix(AnalyzedText doc) {
        int n = doc.text().length();
        int[] delta = new int[n + 1];
        for (Quote q : doc.quotes()) {
            delta[q.outer().start()]++;
            delta[q.outer().end()]--;
        }
        int[] quoted = new int[n + 1];
        int depth = 0;
        for (int i = 0; i < n; i++) {
            depth += delta[i];
            quoted[i + 1] = quoted[i] + (depth > 0 ? 1 : 0);
        }
        return quoted;
    }

    static QuoteKind quoteKind(int[] quotedBefore, List<Span> content) {
        int quoted = 0;
        int total = 0;
        for (Span c : content) {
            total += c.length();
            quoted += quotedBefore[c.end()] - quotedBefore[c.start()];
        }
        if (quoted == 0) {
            return QuoteKind.INDIRECT;
        }
        return quoted >= total * 0.9 ? QuoteKind.DIRECT : QuoteKind.MIXED;
    }
}
