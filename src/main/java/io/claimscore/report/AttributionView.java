package io.claimscore.report;

import java.util.List;

/** Who said it, how, and what: see {@link io.claimscore.model.Attribution}. */
public record AttributionView(SourceRef source, CueRef cue, List<OffsetRange> content, String quote,
                              List<TextRef> hedges, List<SourceRef> via) {
}
