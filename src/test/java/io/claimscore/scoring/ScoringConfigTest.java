package io.claimscore.scoring;

import io.claimscore.function.ScoringConfig;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.WithDefault;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** ScoringConfig, ScoringWeights.DEFAULTS and the record stay one model: same names, same defaults. */
class ScoringConfigTest {

    static final String PREFIX = "claimscore.scoring";

    /** Config method name → its @WithDefault, for every weight. */
    static Map<String, String> configDefaults() {
        Map<String, String> defaults = new TreeMap<>();
        for (Method m : ScoringConfig.class.getDeclaredMethods()) {
            if (Modifier.isAbstract(m.getModifiers())) {
                defaults.put(m.getName(), m.getAnnotation(WithDefault.class).value());
            }
        }
        return defaults;
    }

    /** Record component name → its DEFAULTS value. */
    static Map<String, String> recordDefaults() throws ReflectiveOperationException {
        Map<String, String> defaults = new TreeMap<>();
        for (RecordComponent c : ScoringWeights.class.getRecordComponents()) {
            defaults.put(c.getName(), String.valueOf(c.getAccessor().invoke(ScoringWeights.DEFAULTS)));
        }
        return defaults;
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void oneConfigMethodPerWeightWithTheSameDefault() throws ReflectiveOperationException {
        assertEquals(recordDefaults(), configDefaults());
    }

    @Test
    void smallRyeBindsTheDefaults() {
        assertEquals(ScoringWeights.DEFAULTS, mapping(Map.of()).toWeights());
    }

    @Test
    void aNewsroomOverrideReachesTheWeights() {
        ScoringWeights w = mapping(Map.of(PREFIX + ".named-person-base", "80", PREFIX + ".hedge-cap", "24"))
                .toWeights();
        assertEquals(80, w.namedPersonBase());
        assertEquals(24, w.hedgeCap());
        assertEquals(ScoringWeights.DEFAULTS.roleBonus(), w.roleBonus());
    }

    @Test
    void aLambdaEnvironmentVariableReachesTheWeights() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(ScoringConfig.class, PREFIX)
                .withSources(new EnvConfigSource(Map.of("CLAIMSCORE_SCORING_MEDIA_BASE", "65",
                        "CLAIMSCORE_SCORING_CHECK_WORTHY_WEIGHT", "3"), 300))
                .build();
        ScoringWeights w = config.getConfigMapping(ScoringConfig.class, PREFIX).toWeights();
        assertEquals(65, w.mediaBase());
        assertEquals(3, w.checkWorthyWeight());
    }

    @Test
    void anInvalidOverrideFailsLoudly() {
        assertThrows(IllegalArgumentException.class,
                () -> mapping(Map.of(PREFIX + ".anonymous-base", "90")).toWeights());
    }

    @Test
    void eachKeyReachesTheRecordComponentOfTheSameName() throws ReflectiveOperationException {
        // toWeights() passes the methods positionally: a swap of two weights with equal defaults
        // (organization-base, document-base) would go unnoticed by comparing DEFAULTS alone.
        Map<String, String> defaults = recordDefaults();
        for (String weight : defaults.keySet()) {
            String bumped = String.valueOf(Integer.parseInt(defaults.get(weight)) + 1); // +1 keeps every ordering valid
            ScoringWeights w = mapping(Map.of(PREFIX + "." + kebab(weight), bumped)).toWeights();
            for (RecordComponent c : ScoringWeights.class.getRecordComponents()) {
                String expected = c.getName().equals(weight) ? bumped : defaults.get(c.getName());
                assertEquals(expected, String.valueOf(c.getAccessor().invoke(w)), weight + " -> " + c.getName());
            }
        }
    }

    static ScoringConfig mapping(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(ScoringConfig.class, PREFIX)
                .withDefaultValues(properties)
                .build();
        return config.getConfigMapping(ScoringConfig.class, PREFIX);
    }
}
