package io.claimscore.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the lexicon data files shipped under {@code src/main/resources/lexicons/}. Format: one entry per line,
 * UTF-8; {@code #} starts a comment (each file opens with comments saying where its entries came from); blank
 * lines are skipped; surrounding whitespace is trimmed. Loaded once at start-up by the stage that owns the file.
 */
public final class Lexicons {

    private Lexicons() {
    }

    /** The entries of the classpath resource {@code path} (for instance {@code "lexicons/hedges.txt"}). */
    public static List<String> lines(String path) {
        InputStream in = Lexicons.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("lexicon resource missing from the build: " + path);
        }
        List<String> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!entry.isEmpty()) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + path, e);
        }
        return List.copyOf(entries);
    }
}
