package io.claimscore.function;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Parser limits for request bodies, chosen for this API instead of Jackson's generic defaults.
 * <p>
 * Two layers, because of when each mapper is built. Funqy copies the CDI {@link ObjectMapper} during static
 * init, before runtime configuration exists (and, in a native image, at build time), so this customizer cannot
 * read {@code claimscore.limits.*}: it sets fixed ceilings. {@link RequestGate}, built at runtime, parses every
 * body first with {@link #forRequests} constraints derived from the configured article limits; Funqy only ever
 * parses bodies the gate accepted, and the ceilings here just have to be at least as permissive.
 */
@Singleton
public class JacksonLimits implements ObjectMapperCustomizer {

    /** A request is a flat object; 64 leaves room for nested metadata a client may send and we ignore. */
    static final int MAX_NESTING_DEPTH = 64;
    /** No field of ours is a number; a long digit string is only a way to make the parser work hard. */
    static final int MAX_NUMBER_LENGTH = 64;
    /**
     * Ceiling for the static mapper: no string can be longer than the body, and quarkus.http.limits.max-body-size
     * is 20M, so this never rejects a body that reached the parser; it only replaces Jackson's 20M default with
     * a value tied to ours.
     */
    static final int MAX_STRING_LENGTH_CEILING = 20 * 1024 * 1024;
    /**
     * Headroom over the article limits in the gate, so that a text or html just over its limit still reaches the
     * pipeline and gets its precise "text_too_long"/"html_too_long" error; only far larger strings stop at the parser.
     */
    static final int STRING_LENGTH_MARGIN = 65_536;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(constraints(MAX_STRING_LENGTH_CEILING));
        mapper.getFactory().setCharacterEscapes(SurrogateEscapes.INSTANCE);
    }

    /**
     * Writes every UTF-16 surrogate as a {@code \\uXXXX} escape. Funqy serialises the report to a String and Vert.x
     * encodes it as UTF-8, which turns a lone surrogate (valid in a JSON string escape, so possible in a request
     * and in the spans that quote it) into '?': the span text no longer equalled {@code text.substring(start, end)}.
     * Escaped, the response is pure ASCII there and decodes to exactly the chars of the request; a surrogate pair
     * (emoji) is written as its two escapes, which every JSON parser joins back. Other characters are unchanged.
     */
    static final class SurrogateEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {

        static final SurrogateEscapes INSTANCE = new SurrogateEscapes();
        private static final int[] ASCII = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            if (ch >= Character.MIN_SURROGATE && ch <= Character.MAX_SURROGATE) {
                return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }

    /** A copy of {@code mapper} whose parser stops strings a bit above the longest accepted article. */
    static ObjectMapper forRequests(ObjectMapper mapper, ClaimscoreConfig config) {
        long longest = Math.max(config.limits().maxChars(), config.limits().maxHtmlChars());
        int maxString = (int) Math.min(Integer.MAX_VALUE, longest + STRING_LENGTH_MARGIN);
        ObjectMapper copy = mapper.copy();
        copy.getFactory().setStreamReadConstraints(constraints(maxString));
        return copy;
    }

    private static StreamReadConstraints constraints(int maxStringLength) {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(maxStringLength)
                .build();
    }
}
