package io.newsflow.producer.parse;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.newsflow.producer.samples.SampleArticles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the {@link ArticleParser} on the bundled sample articles, one thread, in
 * documents per second: every sample in turn (plain text, JSON, NDJSON, HTML, RSS, Atom), and the
 * plain-text ones alone (the hard case, and most of what is ingested), and a Russian story (a script whose every
 * letter Java's ASCII {@code \W} took for punctuation, once ten times the cost of an English one). Run:
 * {@code bench/jmh} (docs/benchmark.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ArticleParserBenchmark {

    private ArticleParser parser;
    private List<InputDocument> all;
    private List<InputDocument> plainText;
    private InputDocument cyrillic;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        parser = new ArticleParser();
        all = SampleArticles.documents(Instant.parse("2025-03-04T10:00:00Z"));
        plainText = all.stream().filter(d -> d.origin().endsWith(".txt")).toList();
        try (InputStream in = ArticleParserBenchmark.class.getResourceAsStream("/bench/cyrillic-story.txt")) {
            cyrillic = new InputDocument(in.readAllBytes(), "cyrillic-story.txt", "text/plain", Instant.parse("2026-12-04T12:00:00Z"));
        }
    }

    /** Every bundled sample in turn. */
    @Benchmark
    public List<ParseOutcome> parseSample() {
        next = (next + 1) % all.size();
        return parser.parse(all.get(next));
    }

    /** The plain-text samples alone. */
    @Benchmark
    public List<ParseOutcome> parsePlainText() {
        next = (next + 1) % plainText.size();
        return parser.parse(plainText.get(next));
    }

    /** A ~6 KB Russian story in plain text. */
    @Benchmark
    public List<ParseOutcome> parseCyrillicPlainText() {
        return parser.parse(cyrillic);
    }
}
