package io.newsflow.app.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;

import io.newsflow.producer.parse.InputDocument;

/**
 * Seeded random and malformed producer inputs: random text in many scripts, truncated and invalid
 * JSON/NDJSON, HTML and RSS/Atom fragments, binary junk, huge lines, empty and whitespace-only
 * input, and plausible articles with random structure. The same seed gives the same inputs, so a
 * failure is reproduced by rerunning with the printed seed.
 */
public final class FuzzInputs {
    private static final String[] EXTENSIONS = {".txt", ".json", ".ndjson", ".html", ".xml", ".rss", ".atom", "", ".md"};
    private static final String[] CONTENT_TYPES = {null, null, null, "text/plain", "application/json", "text/html",
        "application/rss+xml", "application/x-ndjson", "application/octet-stream"};

    private final Random random;
    private final long maxHugeChars;
    private final FuzzStrings strings;
    private final FuzzDocuments documents;

    /**
     * @param seed         fixes every input
     * @param maxHugeChars the longest "huge line" made
     */
    public FuzzInputs(long seed, long maxHugeChars) {
        this.random = new Random(seed);
        this.maxHugeChars = maxHugeChars;
        this.strings = new FuzzStrings(random);
        this.documents = new FuzzDocuments(strings);
    }

    /** The next input, of a randomly chosen kind. */
    public InputDocument next(int n) {
        String origin = "fuzz-" + n + EXTENSIONS[random.nextInt(EXTENSIONS.length)];
        String contentType = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
        byte[] content = switch (random.nextInt(12)) {
            case 0 -> strings.text(random.nextInt(400)).getBytes(StandardCharsets.UTF_8);
            case 1 -> strings.truncate(documents.json());
            case 2 -> documents.invalidJson().getBytes(StandardCharsets.UTF_8);
            case 3 -> documents.ndjson().getBytes(StandardCharsets.UTF_8);
            case 4 -> strings.truncate(documents.html());
            case 5 -> strings.truncate(documents.feed());
            case 6 -> strings.bytes(random.nextInt(3000));
            case 7 -> random.nextInt(20) == 0 ? huge() : strings.text(1000 + random.nextInt(8000)).getBytes(StandardCharsets.UTF_8);
            case 8 -> new String[] {"", " ", "\n\n\n", "\uFEFF", "\uFEFF  \n", "\t"}[random.nextInt(6)].getBytes(StandardCharsets.UTF_8);
            case 9 -> documents.article().getBytes(StandardCharsets.UTF_8);
            case 10 -> mixed().getBytes(StandardCharsets.UTF_8);
            default -> nested().getBytes(StandardCharsets.UTF_8);
        };
        return new InputDocument(content, origin, contentType, Instant.now());
    }

    private byte[] huge() {
        int chars = (int) (maxHugeChars / 4 + random.nextInt((int) Math.max(1, maxHugeChars * 3 / 4)));
        String unit = random.nextBoolean() ? "word " : "x";
        return unit.repeat(chars / unit.length()).getBytes(StandardCharsets.UTF_8);
    }

    private String mixed() {
        return switch (random.nextInt(3)) {
            case 0 -> "{\"body\":\"" + documents.html().replace("\"", "'") + "\"}";
            case 1 -> "<html><body><p>" + documents.json() + "</p></body></html>";
            default -> documents.article() + "\n" + documents.feed();
        };
    }

    private String nested() {
        int depth = 100 + random.nextInt(5000);
        return switch (random.nextInt(3)) {
            case 0 -> "[".repeat(depth) + "]".repeat(random.nextInt(depth));
            case 1 -> "{\"body\":".repeat(depth) + "\"x\"" + "}".repeat(depth);
            default -> "<div>".repeat(depth) + strings.words(5) + "</div>".repeat(random.nextInt(depth));
        };
    }
}
