package io.claimscore.function;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Wires {@link RequestGate} and {@link ErrorMapper} around Funqy's handler for {@code /score}. Both routes run after
 * Quarkus's body handler (so the body is read and the size limit applied) and before Funqy's route.
 */
@ApplicationScoped
public class HttpRoutes {

    static final String PATH = "/score";
    /** Just before the default routes (Funqy's) and after the body handler and upload limit. */
    static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1;

    void init(@Observes Router router, ObjectMapper mapper, ClaimscoreConfig config) {
        RequestGate gate = new RequestGate(JacksonLimits.forRequests(mapper, config));
        ErrorMapper errors = new ErrorMapper(mapper);
        router.route(PATH).order(ORDER).handler(ctx -> {
            try {
                gate.check(ctx);
            } catch (RuntimeException e) {
                // Rejections and surprises alike go to the failure handler: one place renders errors.
                ctx.fail(e);
                return;
            }
            ctx.next();
        }).failureHandler(errors::handle);
    }
}
