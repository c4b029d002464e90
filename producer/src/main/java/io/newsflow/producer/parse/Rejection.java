package io.newsflow.producer.parse;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

import io.newsflow.avro.InputFormat;
import io.newsflow.avro.RejectedInput;
import io.newsflow.avro.RejectionReason;

/**
 * Why an input (or one record of it) was refused, with enough of the raw input to find and fix it.
 * The raw input is bounded to {@link #MAX_RAW_CHARS} characters so a 10 MB file never becomes a
 * 10 MB Kafka record.
 *
 * @param origin     the file path, {@code stdin} or {@code http}
 * @param line       1-based line (NDJSON) or item (feeds), or null for the whole input
 * @param code       the kind of failure
 * @param reason     a readable explanation naming what is wrong
 * @param rawInput   the start of the raw input, or null when it could not be read
 * @param rawSize    the full size in bytes, or -1 when unknown
 * @param format     the detected format, {@code UNKNOWN} when detection did not happen
 * @param rejectedAt when the rejection was decided
 */
public record Rejection(String origin, Integer line, RejectionReason code, String reason,
                        String rawInput, long rawSize, InputFormat format, Instant rejectedAt) {

    /** How many characters of raw input a rejection keeps. */
    public static final int MAX_RAW_CHARS = 4096;

    public Rejection {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(rejectedAt, "rejectedAt");
    }

    /** A rejection of raw bytes: decodes them leniently and keeps only the bounded start. */
    public static Rejection ofBytes(String origin, Integer line, RejectionReason code, String reason,
                                    byte[] raw, InputFormat format, Instant at) {
        String text = raw == null ? null
                : new String(raw, 0, Math.min(raw.length, MAX_RAW_CHARS * 4), StandardCharsets.UTF_8);
        return new Rejection(origin, line, code, reason, text, raw == null ? -1 : raw.length, format, at);
    }

    /** A rejection of a text record (one NDJSON line, one feed item). */
    public static Rejection ofText(String origin, Integer line, RejectionReason code, String reason,
                                   String raw, InputFormat format, Instant at) {
        long size = raw == null ? -1 : raw.getBytes(StandardCharsets.UTF_8).length;
        return new Rejection(origin, line, code, reason, raw, size, format, at);
    }

    /** Where the problem is, as {@code origin} or {@code origin:line}. */
    public String location() {
        return line == null ? origin : origin + ":" + line;
    }

    /** The Avro event for the {@code articles.rejected} topic. */
    public RejectedInput toAvro() {
        String bounded = rawInput == null || rawInput.length() <= MAX_RAW_CHARS
                ? rawInput : rawInput.substring(0, MAX_RAW_CHARS);
        boolean truncated = rawInput != null && (rawInput.length() > MAX_RAW_CHARS
                || (rawSize >= 0 && bounded.getBytes(StandardCharsets.UTF_8).length < rawSize));
        return RejectedInput.newBuilder()
                .setOrigin(origin)
                .setLine(line)
                .setReasonCode(code)
                .setReason(reason)
                .setRawInput(bounded)
                .setRawInputSize(rawSize)
                .setRawInputTruncated(truncated)
                .setFormat(format)
                .setRejectedAt(rejectedAt)
                .build();
    }

    @Override
    public String toString() {
        return location() + ": " + code + ": " + reason;
    }
}
