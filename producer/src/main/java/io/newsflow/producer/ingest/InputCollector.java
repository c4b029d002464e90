package io.newsflow.producer.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.newsflow.avro.RejectionReason;
import io.newsflow.producer.parse.ArticleParser;
import io.newsflow.producer.parse.FormatDetector;
import io.newsflow.producer.parse.InputDecoder;
import io.newsflow.producer.parse.InputDocument;
import io.newsflow.producer.parse.Rejection;

/**
 * Reads inputs from files, directories (recursively, in name order, skipping hidden files) and
 * stdin ({@code -}). Every problem becomes a {@link Rejection} naming the input and the reason:
 * a missing or unreadable file, a file over the size limit, an empty, binary or non-UTF-8 file.
 * Nothing here throws for bad input, so one bad file never stops a run.
 */
public final class InputCollector {
    /** The path argument that means standard input. */
    public static final String STDIN = "-";
    private final long maxBytes;
    private final Clock clock;
    private final InputStream stdin;

    /**
     * @param maxBytes largest accepted input in bytes
     * @param clock    gives ingest and rejection times
     * @param stdin    what {@code -} reads
     */
    public InputCollector(long maxBytes, Clock clock, InputStream stdin) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("invalid maximum input size: " + maxBytes + " (expected a positive number of bytes)");
        }
        this.maxBytes = maxBytes;
        this.clock = clock;
        this.stdin = stdin;
    }

    /** Expands the arguments into the files they name (directories recursively), keeping {@code -} and missing paths as given. */
    public List<String> expand(List<String> arguments) {
        List<String> out = new ArrayList<>();
        for (String arg : arguments) {
            Path path = Path.of(arg);
            if (!arg.equals(STDIN) && Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> !isHidden(path, p)).sorted()
                            .forEach(p -> out.add(p.toString()));
                } catch (IOException | java.io.UncheckedIOException e) {
                    out.add(arg);
                }
            } else {
                out.add(arg);
            }
        }
        return out;
    }

    /** Reads every input, handing documents and rejections to the consumers, in order. */
    public void collect(List<String> arguments, Consumer<InputDocument> documents, Consumer<Rejection> rejections) {
        for (String input : expand(arguments)) {
            read(input, documents, rejections);
        }
    }

    /** Reads one file (or {@code -}). */
    public void read(String input, Consumer<InputDocument> documents, Consumer<Rejection> rejections) {
        byte[] bytes;
        String origin = input.equals(STDIN) ? "stdin" : input;
        try {
            if (input.equals(STDIN)) {
                bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            } else {
                Path path = Path.of(input);
                if (!Files.exists(path)) {
                    rejections.accept(reject(origin, RejectionReason.UNREADABLE, "no such file", null));
                    return;
                }
                if (Files.isDirectory(path) || !Files.isReadable(path)) {
                    rejections.accept(reject(origin, RejectionReason.UNREADABLE,
                            Files.isDirectory(path) ? "directory could not be listed" : "file is not readable (permission denied)", null));
                    return;
                }
                long size = Files.size(path);
                if (size > maxBytes) {
                    rejections.accept(tooLarge(origin, size, readStart(path)));
                    return;
                }
                bytes = Files.readAllBytes(path);
            }
        } catch (IOException | RuntimeException e) {
            rejections.accept(reject(origin, RejectionReason.UNREADABLE, "could not read: " + e, null));
            return;
        }
        if (bytes.length > maxBytes) {
            rejections.accept(tooLarge(origin, bytes.length, bytes));
            return;
        }
        InputDocument doc = new InputDocument(bytes, origin, null, clock.instant());
        InputDecoder.Decoded decoded = ArticleParser.readsBytes(doc) ? null : InputDecoder.decode(bytes); // (a PDF, a gzipped WARC)
        if (decoded != null && !decoded.ok()) {
            rejections.accept(Rejection.ofBytes(origin, null, decoded.failure(), decoded.reason(), bytes, FormatDetector.guessFromName(origin), clock.instant()));
            return;
        }
        documents.accept(doc);
    }

    private Rejection tooLarge(String origin, long size, byte[] start) {
        Rejection r = Rejection.ofBytes(origin, null, RejectionReason.TOO_LARGE,
                "input is " + size + " bytes, over the limit of " + maxBytes + " bytes", start, FormatDetector.guessFromName(origin), clock.instant());
        return new Rejection(r.origin(), null, r.code(), r.reason(), r.rawInput(), size, r.format(), r.rejectedAt());
    }

    private Rejection reject(String origin, RejectionReason code, String reason, byte[] raw) {
        return Rejection.ofBytes(origin, null, code, reason, raw, FormatDetector.guessFromName(origin), clock.instant());
    }

    private static byte[] readStart(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(Rejection.MAX_RAW_CHARS);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
