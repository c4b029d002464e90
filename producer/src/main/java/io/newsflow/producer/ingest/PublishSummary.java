package io.newsflow.producer.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.newsflow.avro.InputFormat;
import io.newsflow.producer.parse.Rejection;

/**
 * Thread-safe counts of one ingest run, updated from send callbacks (producer I/O thread) and the
 * ingest loop: articles acknowledged and failed per input format, inputs rejected with their
 * reasons, and whether each rejection reached the rejected topic. Nothing is counted twice: an
 * article is either published or failed, once its callback has run.
 */
public final class PublishSummary {
    private final Map<InputFormat, AtomicLong> published = new ConcurrentHashMap<>();
    private final Map<InputFormat, AtomicLong> failed = new ConcurrentHashMap<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<Rejection> rejections = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong rejectionsRecorded = new AtomicLong();
    private final AtomicLong rejectionsFailed = new AtomicLong();

    void published(InputFormat format) {
        published.computeIfAbsent(format, f -> new AtomicLong()).incrementAndGet();
    }

    void failed(InputFormat format, String what, Exception cause) {
        failed.computeIfAbsent(format, f -> new AtomicLong()).incrementAndGet();
        failures.add(what + ": " + cause);
    }

    void rejected(Rejection rejection) {
        rejections.add(rejection);
    }

    void rejectionRecorded() {
        rejectionsRecorded.incrementAndGet();
    }

    void rejectionFailed(Rejection rejection, Exception cause) {
        rejectionsFailed.incrementAndGet();
        failures.add("rejection of " + rejection.location() + " not recorded: " + cause);
    }

    /** Articles acknowledged by the broker. */
    public long published() {
        return published.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** Articles and rejection records that failed to publish. */
    public long failed() {
        return failed.values().stream().mapToLong(AtomicLong::get).sum() + rejectionsFailed.get();
    }

    /** Inputs (or records) rejected by collection or parsing. */
    public List<Rejection> rejections() {
        synchronized (rejections) {
            return List.copyOf(rejections);
        }
    }

    /** Rejections written to the rejected topic. */
    public long rejectionsRecorded() {
        return rejectionsRecorded.get();
    }

    /** Published articles per input format. */
    public Map<InputFormat, Long> publishedByFormat() {
        Map<InputFormat, Long> out = new TreeMap<>();
        published.forEach((f, n) -> out.put(f, n.get()));
        return out;
    }

    /** Failed articles per input format. */
    public Map<InputFormat, Long> failedByFormat() {
        Map<InputFormat, Long> out = new TreeMap<>();
        failed.forEach((f, n) -> out.put(f, n.get()));
        return out;
    }

    /** Why each failed send failed. */
    public List<String> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    /** A multi-line human summary: totals, per format, every rejection with its reason, every failure. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        List<Rejection> rejected = rejections();
        sb.append(String.format("published: %d, rejected: %d (recorded on topic: %d), failed: %d%n",
                published(), rejected.size(), rejectionsRecorded(), failed()));
        publishedByFormat().forEach((f, n) -> sb.append(String.format("  published %-6s %d%n", f, n)));
        failedByFormat().forEach((f, n) -> sb.append(String.format("  failed    %-6s %d%n", f, n)));
        Map<String, Long> byReason = new TreeMap<>();
        Map<String, Long> byFormat = new TreeMap<>();
        rejected.forEach(r -> byReason.merge(r.code().name(), 1L, Long::sum));
        rejected.forEach(r -> byFormat.merge(r.format().name(), 1L, Long::sum));
        byFormat.forEach((format, n) -> sb.append(String.format("  rejected  %-6s %d%n", format, n)));
        byReason.forEach((code, n) -> sb.append(String.format("  rejected  %-16s %d%n", code, n)));
        rejected.forEach(r -> sb.append("  rejected: ").append(r).append(System.lineSeparator()));
        failures().forEach(f -> sb.append("  FAILED: ").append(f).append(System.lineSeparator()));
        return sb.toString();
    }
}
