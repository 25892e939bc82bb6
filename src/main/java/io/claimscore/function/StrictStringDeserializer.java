package io.claimscore.function;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.io.IOException;

/**
 * Accepts only a JSON string. Jackson's default String deserializer turns numbers and booleans into their text,
 * which would score {@code {"text": 42}} as the article "42" instead of telling the client its request is wrong.
 * JSON {@code null} never reaches here (Jackson maps it to a null field), so absent and null stay equivalent.
 */
final class StrictStringDeserializer extends StdScalarDeserializer<String> {

    StrictStringDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            return p.getText();
        }
        // Our own message: it names the JSON type found and never the value, so it is safe to return to the client
        // and to log (Jackson's default messages may quote part of the input).
        throw MismatchedInputException.from(p, String.class, "expected a JSON string or null, got " + describe(p.currentToken()));
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            default -> "a " + token.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
