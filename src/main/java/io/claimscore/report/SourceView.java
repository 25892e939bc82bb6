package io.claimscore.report;

import java.util.List;

/** One distinct source of the article with every place it is mentioned and the statements it backs. */
public record SourceView(String name, String type, String role, List<OffsetRange> mentions, List<String> statements) {
}
