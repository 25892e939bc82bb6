package io.claimscore.attribution;

import io.claimscore.attribution.tagger.BlockTokens;
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
import io.claimscore.source.SourceLexicon;
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
        List<Span> quoted = doc.quotes().stream().filter(q -> !q.nested()).map(Quote::outer).toList();
        SpeakerLinker linker = new SpeakerLinker(text, doc.sentences(), quoted, sourceAnalyzer);
        QuotationShare quotation = new QuotationShare(doc);
        List<Span> cuesByEnd = tagged.stream().map(t -> t.attribution().cue())
                .sorted(java.util.Comparator.comparingInt(Span::end)).toList();
        List<Draft> drafts = new ArrayList<>(tagged.size());
        BlockTokens lastBlock = null;
        String[] lower = null;
        Draft label = null; // the speaker's label that opens the current paragraph, if it opens with one
        for (Tagged original : tagged) {
            BlockTokens block = original.block();
            TaggedAttribution repaired = AccordingToContent.repair(block, original.attribution(), text);
            Tagged t = new Tagged(block, AdjunctContent.drop(block,
                    QuoteFirstContent.trim(repaired, doc.quotes()), text, doc.quotes()));
            TaggedAttribution a = t.attribution();
            if (block != lastBlock) {
                lower = block.lowerTokens();
                lastBlock = block;
            }
            Span trimmed = a.source() == null ? null : cleanSource(block, a, lower, text, cuesByEnd);
            Span sourceSpan = trimmed != null || followsAttributionInSentence(t, drafts) ? trimmed
                    : ClauseSubjects.participleSubject(block, a, lower, text);
            Draft around = sourceSpan == null ? null : enclosing(sourceSpan, drafts);
            if (around == null && sourceSpan != null && label != null && label.tagged().block() == block) {
                around = label;
            }
            SpeakerLinker.Linked linked = sourceSpan == null
                    ? implicitSource(t, drafts, lower)
                    : linker.link(sourceAnalyzer.describe(text, sourceSpan),
                            antecedent(text, sourceSpan, t, drafts, sourceAnalyzer.lexicon()),
                            around == null ? null : around.linked().source(), around != null && isLabel(around, text));
            Stance stance = cues.stanceOf(lower, a.cueStartToken(), a.cueEndToken());
            Draft draft = new Draft(t, linked, stance, hedges(block, lower, a), quotation.kindOf(a.content()));
            if (drafts.isEmpty() || drafts.get(drafts.size() - 1).tagged().block() != block) {
                label = isParagraphLabel(draft, text) ? draft : null; // a paragraph's first attribution only
            }
            drafts.add(draft);
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
            out.add(new Attribution(linker.inFull(d.linked().source()), new Cue(a.cue(), d.stance()), a.content(),
                    d.quote(), d.hedges(), via.stream().map(linker::inFull).toList()));
        }
        return out;
    }

    /**
     * The tagged source span as a reader should see it: without another attribution's cue or a connective before
     * it, run on through a name the tagger stopped at a title of ("Senator" → "Senator Mary Jones") and through
     * a group noun after a name ("Trump" → "Trump supporters"). Null when nothing that can speak is left.
     */
    private Span cleanSource(BlockTokens block, TaggedAttribution a, String[] lower, String text, List<Span> cuesByEnd) {
        Span span = SourceSpanTrim.trim(text, SourceSpanTrim.afterOtherCue(text, a.source(), cuesByEnd, a.cue()));
        span = ClauseSubjects.completeTitledName(block, a.cueStartToken(), span, lower, text, sourceAnalyzer.lexicon());
        return ClauseSubjects.completeGroupHead(block, a.cueStartToken(), span, lower, text, sourceAnalyzer.lexicon());
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
        boolean participle = ClauseSubjects.isParticipleCue(lower, cue);
        boolean coordinated = ClauseSubjects.isCoordinatedCue(lower, cue);
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

    /**
     * Whether the attribution just before stands in this cue's sentence: a participle or coordinated cue then
     * hangs on it ({@link #implicitSource}), not on the sentence's opening subject.
     */
    private static boolean followsAttributionInSentence(Tagged t, List<Draft> previous) {
        if (previous.isEmpty()) {
            return false;
        }
        Tagged last = previous.get(previous.size() - 1).tagged();
        BlockTokens block = t.block();
        return last.block() == block
                && block.sentenceOf(last.attribution().cueStartToken()) == block.sentenceOf(t.attribution().cueStartToken());
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
     * right before it ("Lavrov, who said"), else the group a "who" follows ("some economists who argue"), else the
     * institution a "which" or "that" follows ("the Saudi government, which").
     */
    private static Span antecedent(String text, Span source, Tagged t, List<Draft> previous, SourceLexicon lexicon) {
        String word = source.of(text).strip().toLowerCase(Locale.ROOT);
        if (!word.equals("which") && !word.equals("who") && !word.equals("that")) {
            return null;
        }
        if (!previous.isEmpty() && !word.equals("who")) { // a content is a thing: "a statement which indicated"
            Draft last = previous.get(previous.size() - 1);
            List<Span> content = last.tagged().attribution().content();
            Span tail = content.isEmpty() ? null : content.get(content.size() - 1);
            if (tail != null && last.tagged().block() == t.block() && tail.end() <= source.start()
                    && text.substring(tail.end(), source.start()).strip().replace(",", "").isEmpty()) {
                return tail;
            }
        }
        Span name = RelativeAntecedent.nameBefore(t.block(), text, source.start());
        if (name != null) {
            return name;
        }
        Span group = RelativeAntecedent.groupBefore(t.block(), text, source.start());
        return group != null ? group : RelativeAntecedent.institutionBefore(t.block(), text, source.start(), lexicon);
    }

    /** For "I"/"we" inside a quote: the attribution whose content holds the pronoun. */
    private static Draft enclosing(Span source, List<Draft> previous) {
        // Only the last few attributions can hold a quote around this one; looking further is wasted work.
        for (int i = previous.size() - 1; i >= Math.max(0, previous.size() - 8); i--) {
            for (Span c : previous.get(i).tagged().attribution().content()) {
                if (c.contains(source)) {
                    return previous.get(i);
                }
            }
        }
        return null;
    }

    /**
     * Whether the attribution is the speaker's label in capitals that opens its paragraph, in a transcript
     * ("FALLIN: I think he is trying …. I think that has been part of his message"): every sentence of the
     * paragraph is that speaker's. Not a heading in title case: "Jeb Bush: Student loans Some big ideas …" is the
     * writer's.
     */
    private static boolean isParagraphLabel(Draft d, String text) {
        Span mention = d.linked().source().mention();
        return isLabel(d, text) && mention != null && mention.start() == d.tagged().block().token(0).start()
                && isInCapitals(mention.of(text));
    }

    /** Whether every letter is a capital: a transcript's label ("FALLIN", "JOEL BENENSON"). */
    private static boolean isInCapitals(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** Whether the attribution is a speaker's label, its cue a colon: "FALLIN: I think …", "Sanders: …". */
    private static boolean isLabel(Draft d, String text) {
        return d.tagged().attribution().cue().of(text).strip().equals(":");
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

}
