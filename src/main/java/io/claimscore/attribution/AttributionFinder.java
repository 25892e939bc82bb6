package io.claimscore.attribution;

import io.claimscore.model.Attribution;
import io.claimscore.segment.AnalyzedText;

import java.util.List;

/** Finds the attributions of an analysed text: who said, wrote or believes what. */
public interface AttributionFinder {

    /** The attributions in text order of their cues. */
    List<Attribution> find(AnalyzedText doc);
}
