package io.claimscore.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark inputs: the PolNeAR dev texts, the seed article and articles of a given size built from the dev
 * texts. Paths come from system properties (bench/run.sh passes absolute ones to every fork); the defaults are
 * relative to the repository root.
 */
final class BenchData {

    static final String DEV_DIR = "claimscore.bench.dev";
    static final String SEED = "claimscore.bench.seed";

    private BenchData() {
    }

    static Path devDir() {
        return Path.of(System.getProperty(DEV_DIR, "../shared/polnear/data/dev/text"));
    }

    static Path seedFile() {
        return Path.of(System.getProperty(SEED, "../shared/examples/seed-article.txt"));
    }

    /** All dev texts in file-name order. */
    static List<String> devTexts() {
        Path dir = devDir();
        try (Stream<Path> files = Files.list(dir)) {
            List<String> texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(BenchData::read)
                    .toList();
            if (texts.isEmpty()) {
                throw new IllegalStateException("no *.txt in " + dir.toAbsolutePath());
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir.toAbsolutePath() + " (set -D" + DEV_DIR + ")", e);
        }
    }

    static String seed() {
        return read(seedFile());
    }

    /**
     * An article of exactly {@code chars} UTF-16 units (the dev texts are nearly all ASCII, so about as many bytes):
     * dev texts joined by blank lines, repeated as needed, cut at the last whitespace before the size and padded
     * with spaces. Deterministic.
     */
    static String ofSize(List<String> dev, int chars) {
        StringBuilder sb = new StringBuilder(chars + 16);
        int i = 0;
        while (sb.length() < chars) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(dev.get(i++ % dev.size()).strip());
        }
        int cut = chars;
        while (cut > 0 && !Character.isWhitespace(sb.charAt(cut))) {
            cut--;
        }
        sb.setLength(cut);
        while (sb.length() < chars) {
            sb.append(' ');
        }
        return sb.toString();
    }

    static long utf8Bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p.toAbsolutePath(), e);
        }
    }
}
