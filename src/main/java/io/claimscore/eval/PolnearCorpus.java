package io.claimscore.eval;

import io.claimscore.model.Span;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a PolNeAR split ({@code data/<split>/text/*.txt} and {@code data/<split>/attributions/*.ann}) with exactly
 * the conventions of the corpus' scorer {@code eval.py}: the first annotation file in sorted order; one attribution
 * per brat event; a missing Cue falls back to the event trigger; each role's spans merged; events with no role
 * dropped. Brat offsets are code points; they are converted to Java String indices here.
 */
public final class PolnearCorpus {

    private final Path root;

    public PolnearCorpus(Path root) {
        this.root = root;
    }

    public List<CorpusArticle> read(String split) {
        Path textDir = root.resolve("data").resolve(split).resolve("text");
        Path annDir = root.resolve("data").resolve(split).resolve("attributions");
        if (!Files.isDirectory(textDir)) {
            throw new IllegalArgumentException("no PolNeAR split at " + textDir);
        }
        Map<String, String> firstAnnotation = new TreeMap<>();
        try (Stream<Path> anns = Files.isDirectory(annDir) ? Files.list(annDir) : Stream.empty()) {
            anns.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ann") && n.contains("_")).sorted()
                    .forEach(n -> firstAnnotation.putIfAbsent(n.substring(0, n.lastIndexOf('_')), n));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CorpusArticle> articles = new ArrayList<>();
        try (Stream<Path> texts = Files.list(textDir)) {
            for (Path p : texts.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String file = p.getFileName().toString();
                String name = file.substring(0, file.length() - 4);
                String text = Files.readString(p, StandardCharsets.UTF_8);
                String ann = firstAnnotation.get(name);
                List<GoldAttribution> gold = ann == null ? List.of()
                        : parse(Files.readString(annDir.resolve(ann), StandardCharsets.UTF_8), text);
                articles.add(new CorpusArticle(name, text, gold));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return articles;
    }

    static List<GoldAttribution> parse(String ann, String text) {
        int codePoints = text.codePointCount(0, text.length());
        Map<String, List<int[]>> textBounds = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : ann.split("\n", -1)) {
            line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (line.isEmpty() || "TEARN#".indexOf(line.charAt(0)) < 0 || !line.matches("^[TEARN#]\\d*\\t.*")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (line.charAt(0) == 'T' && fields.length >= 2 && fields[1].contains(" ")) {
                String offsets = fields[1].substring(fields[1].indexOf(' ') + 1);
                List<int[]> spans = new ArrayList<>();
                try {
                    for (String part : offsets.split(";")) {
                        String[] se = part.trim().split("\\s+");
                        spans.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
                    }
                } catch (RuntimeException malformed) {
                    continue;
                }
                textBounds.put(fields[0], spans);
            } else if (line.charAt(0) == 'E' && fields.length >= 2) {
                events.add(fields[1].trim().split("\\s+"));
            }
        }
        List<GoldAttribution> out = new ArrayList<>();
        for (String[] args : events) {
            Map<String, List<int[]>> roles = new HashMap<>();
            List<int[]> trigger = List.of();
            for (int k = 0; k < args.length; k++) {
                int colon = args[k].indexOf(':');
                if (colon < 0 || !textBounds.containsKey(args[k].substring(colon + 1))) {
                    continue;
                }
                List<int[]> spans = textBounds.get(args[k].substring(colon + 1));
                String role = args[k].substring(0, colon).replaceAll("\\d+$", "").toLowerCase();
                if (k == 0) {
                    trigger = spans;
                } else if (role.equals("source") || role.equals("cue") || role.equals("content")) {
                    roles.computeIfAbsent(role, r -> new ArrayList<>()).addAll(spans);
                }
            }
            if (!roles.containsKey("cue") && !trigger.isEmpty()) {
                roles.put("cue", new ArrayList<>(trigger));
            }
            if (roles.isEmpty()) {
                continue;
            }
            out.add(new GoldAttribution(merge(roles.get("source"), text, codePoints),
                    merge(roles.get("cue"), text, codePoints), merge(roles.get("content"), text, codePoints)));
        }
        return out;
    }

    /** Clamps, sorts and merges touching spans (as eval.py does), then converts code points to String indices. */
    private static List<Span> merge(List<int[]> spans, String text, int codePoints) {
        if (spans == null) {
            return List.of();
        }
        List<int[]> sorted = new ArrayList<>();
        for (int[] s : spans) {
            sorted.add(new int[] {Math.max(0, Math.min(s[0], codePoints)), Math.max(0, Math.min(s[1], codePoints))});
        }
        sorted.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<Span> out = new ArrayList<>();
        int[] last = null;
        for (int[] s : sorted) {
            if (s[1] <= s[0]) {
                continue;
            }
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                last = s.clone();
                out.add(null);
            }
            out.set(out.size() - 1, new Span(text.offsetByCodePoints(0, last[0]), text.offsetByCodePoints(0, last[1])));
        }
        return List.copyOf(out);
    }
}
