package io.claimscore.function.lambda;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.claimscore.function.ScoreRequest;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Makes Funqy's Lambda binding fail bad events with the project's exception types.
 * <p>
 * Why here: Funqy wraps every exception the function throws in {@code io.quarkus.funqy.runtime.ApplicationException},
 * and the Lambda runtimes (AWS's runtime interface client for {@code FunqyStreamHandler}, Quarkus's poll loop in the
 * native executable) report the class of the exception they catch as {@code errorType}. Only an exception thrown
 * while Funqy <em>reads</em> the event reaches them unwrapped. Funqy reads the event with a copy of the CDI
 * {@link ObjectMapper}, so this customizer wraps the deserializer of {@link ScoreRequest} in that mapper with
 * {@link CheckedRequestDeserializer}, which turns every problem with the event into an
 * {@link io.claimscore.error.InvalidArticleException} or {@link io.claimscore.error.ArticleTooLargeException}.
 * Compiled only into the Lambda build (src/lambda); the HTTP binding has its RequestGate instead.
 */
@Singleton
public class LambdaEventReader implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("claimscore-lambda-event");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return description.getBeanClass() == ScoreRequest.class
                        ? new CheckedRequestDeserializer(deserializer)
                        : deserializer;
            }
        });
        mapper.registerModule(module);
    }
}
