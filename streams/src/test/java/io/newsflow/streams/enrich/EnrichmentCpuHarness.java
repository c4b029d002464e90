package io.newsflow.streams.enrich;

import io.newsflow.avro.Article;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.LongSupplier;

/**
 * Tools for speed work on enrichment (a main, not a test: no timing is asserted anywhere).
 * {@code cpu SECONDS ROUNDS}: articles per second of the benchmark's articles on the calling
 * thread's CPU time ({@link ThreadMXBean#getCurrentThreadCpuTime}), which other processes on a
 * shared machine inflate far less than wall-clock time; each round runs for SECONDS of CPU after
 * five warm-up rounds. {@code dump FILE}: the full enrichment (JSON, document terms in iteration
 * order, entity mentions) of the benchmark and corpus articles, twice over a learning frequency
 * store: a speed change must leave this file identical. {@code ab ROUNDS DIR...}: builds compared
 * in one JVM, each {@code DIR} a copy of {@code target/classes} loaded by its own class loader,
 * in alternating 0.3-CPU-second rounds: on this 2-vCPU machine the speed of the same code moves by
 * ±30 % from minute to minute (whatever runs on the other vCPU), so only interleaved pairs compare
 * builds; it prints each build's median rate and its geometric-mean ratio to the first.
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
        } else if (args.length >= 3 && args[0].equals("ab")) {
            ab(Integer.parseInt(args[1]), Arrays.asList(args).subList(2, args.length));
        } else {
            throw new IllegalArgumentException("usage: cpu SECONDS ROUNDS | dump FILE | ab ROUNDS DIR..., got "
                    + Arrays.toString(args));
        }
    }

    /** The work of one round, in the build its class loader loaded. */
    public static final class Driver implements LongSupplier {
        private final Enricher enricher = new Enricher();
        private final InMemoryDocumentFrequencies frequencies = new InMemoryDocumentFrequencies();
        static final int ARTICLES = 16;
        private final List<Article> articles = BenchmarkArticles.build(ARTICLES);

        public Driver() {
            for (Article a : articles) {
                frequencies.addDocument(enricher.enrich(a, frequencies).documentTerms());
            }
        }

        @Override
        public long getAsLong() {
            long words = 0;
            for (Article a : articles) {
                words += enricher.enrich(a, frequencies).wordCount();
            }
            return words;
        }
    }

    private static void ab(int rounds, List<String> builds) throws IOException {
        List<URL> shared = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!Path.of(entry).toAbsolutePath().normalize().endsWith(Path.of("target", "classes"))) {
                shared.add(Path.of(entry).toUri().toURL());
            }
        }
        List<LongSupplier> drivers = new ArrayList<>();
        for (String build : builds) {
            List<URL> urls = new ArrayList<>(List.of(Path.of(build).toUri().toURL()));
            urls.addAll(shared);
            ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            try {
                drivers.add((LongSupplier) loader.loadClass(Driver.class.getName()).getConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot load the benchmark driver from " + build, e);
            }
        }
        double[][] rates = new double[drivers.size()][rounds];
        for (int r = -8; r < rounds; r++) {
            for (int b = 0; b < drivers.size(); b++) {
                double rate = rate(drivers.get(b), 300_000_000L);
                if (r >= 0) {
                    rates[b][r] = rate;
                }
            }
        }
        for (int b = 0; b < drivers.size(); b++) {
            double logRatio = 0;
            for (int r = 0; r < rounds; r++) {
                logRatio += Math.log(rates[b][r] / rates[0][r]);
            }
            double[] sorted = rates[b].clone();
            Arrays.sort(sorted);
            System.out.printf("%s: median %.0f articles per CPU second, %.3f x the first (%d)%n",
                    builds.get(b), sorted[rounds / 2], Math.exp(logRatio / rounds), sink % 2);
        }
    }

    private static void cpu(double seconds, int rounds) {
        Driver driver = new Driver();
        double[] rates = new double[rounds];
        for (int r = -5; r < rounds; r++) {
            double rate = rate(driver, (long) (seconds * 1e9));
            if (r >= 0) {
                rates[r] = rate;
            }
        }
        Arrays.sort(rates);
        System.out.printf("articles per CPU second: max %.0f, median %.0f, min %.0f (%d)%n",
                rates[rounds - 1], rates[rounds / 2], rates[0], sink % 2);
    }

    /** Results are summed here and printed, so the JIT cannot drop the work. */
    private static long sink;

    /** Articles per CPU second of the calling thread, running the driver for {@code cpuNanos}. */
    private static double rate(LongSupplier driver, long cpuNanos) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        long done = 0;
        while (threads.getCurrentThreadCpuTime() - start < cpuNanos) {
            sink += driver.getAsLong();
            done += Driver.ARTICLES;
        }
        return done / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
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
