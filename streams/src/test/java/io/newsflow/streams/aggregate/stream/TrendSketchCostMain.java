package io.newsflow.streams.aggregate.stream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import io.newsflow.avro.SourceCounts;
import io.newsflow.avro.TrendTerms;
import io.newsflow.streams.aggregate.SpaceSaving;
import io.newsflow.streams.aggregate.SpaceSavingCodec;
import io.newsflow.streams.aggregate.WindowSpec;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * A rough cost measurement of the statistics stage's per-article state work on one thread (not a
 * test, and not a JMH benchmark: run it by hand, see docs/aggregations.md). Kafka Streams' record
 * cache holds bytes, so each aggregate update decodes and re-encodes its value:
 * <ul>
 *   <li>trend update: add one article's ten terms to a full 200-counter summary in its encoded
 *       form; an article makes 8 (4 kinds x the 1-minute window and the 5-minute pane);</li>
 *   <li>per-source update: read and write the Avro SourceCounts; an article makes 13 (1 + 12 windows);</li>
 *   <li>one-hour window merge: twelve full panes into one summary, done per changed window every
 *       few seconds and per closed window, not per article.</li>
 * </ul>
 */
public final class TrendSketchCostMain {
    private static final int KINDS = 4;

    private TrendSketchCostMain() {
    }

    public static void main(String[] args) throws IOException {
        SpaceSaving sketch = fullSummary("keyword-");
        byte[] bytes = SpaceSavingCodec.encode(sketch);
        System.out.printf("decoded update: %,d ns%n", decodedUpdate(bytes));
        System.out.printf("summary: %d counters, %d bytes%n", sketch.size(), bytes.length);
        List<TrendTerms> articles = new ArrayList<>();
        for (int a = 0; a < 1_000; a++) {
            List<String> terms = new ArrayList<>();
            for (int t = 0; t < 10; t++) {
                terms.add(t < 3 ? "common-" + (a + t) % 7 : "new-" + a + "-" + t);
            }
            articles.add(new TrendTerms(terms));
        }
        NavigableMap<Long, SpaceSaving> panes = new TreeMap<>();
        for (int p = 0; p < 12; p++) {
            panes.put(p * 300_000L, fullSummary("pane-" + p + "-"));
        }
        SpecificDatumWriter<SourceCounts> countsWriter = new SpecificDatumWriter<>(SourceCounts.class);
        SpecificDatumReader<SourceCounts> countsReader = new SpecificDatumReader<>(SourceCounts.class);
        byte[] countBytes = write(countsWriter, new SourceCounts(120L, 100L, 20L, 50_000L));
        for (int round = 0; round < 5; round++) {
            int n = 20_000;
            long sink = 0;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += StatsMapping.addTerms(bytes, articles.get(i % articles.size())).length;
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                SourceCounts c = countsReader.read(null, DecoderFactory.get().binaryDecoder(countBytes, null));
                sink += write(countsWriter, StatsMapping.add(c, new SourceCounts(1L, 1L, 0L, 300L))).length;
            }
            long t2 = System.nanoTime();
            int merges = 500;
            for (int i = 0; i < merges; i++) {
                sink += StatsMapping.mergePanes(WindowSpec.ONE_HOUR, panes, 0).size();
            }
            long t3 = System.nanoTime();
            long trend = (t1 - t0) / n;
            long source = (t2 - t1) / n;
            long merge = (t3 - t2) / merges;
            System.out.printf("trend update %,d ns x %d = %,d ns; source update %,d ns x 13 = %,d ns; per article %,d ns;"
                    + " hour merge %,d ns (x %d kinds x 12 windows every %d s) (%d)%n",
                trend, 2 * KINDS, trend * 2 * KINDS, source, source * 13, trend * 2 * KINDS + source * 13,
                merge, KINDS, PaneMergeEmitter.UPDATE_INTERVAL.toSeconds(), sink % 10);
        }
    }

    private static SpaceSaving fullSummary(String prefix) {
        SpaceSaving sketch = new SpaceSaving(StatsMapping.SKETCH_CAPACITY);
        for (int i = 0; i < 400; i++) {
            sketch.add(prefix + i);
            sketch.add("common-" + (i % 7));
        }
        return sketch;
    }

    /** The alternative: decode the summary into a SpaceSaving, add ten terms, encode it (ns per update). */
    private static long decodedUpdate(byte[] bytes) {
        String[] terms = new String[50];
        Arrays.setAll(terms, t -> "term-" + t);
        long sink = 0;
        long start = 0;
        for (int i = -20_000; i < 20_000; i++) {
            if (i == 0) {
                start = System.nanoTime();
            }
            SpaceSaving s = SpaceSavingCodec.decode(bytes);
            for (int t = 0; t < 10; t++) {
                s.add(terms[Math.floorMod(i + t, 50)]);
            }
            sink += SpaceSavingCodec.encode(s).length;
        }
        return (System.nanoTime() - start) / 20_000 + sink % 2;
    }

    private static byte[] write(SpecificDatumWriter<SourceCounts> writer, SourceCounts counts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        writer.write(counts, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
