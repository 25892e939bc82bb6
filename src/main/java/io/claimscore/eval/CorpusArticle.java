package io.claimscore.eval;

import java.util.List;

/** One PolNeAR article: its file name (without .txt), text and gold attributions. */
public record CorpusArticle(String name, String text, List<GoldAttribution> gold) {
}
