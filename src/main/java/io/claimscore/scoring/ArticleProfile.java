package io.claimscore.scoring;

import io.claimscore.model.Attribution;
import io.claimscore.model.Source;
import io.claimscore.model.SourceType;
import io.claimscore.model.Statement;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The article-level counts the score and the verdict are made of.
 *
 * @param statements          all statements
 * @param attributed          statements with an attribution
 * @param checkWorthy         check-worthy statements
 * @param unsourcedCheckWorthy check-worthy statements with no source, only a vague one or only the author's own view ("some say")
 * @param weakAttributed      attributed statements whose source is anonymous or vague
 * @param anonymousOfficials  of those, anonymous sources described as officials ("a senior official")
 * @param namedAttributed     attributed statements whose source is named (person, organisation, document, outlet)
 * @param secondHand          attributed statements relayed through another source
 * @param distinctSources     identifiable sources (not vague, not the author) by kind and name
 * @param sourceTypes         kinds of identifiable source
 * @param weightedMean        the mean statement score, check-worthy statements counted {@code checkWorthyWeight} times
 */
record ArticleProfile(int statements, int attributed, int checkWorthy, int unsourcedCheckWorthy, int weakAttributed,
                      int anonymousOfficials, int namedAttributed, int secondHand, int distinctSources,
                      int sourceTypes, double weightedMean) {

    static ArticleProfile of(List<Statement> statements, List<StatementScore> scores, int checkWorthyWeight) {
        if (statements.size() != scores.size()) {
            throw new IllegalArgumentException("one score per statement expected: " + statements.size()
                    + " statements, " + scores.size() + " scores");
        }
        int attributed = 0, checkWorthy = 0, unsourced = 0, weak = 0, officials = 0, named = 0, secondHand = 0;
        long weightedSum = 0, weightTotal = 0;
        Set<String> sources = new HashSet<>();
        Set<SourceType> types = EnumSet.noneOf(SourceType.class);
        for (int i = 0; i < statements.size(); i++) {
            Attribution a = statements.get(i).attribution();
            StatementScore score = scores.get(i);
            int weight = score.checkWorthy() ? checkWorthyWeight : 1;
            weightedSum += (long) weight * score.score();
            weightTotal += weight;
            SourceType type = a == null ? null : a.source().type();
            if (score.checkWorthy()) {
                checkWorthy++;
                // A vague attribution ("reports emerged") does not source a claim: nobody can be asked about it;
                // nor does the writer's own "I believe".
                if (type == null || type == SourceType.VAGUE || type == SourceType.AUTHOR) {
                    unsourced++;
                }
            }
            if (a == null) {
                continue;
            }
            attributed++;
            secondHand += a.isSecondHand() ? 1 : 0;
            switch (type) {
                case ANONYMOUS, VAGUE -> {
                    weak++;
                    officials += type == SourceType.ANONYMOUS && describesOfficial(a.source()) ? 1 : 0;
                }
                case NAMED_PERSON, ORGANIZATION, DOCUMENT, MEDIA -> named++;
                case OFFICIAL, AUTHOR -> {
                }
            }
            if (type != SourceType.VAGUE && type != SourceType.AUTHOR) {
                sources.add(type + "|" + a.source().name().strip().toLowerCase(Locale.ROOT));
                types.add(type);
            }
        }
        double mean = weightTotal == 0 ? 0 : (double) weightedSum / weightTotal;
        return new ArticleProfile(statements.size(), attributed, checkWorthy, unsourced, weak, officials, named,
                secondHand, sources.size(), types.size(), mean);
    }

    double unsourcedCheckWorthyShare() {
        return checkWorthy == 0 ? 0 : (double) unsourcedCheckWorthy / checkWorthy;
    }

    double weakShare() {
        return attributed == 0 ? 0 : (double) weakAttributed / attributed;
    }

    private static boolean describesOfficial(Source s) {
        String words = (s.name() + " " + (s.role() == null ? "" : s.role())).toLowerCase(Locale.ROOT);
        return words.contains("official");
    }
}
