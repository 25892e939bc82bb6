package io.claimscore.report;

import java.util.List;
import java.util.Map;

/** Article-level figures; {@code reasons} explains {@code score} in order of effect. */
public record SummaryView(int score, int statements, int attributed, int unattributed, int directQuotes,
                          int anonymousSources, int hedged, Map<String, Integer> bySourceType, String verdict,
                          List<String> reasons) {
}
