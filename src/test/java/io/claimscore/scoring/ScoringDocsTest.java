package io.claimscore.scoring;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** docs/scoring.md lists exactly the config keys of ScoringConfig, with exactly their defaults. */
class ScoringDocsTest {

    private static final Pattern ROW = Pattern.compile("^\\| `claimscore\\.scoring\\.([a-z-]+)` \\| (-?\\d+) \\|",
            Pattern.MULTILINE);

    @Test
    void weightTableMatchesTheConfig() throws IOException {
        // Surefire runs with the project directory as working directory.
        String doc = Files.readString(Path.of("docs", "scoring.md"));
        Map<String, String> documented = new TreeMap<>();
        Matcher m = ROW.matcher(doc);
        while (m.find()) {
            documented.put(m.group(1), m.group(2));
        }
        Map<String, String> configured = new TreeMap<>();
        ScoringConfigTest.configDefaults().forEach((method, value) -> configured.put(ScoringConfigTest.kebab(method), value));
        assertEquals(configured, documented);
    }

    @Test
    void everyKeyMentionedAnywhereInTheDocExists() throws IOException {
        String doc = Files.readString(Path.of("docs", "scoring.md"));
        Map<String, String> configured = new TreeMap<>();
        ScoringConfigTest.configDefaults().forEach((method, value) -> configured.put(ScoringConfigTest.kebab(method), value));
        Matcher keys = Pattern.compile("claimscore\\.scoring\\.([a-z-]+)").matcher(doc);
        while (keys.find()) {
            assertEquals(true, configured.containsKey(keys.group(1)), "unknown key in docs: " + keys.group(1));
        }
        Matcher env = Pattern.compile("CLAIMSCORE_SCORING_([A-Z_]+)").matcher(doc);
        while (env.find()) {
            String key = env.group(1).toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            assertEquals(true, configured.containsKey(key), "unknown environment variable in docs: " + env.group());
        }
    }
}
