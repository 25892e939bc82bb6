package io.claimscore.function;

import io.claimscore.report.AttributionView;
import io.claimscore.report.CueRef;
import io.claimscore.report.OffsetRange;
import io.claimscore.report.ScoreReport;
import io.claimscore.report.SourceRef;
import io.claimscore.report.SourceView;
import io.claimscore.report.StatementView;
import io.claimscore.report.SummaryView;
import io.claimscore.report.TextRef;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Registers for reflection everything Jackson reads or writes, for the native image. It lives here because the
 * pipeline and report packages must stay free of Quarkus types.
 */
@RegisterForReflection(targets = {
        ScoreRequest.class, StrictStringDeserializer.class, ErrorBody.class,
        ScoreReport.class, SummaryView.class, StatementView.class, AttributionView.class, SourceRef.class,
        CueRef.class, TextRef.class, OffsetRange.class, SourceView.class})
final class NativeReflection {

    private NativeReflection() {
    }
}
