package io.newsflow.streams.dedup.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One article of the test corpus under {@code dedup-corpus/}, or a variant derived from one.
 *
 * @param name file name (plus the variant's suffix)
 * @param title headline
 * @param source outlet
 * @param event event id: articles sharing it report the same event in different words
 * @param blocks body paragraphs and headings, in order
 */
public record CorpusArticle(String name, String title, String source, String event, List<String> blocks) {

    public CorpusArticle {
        blocks = List.copyOf(blocks);
    }

    public CorpusArticle with(String suffix, String newTitle, String newSource, List<String> newBlocks) {
        return new CorpusArticle(name + suffix, newTitle, newSource, event, newBlocks);
    }

    /** Loads every corpus article from the test classpath, sorted by name. */
    public static List<CorpusArticle> loadAll() {
        try {
            Path dir = Path.of(CorpusArticle.class.getResource("/dedup-corpus").toURI());
            try (Stream<Path> files = Files.list(dir)) {
                List<CorpusArticle> out = new ArrayList<>();
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    out.add(parse(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
                }
                return out;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads one corpus article by file name. */
    public static CorpusArticle load(String name) {
        return loadAll().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no corpus article " + name));
    }

    static CorpusArticle parse(String name, String text) {
        String[] parts = text.split("\n---\n", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException(name + ": no '---' line between header and body");
        }
        String title = header(name, parts[0], "title");
        List<String> blocks = new ArrayList<>();
        for (String block : parts[1].split("\n\\s*\n")) {
            if (!block.isBlank()) {
                blocks.add(block.strip().replace('\n', ' '));
            }
        }
        return new CorpusArticle(name, title, header(name, parts[0], "source"), header(name, parts[0], "event"), blocks);
    }

    private static String header(String name, String head, String key) {
        for (String line : head.split("\n")) {
            if (line.startsWith(key + ":")) {
                return line.substring(key.length() + 1).strip();
            }
        }
        throw new IllegalArgumentException(name + ": missing header '" + key + ":'");
    }

    @Override
    public String toString() {
        return name;
    }

    int wordCount() {
        return blocks.stream().mapToInt(b -> b.split("\\s+").length).sum();
    }
}
