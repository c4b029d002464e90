package io.newsflow.streams.enrich;

import io.newsflow.avro.Article;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Two tools for speed work on enrichment (a main, not a test: no timing is asserted anywhere).
 * {@code cpu SECONDS ROUNDS}: articles per second of the benchmark's articles on the calling
 * thread's CPU time ({@link ThreadMXBean#getCurrentThreadCpuTime}), which other processes on a
 * shared machine inflate far less than wall-clock time; each round runs for SECONDS of CPU after
 * five warm-up rounds. {@code dump FILE}: the full enrichment (JSON, document terms in iteration
 * order, entity mentions) of the benchmark and corpus articles, twice over a learning frequency
 * store: a speed change must leave this file byte-identical.
 *
 * <p>Run from {@code streams/} after {@code test-compile}, with the test classpath of
 * {@code dependency:build-classpath -Dmdep.includeScope=test}:
 * {@code java -cp target/classes:target/test-classes:$CP io.newsflow.streams.enrich.EnrichmentCpuHarness cpu 2 8}.
 */
public final class EnrichmentCpuHarness {

    private EnrichmentCpuHarness() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("cpu")) {
            cpu(Double.parseDouble(args[1]), Integer.parseInt(args[2]));
        } else if (args.length == 2 && args[0].equals("dump")) {
            dump(Path.of(args[1]));
        } else {
            throw new IllegalArgumentException("usage: cpu SECONDS ROUNDS | dump FILE, got " + Arrays.toString(args));
        }
    }

    private static void cpu(double seconds, int rounds) {
        Enricher enricher = new Enricher();
        InMemoryDocumentFrequencies frequencies = new InMemoryDocumentFrequencies();
        List<Article> articles = BenchmarkArticles.build(16);
        for (Article a : articles) {
            frequencies.addDocument(enricher.enrich(a, frequencies).documentTerms());
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] rates = new double[rounds];
        int next = 0;
        int sink = 0;
        for (int r = -5; r < rounds; r++) {
            long start = threads.getCurrentThreadCpuTime();
            long articlesDone = 0;
            while (threads.getCurrentThreadCpuTime() - start < seconds * 1e9) {
                for (int k = 0; k < articles.size(); k++) {
                    next = (next + 1) % articles.size();
                    sink += enricher.enrich(articles.get(next), frequencies).wordCount();
                }
                articlesDone += articles.size();
            }
            if (r >= 0) {
                rates[r] = articlesDone / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
            }
        }
        Arrays.sort(rates);
        System.out.printf("articles per CPU second: max %.0f, median %.0f, min %.0f (%d)%n",
                rates[rounds - 1], rates[rounds / 2], rates[0], sink % 2);
    }

    private static void dump(Path file) throws IOException {
        Enricher enricher = new Enricher();
        EntityExtractor extractor = new EntityExtractor();
        List<Article> all = new ArrayList<>(BenchmarkArticles.build(16));
        CorpusArticle.all().forEach(c -> all.add(c.article()));
        InMemoryDocumentFrequencies frequencies = new InMemoryDocumentFrequencies();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            for (int round = 0; round < 2; round++) {
                for (Article a : all) {
                    Enrichment e = enricher.enrich(a, frequencies);
                    out.println(a.getArticleId() + " " + EnrichmentJson.toJson(e));
                    out.println("terms " + new TreeSet<>(e.documentTerms()) + " order " + e.documentTerms());
                    out.println("mentions " + extractor.extract(ArticleText.of(a), e.language(),
                            a.getAuthors() == null ? List.of() : a.getAuthors(), a.getSource()).mentions());
                    frequencies.addDocument(e.documentTerms());
                }
            }
        }
    }
}
