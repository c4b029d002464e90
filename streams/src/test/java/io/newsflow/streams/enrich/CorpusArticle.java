package io.newsflow.streams.enrich;

import io.newsflow.avro.Article;
import io.newsflow.avro.BlockKind;
import io.newsflow.avro.BodyBlock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * One labelled article of {@code enrichment-corpus/} (the set the rules were written on) or
 * {@code enrichment-heldout/} (written afterwards to measure unseen text): the Avro article and
 * its gold labels.
 */
record CorpusArticle(String file, Article article, String language, Map<EntityType, Set<String>> gold) {

    static final List<String> FILES = List.of("01-harbour-strike-hamburg.txt", "02-chip-subsidies.txt",
            "03-central-bank.txt", "04-wildfire-greece.txt", "05-football-transfer.txt", "06-tech-layoffs.txt",
            "07-election-poland.txt", "08-climate-summit.txt", "09-airline-strike.txt", "10-health-vaccine.txt",
            "11-mining-chile.txt", "12-space-launch.txt", "13-canada-housing.txt", "14-india-monsoon.txt",
            "15-de-bahnstreik.txt", "16-de-energiepreise.txt", "17-fr-agriculture.txt", "18-fr-tech.txt",
            "19-es-turismo.txt", "20-nl-dijken.txt");
    /** The corpus the rules were tuned on. */
    static List<CorpusArticle> all() {
        return load("enrichment-corpus", FILES);
    }

    /**
     * The held-out articles {@code h<first>} to {@code h<last>} of {@code enrichment-heldout/}
     * ("h62-en-red-sea-reroute.txt", ...), in number order: articles written after the rules they
     * measure. Each number must have its file.
     */
    static List<CorpusArticle> heldOut(int first, int last) {
        List<String> names = heldOutFiles();
        List<String> files = new ArrayList<>();
        for (int n = first; n <= last; n++) {
            String prefix = String.format("h%02d-", n);
            files.add(names.stream().filter(f -> f.startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no held-out article " + prefix + "*.txt")));
        }
        return load("enrichment-heldout", files);
    }

    private static List<String> heldOutFiles() {
        try (Stream<Path> files = Files.list(Path.of(CorpusArticle.class.getResource("/enrichment-heldout").toURI()))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<CorpusArticle> load(String directory, List<String> files) {
        List<CorpusArticle> all = new ArrayList<>();
        for (String file : files) {
            all.add(load(directory, file));
        }
        return all;
    }

    static CorpusArticle load(String directory, String file) {
        String text;
        try (InputStream in = CorpusArticle.class.getResourceAsStream("/" + directory + "/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("corpus file not found: " + file);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int split = text.indexOf("\n---\n");
        if (split < 0) {
            throw new IllegalArgumentException(file + ": no '---' line between header and body");
        }
        Map<String, String> header = new HashMap<>();
        for (String line : text.substring(0, split).split("\n")) {
            int colon = line.indexOf(':');
            header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        List<BodyBlock> body = new ArrayList<>();
        for (String block : text.substring(split + 5).split("\n\\s*\n")) {
            String b = block.strip();
            if (b.startsWith("## ")) {
                body.add(new BodyBlock(BlockKind.HEADING, b.substring(3)));
            } else if (!b.isEmpty()) {
                body.add(new BodyBlock(BlockKind.PARAGRAPH, b.replace('\n', ' ')));
            }
        }
        Article article = Article.newBuilder().setArticleId(file).setTitle(header.get("title"))
                .setLead(header.get("lead")).setBody(body).setAuthors(split(header.get("authors")))
                .setSource(header.get("source")).setEditorsNote(header.get("note"))
                .setIngestedAt(java.time.Instant.EPOCH).build();
        Map<EntityType, Set<String>> gold = Map.of(
                EntityType.PERSON, new TreeSet<>(split(header.get("persons"))),
                EntityType.LOCATION, new TreeSet<>(split(header.get("locations"))),
                EntityType.ORGANIZATION, new TreeSet<>(split(header.get("organizations"))));
        return new CorpusArticle(file, article, header.get("language"), gold);
    }

    private static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String s : value.split("\\|")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }
}
