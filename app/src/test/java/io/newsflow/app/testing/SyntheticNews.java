package io.newsflow.app.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.producer.parse.InputDocument;

/**
 * Seeded NDJSON news for fault tests: distinct articles of invented prose (about 150 words, so
 * no two are near-duplicates), plus exact copies (the same body under another URL and title),
 * which the dedup stage must report. One input document per batch, as {@code newsflow produce}
 * reads an NDJSON file.
 */
public final class SyntheticNews {
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ran", "te", "vo", "su", "dar", "el", "qui", "nor", "pa",
        "zi", "bet", "ou", "gra", "fen", "ti", "mok", "ual"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Random random;
    private final List<String> bodies = new ArrayList<>();
    private int next;

    /** @param seed fixes every article and copy */
    public SyntheticNews(long seed) {
        this.random = new Random(seed);
    }

    /**
     * One NDJSON document of {@code distinct} new articles and {@code copies} exact copies of
     * articles made so far (this batch's or earlier ones).
     */
    public InputDocument batch(String origin, int distinct, int copies, Instant ingestedAt) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < distinct; i++) {
            String body = body();
            bodies.add(body);
            lines.add(line(next++, "Story " + next + " " + word(), body));
        }
        for (int i = 0; i < copies; i++) {
            String body = bodies.get(random.nextInt(bodies.size()));
            lines.add(line(next++, "Republished " + next + " " + word(), body));
        }
        return new InputDocument(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), origin, "application/x-ndjson",
            ingestedAt);
    }

    private static String line(int n, String title, String body) {
        ObjectNode node = JSON.createObjectNode()
            .put("url", "https://newsflow.test/fault/" + n)
            .put("title", title)
            .put("source", "Outlet " + (n % 7))
            .put("body", body);
        return node.toString();
    }

    private String body() {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < 4; p++) {
            if (p > 0) {
                sb.append("\n\n");
            }
            for (int s = 0; s < 3; s++) {
                StringBuilder sentence = new StringBuilder();
                int words = 10 + random.nextInt(6);
                for (int w = 0; w < words; w++) {
                    sentence.append(w == 0 ? "" : " ").append(word());
                }
                sentence.setCharAt(0, Character.toUpperCase(sentence.charAt(0)));
                sb.append(s == 0 ? "" : " ").append(sentence).append('.');
            }
        }
        return sb.toString();
    }

    private String word() {
        int parts = 2 + random.nextInt(2);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return w.toString();
    }
}
