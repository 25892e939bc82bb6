package io.claimscore.robustness;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.claimscore.error.ClaimscoreException;
import io.claimscore.function.JacksonLimits;
import io.claimscore.function.ScoreRequest;
import io.claimscore.pipeline.ArticleInput;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RequestBody;
import io.vertx.ext.web.RoutingContext;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Fuzzes the JSON entry point: the production {@code RequestGate} (reached by reflection, it is package-private)
 * reads arbitrary body bytes under an arbitrary Content-Type exactly as it does for {@code POST /score}, on a stub
 * routing context. The gate must either reject with one of our 4xx exceptions or accept; an accepted body is then
 * bound as Funqy binds it and scored, and the report must satisfy the offset invariants. Anything else (an
 * IllegalStateException or UncheckedIOException the error mapper would turn into a 500, any other exception) is a
 * finding. Regression inputs: {@code src/test/resources/io/claimscore/robustness/RequestFuzzTestInputs/body/}.
 */
class RequestFuzzTest {

    private static final int MAX_STRING = 5_000_000 + 65_536; // max(max-chars, max-html-chars) + margin, as in production
    private static final ObjectMapper MAPPER = requestMapper();
    private static final ObjectReader FUNQY_READER = MAPPER.readerFor(ScoreRequest.class);
    private static final Object GATE = newGate(MAPPER);
    private static final Method CHECK = checkMethod();
    private static final String[] CONTENT_TYPES = {
        "application/json", "application/json; charset=utf-8", "application/problem+json", "text/plain",
        "application/json; charset=latin1", "application/json;charset=\"UTF8\"", ""};

    /** The mapper the gate gets in production: Quarkus's, customised by JacksonLimits, with the request limits. */
    private static ObjectMapper requestMapper() {
        ObjectMapper mapper = new ObjectMapper();
        new JacksonLimits().customize(mapper);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxNumberLength(64).maxStringLength(MAX_STRING).build());
        return mapper;
    }

    private static Object newGate(ObjectMapper mapper) {
        try {
            Class<?> type = Class.forName("io.claimscore.function.RequestGate");
            Constructor<?> c = type.getDeclaredConstructor(ObjectMapper.class);
            c.setAccessible(true);
            return c.newInstance(mapper);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Method checkMethod() {
        try {
            Method m = GATE.getClass().getDeclaredMethod("check", RoutingContext.class);
            m.setAccessible(true);
            return m;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void body(FuzzedDataProvider data) {
        String contentType = data.consumeBoolean() ? CONTENT_TYPES[data.consumeInt(0, CONTENT_TYPES.length - 1)]
                : data.consumeBoolean() ? data.consumeString(40) : "application/json";
        byte[] body = data.consumeRemainingAsBytes();
        checkBody(contentType, body);
    }

    /** The property, shared with the plain unit test below. */
    static void checkBody(String contentType, byte[] body) {
        try {
            CHECK.invoke(GATE, context(contentType.isEmpty() ? null : contentType, body));
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ClaimscoreException rejected) {
                assertTrue(rejected.httpStatus() >= 400 && rejected.httpStatus() < 500, rejected.code());
                return;
            }
            fail("the gate would answer 500 for this body: " + cause, cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        ScoreRequest request;
        try {
            request = FUNQY_READER.readValue(body);
        } catch (IOException e) {
            fail("the gate accepted a body Funqy cannot read: " + e.getClass().getName(), e);
            return;
        }
        Robust.scoreChecked(new ArticleInput(request.text(), request.html(), request.title(), request.url(),
                request.publishedAt(), request.language()));
    }

    private static RoutingContext context(String contentType, byte[] body) {
        Buffer buffer = Buffer.buffer(body);
        HttpServerRequest request = proxy(HttpServerRequest.class, (m, args) -> switch (m.getName()) {
            case "method" -> HttpMethod.POST;
            case "getHeader" -> "content-type".equalsIgnoreCase(args[0].toString()) ? contentType : null;
            case "headers" -> MultiMap.caseInsensitiveMultiMap();
            case "path", "uri" -> "/score";
            default -> throw new UnsupportedOperationException("request." + m.getName());
        });
        HttpServerResponse response = proxy(HttpServerResponse.class, (m, args) -> {
            throw new UnsupportedOperationException("response." + m.getName());
        });
        RequestBody requestBody = proxy(RequestBody.class, (m, args) -> switch (m.getName()) {
            case "buffer" -> buffer;
            case "length" -> buffer.length();
            case "available" -> true;
            default -> throw new UnsupportedOperationException("body." + m.getName());
        });
        return proxy(RoutingContext.class, (m, args) -> switch (m.getName()) {
            case "request" -> request;
            case "response" -> response;
            case "body" -> requestBody;
            case "put" -> null;
            default -> throw new UnsupportedOperationException("ctx." + m.getName());
        });
    }

    interface Handler {
        Object handle(Method m, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Handler handler) {
        return type.cast(Proxy.newProxyInstance(RequestFuzzTest.class.getClassLoader(), new Class<?>[] {type},
                (p, m, args) -> {
                    if (m.getDeclaringClass() == Object.class) {
                        return switch (m.getName()) {
                            case "hashCode" -> System.identityHashCode(p);
                            case "equals" -> p == args[0];
                            default -> type.getSimpleName() + " stub";
                        };
                    }
                    return handler.handle(m, args);
                }));
    }
}
