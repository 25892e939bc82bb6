package io.claimscore.attribution.tagger;

import io.claimscore.model.Span;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The statistical core of attribution finding, in two passes over each block: a cue tagger marks the attribution
 * cues; then, for each cue, a role tagger marks that cue's source and content among the block's tokens. Both are
 * linear sequence models trained on PolNeAR's train split (see {@code io.claimscore.eval.TrainAttributionModel}).
 * Immutable and thread-safe.
 */
public final class AttributionTagger {

    /** Classpath location of the trained model shipped with the application. */
    public static final String MODEL_RESOURCE = "models/attribution-tagger.bin.gz";

    private final SequenceModel cueModel;
    private final SequenceModel roleModel;
    private final CuePrior prior;
    private final CueFeatures cueFeatures = new CueFeatures();
    private final RoleFeatures roleFeatures = new RoleFeatures();

    public AttributionTagger(SequenceModel cueModel, SequenceModel roleModel, CuePrior prior) {
        if (cueModel.tags() != CueFeatures.TAGS || roleModel.tags() != RoleFeatures.TAGS) {
            throw new IllegalArgumentException("model tag sets do not match the feature templates");
        }
        this.cueModel = cueModel;
        this.roleModel = roleModel;
        this.prior = prior;
    }

    /** Loads the model shipped under {@link #MODEL_RESOURCE}. */
    public static AttributionTagger loadDefault() {
        InputStream in = AttributionTagger.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("attribution model missing from the build: " + MODEL_RESOURCE);
        }
        try (in) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL_RESOURCE, e);
        }
    }

    public static AttributionTagger read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        return new AttributionTagger(SequenceModel.read(data), SequenceModel.read(data), CuePrior.read(data));
    }

    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream data = new DataOutputStream(gzip);
        cueModel.write(data);
        roleModel.write(data);
        prior.write(data);
        data.flush();
        gzip.finish();
    }

    /** The cue runs of a block as token ranges {@code [start, end)}. */
    public List<int[]> cues(BlockTokens block) {
        Emissions scores = cueModel.emissions(block.size());
        cueFeatures.extract(block, prior::bucket, scores);
        int[] tags = cueModel.decode(scores);
        List<int[]> cues = new ArrayList<>();
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] == CueFeatures.B) {
                int end = i + 1;
                while (end < tags.length && tags[end] == CueFeatures.I) {
                    end++;
                }
                cues.add(new int[] {i, end});
                i = end - 1;
            }
        }
        return cues;
    }

    /**
     * Role tags for one cue, one per token of the block (see {@link RoleFeatures}); tokens outside the cue's
     * {@link RoleFeatures#window} are O.
     */
    public int[] roles(BlockTokens block, int cueStart, int cueEnd, boolean[] cueMask) {
        return roles(block, cueStart, cueEnd, cueMask, roleModel.emissions(block.size()));
    }

    /** As {@link #roles(BlockTokens, int, int, boolean[])}, summing scores in {@code scratch} (reset first). */
    private int[] roles(BlockTokens block, int cueStart, int cueEnd, boolean[] cueMask, Emissions scratch) {
        int[] window = RoleFeatures.window(block, cueStart);
        scratch.reset();
        roleFeatures.extract(block, window[0], window[1], cueStart, cueEnd, cueMask, scratch);
        int[] inWindow = roleModel.decode(scratch);
        int[] tags = new int[block.size()];
        System.arraycopy(inWindow, 0, tags, window[0], inWindow.length);
        return tags;
    }

    /** Every attribution of the block: its cues, and for each the source and content the role tagger marks. */
    public List<TaggedAttribution> tag(BlockTokens block) {
        return tag(block, List.of());
    }

    /**
     * As {@link #tag(BlockTokens)}, with extra cues found by other means (lexicon phrases) as token ranges; an
     * extra cue overlapping a tagged one is ignored.
     */
    public List<TaggedAttribution> tag(BlockTokens block, List<int[]> extraCues) {
        List<int[]> cues = new ArrayList<>(cues(block));
        boolean[] cueMask = new boolean[block.size()];
        for (int[] c : cues) {
            for (int i = c[0]; i < c[1]; i++) {
                cueMask[i] = true;
            }
        }
        for (int[] extra : extraCues) {
            boolean overlaps = false;
            for (int i = extra[0]; i < extra[1] && !overlaps; i++) {
                overlaps = cueMask[i];
            }
            if (!overlaps) {
                cues.add(extra);
                for (int i = extra[0]; i < extra[1]; i++) {
                    cueMask[i] = true;
                }
            }
        }
        cues.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<TaggedAttribution> out = new ArrayList<>(cues.size());
        Emissions scratch = roleModel.emissions(block.size()); // one per call: the tagger itself is shared across threads
        for (int[] c : cues) {
            int nameEnd = subjectEnd(block, c);
            int[] tags = roles(block, nameEnd, c[1], cueMask, scratch);
            List<Span> content = runs(block, tags, RoleFeatures.B_CONTENT, RoleFeatures.I_CONTENT);
            List<Span> sources = runs(block, tags, RoleFeatures.B_SOURCE, RoleFeatures.I_SOURCE);
            Span cue = new Span(block.token(nameEnd).start(), block.token(c[1] - 1).end());
            Span source = nearest(sources, cue);
            if (nameEnd > c[0]) {
                Span name = new Span(block.token(c[0]).start(), block.token(nameEnd - 1).end());
                boolean adjacent = source != null && source.end() <= name.start()
                        && block.text.substring(source.end(), name.start()).isBlank();
                source = adjacent ? source.union(name) : source == null || !source.overlaps(name) ? name : source;
            }
            out.add(new TaggedAttribution(cue, source, content, nameEnd, c[1]));
        }
        return out;
    }

    /**
     * Where the subject words that the cue tagger let into a cue run end: "Defense Express reported", "portal
     * Defense Express reported". When the run opens with a capitalised word, or with a word that is rarely a cue,
     * and holds a capitalised word (a name) before its last token, everything up to that name belongs to the
     * source. Returns the run's start when there is nothing to move.
     */
    private int subjectEnd(BlockTokens block, int[] run) {
        int lastName = -1;
        for (int i = run[0]; i < run[1] - 1; i++) {
            if (block.capitalised[i] && block.word[i] && !block.sentenceStart[i]) {
                lastName = i;
            }
        }
        if (lastName < 0) {
            return run[0];
        }
        int first = run[0];
        boolean opensWithName = block.capitalised[first] && !block.sentenceStart[first];
        boolean opensWithNonCue = CuePrior.rateBand(prior.bucket(block.stem(first))) <= 2;
        return opensWithName || opensWithNonCue ? lastName + 1 : run[0];
    }

    /** Character spans of the maximal runs begin-inside of one role. */
    static List<Span> runs(BlockTokens block, int[] tags, int begin, int inside) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] == begin) {
                int end = i + 1;
                while (end < tags.length && tags[end] == inside) {
                    end++;
                }
                spans.add(new Span(block.token(i).start(), block.token(end - 1).end()));
                i = end - 1;
            }
        }
        return spans;
    }

    /** The source run closest to the cue: a cue has one source, the tagger occasionally marks two candidates. */
    private static Span nearest(List<Span> sources, Span cue) {
        Span best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Span s : sources) {
            int d = s.end() <= cue.start() ? cue.start() - s.end() : s.start() - cue.end();
            if (d < bestDistance) {
                best = s;
                bestDistance = d;
            }
        }
        return best;
    }
}
