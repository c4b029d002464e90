package io.newsflow.streams.aggregate.stream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.newsflow.avro.TrendSketch;
import io.newsflow.avro.TrendTerms;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * A rough cost measurement of one trend-window update on one thread (not a test, and not a JMH
 * benchmark: run it by hand, see docs/aggregations.md): read a full 200-counter summary from Avro
 * bytes, add one article's ten terms, write it back, as the windowed aggregation does for each of
 * a record's windows. Prints nanoseconds per update and the serialized size.
 */
public final class TrendSketchCostMain {

    private TrendSketchCostMain() {
    }

    public static void main(String[] args) throws IOException {
        TrendSketch sketch = StatsMapping.emptySketch();
        for (int i = 0; i < 400; i++) {
            sketch = StatsMapping.addTerms(sketch, new TrendTerms(List.of("keyword-" + i, "common-" + (i % 7))));
        }
        SpecificDatumWriter<TrendSketch> writer = new SpecificDatumWriter<>(TrendSketch.class);
        SpecificDatumReader<TrendSketch> reader = new SpecificDatumReader<>(TrendSketch.class);
        byte[] bytes = write(writer, sketch);
        System.out.printf("summary: %d counters, %d bytes%n", sketch.getCounters().size(), bytes.length);
        List<TrendTerms> articles = new ArrayList<>();
        for (int a = 0; a < 1_000; a++) {
            List<String> terms = new ArrayList<>();
            for (int t = 0; t < 10; t++) {
                terms.add(t < 3 ? "common-" + (a + t) % 7 : "new-" + a + "-" + t);
            }
            articles.add(new TrendTerms(terms));
        }
        for (int round = 0; round < 5; round++) {
            int n = 20_000;
            long sink = 0;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                TrendSketch read = reader.read(null, DecoderFactory.get().binaryDecoder(bytes, null));
                TrendSketch updated = StatsMapping.addTerms(read, articles.get(i % articles.size()));
                sink += write(writer, updated).length;
            }
            long perUpdate = (System.nanoTime() - start) / n;
            TrendSketch full = reader.read(null, DecoderFactory.get().binaryDecoder(bytes, null));
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += reader.read(null, DecoderFactory.get().binaryDecoder(bytes, null)).getCounters().size();
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += StatsMapping.addTerms(full, articles.get(i % articles.size())).getCounters().size();
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += write(writer, full).length;
            }
            long t3 = System.nanoTime();
            System.out.printf("read %,d ns, add %,d ns, write %,d ns%n", (t1 - t0) / n, (t2 - t1) / n, (t3 - t2) / n);
            System.out.printf("read + add 10 terms + write: %,d ns/update; x52 (4 kinds x 13 windows) = %,d us/article (%d)%n",
                perUpdate, perUpdate * 52 / 1_000, sink % 10);
        }
    }

    private static byte[] write(SpecificDatumWriter<TrendSketch> writer, TrendSketch sketch) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        writer.write(sketch, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
