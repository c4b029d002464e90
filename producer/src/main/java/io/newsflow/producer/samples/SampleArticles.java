package io.newsflow.producer.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.newsflow.producer.parse.InputDocument;

/**
 * The sample articles bundled in the jar ({@code samples/} on the classpath) that {@code newsflow dev}
 * ingests by default: mixed formats, with one exact-duplicate pair and one near-duplicate
 * republication pair so deduplication has something to find. The list lives in
 * {@code samples/index.txt} because a jar cannot be listed portably.
 */
public final class SampleArticles {
    private static final String ROOT = "/samples/";

    private SampleArticles() {
    }

    /** The sample file names, in ingest order. */
    public static List<String> names() {
        try (InputStream in = open("index.txt")) {
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled sample index", e);
        }
    }

    /** The raw bytes of one sample. */
    public static byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled sample " + name, e);
        }
    }

    /** Every sample as an input document with origin {@code sample:NAME}. */
    public static List<InputDocument> documents(Instant ingestedAt) {
        return names().stream().map(n -> new InputDocument(bytes(n), "sample:" + n, null, ingestedAt)).toList();
    }

    private static InputStream open(String name) {
        InputStream in = SampleArticles.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IllegalStateException("bundled sample missing from the classpath: " + ROOT + name);
        }
        return in;
    }
}
