package io.claimscore.robustness;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.claimscore.pipeline.ArticleInput;

/**
 * Coverage-guided fuzzing of the analysis on arbitrary text and HTML. The property: the pipeline either returns a
 * report whose offsets are all consistent with its text, or throws one of our client errors
 * ({@code ClaimscoreException}); any other exception, or an inconsistent span, is a finding.
 * <p>
 * {@code ./mvnw verify} replays the seed corpus in {@code src/test/resources/io/claimscore/robustness/
 * PipelineFuzzTestInputs/<method>/} (regression mode). Fuzz with {@code JAZZER_FUZZ=1} (30 s per run, the maxDuration below; repeat runs to fuzz longer: the corpus in .cifuzz-corpus/ carries over); see README "Robustness".
 */
class PipelineFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void text(FuzzedDataProvider data) {
        String title = data.consumeBoolean() ? data.consumeString(200) : null;
        String text = data.consumeRemainingAsString();
        Robust.scoreChecked(new ArticleInput(text, null, title, null, null, null));
    }

    @FuzzTest(maxDuration = "30s")
    void html(FuzzedDataProvider data) {
        String title = data.consumeBoolean() ? data.consumeString(200) : null;
        String html = data.consumeRemainingAsString();
        Robust.scoreChecked(new ArticleInput(null, html, title, null, null, null));
    }
}
