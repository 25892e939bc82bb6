package io.claimscore.attribution;

import io.claimscore.model.QuoteKind;
import io.claimscore.model.Span;
import io.claimscore.segment.AnalyzedText;
import io.claimscore.segment.Quote;

import java.util.List;

/**
 * Direct, indirect or mixed quotation: how much of a content lies inside quotation marks. A prefix count over the
 * text, built once per article, answers it for any content in time proportional to its number of spans.
 */
final class QuotationShare {

    /** quoted[i] = how many of the characters [0, i) lie inside a quotation (marks included). */
    private final int[] quoted;

    QuotationShare(AnalyzedText doc) {
        int n = doc.text().length();
        int[] delta = new int[n + 1];
        for (Quote q : doc.quotes()) {
            delta[q.outer().start()]++;
            delta[q.outer().end()]--;
        }
        quoted = new int[n + 1];
        int depth = 0;
        for (int i = 0; i < n; i++) {
            depth += delta[i];
            quoted[i + 1] = quoted[i] + (depth > 0 ? 1 : 0);
        }
    }

    /** DIRECT when at least 90 % of the content's characters are quoted, INDIRECT when none are, else MIXED. */
    QuoteKind kindOf(List<Span> content) {
        int inQuotes = 0;
        int total = 0;
        for (Span c : content) {
            total += c.length();
            inQuotes += quoted[c.end()] - quoted[c.start()];
        }
        if (inQuotes == 0) {
            return QuoteKind.INDIRECT;
        }
        return inQuotes >= total * 0.9 ? QuoteKind.DIRECT : QuoteKind.MIXED;
    }
}
