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
    private static final String[] SCRIPTS = {"abcdefghijklmnopqrstuvwxyz     ", "ÀÉÎÕÜßçñ øåæ", "абвгдежзийклмн ", "αβγδεζηθ ",
        "的一是不了人我在有他这 ", "العربية ", "עברית ", "😀🔥👍🏽🇫🇷 ", "\u200b\u200d\u202e\ufeff", "\t\r\n\f", "<>&\"'{}[]:,\\/"};

    private final Random random;
    private final long maxHugeChars;

    /**
     * @param seed         fixes every input
     * @param maxHugeChars the longest "huge line" made
     */
    public FuzzInputs(long seed, long maxHugeChars) {
        this.random = new Random(seed);
        this.maxHugeChars = maxHugeChars;
    }

    /** The next input, of a randomly chosen kind. */
    public InputDocument next(int n) {
        String origin = "fuzz-" + n + EXTENSIONS[random.nextInt(EXTENSIONS.length)];
        String contentType = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
        byte[] content = switch (random.nextInt(12)) {
            case 0 -> text(random.nextInt(400)).getBytes(StandardCharsets.UTF_8);
            case 1 -> truncate(json());
            case 2 -> invalidJson().getBytes(StandardCharsets.UTF_8);
            case 3 -> ndjson().getBytes(StandardCharsets.UTF_8);
            case 4 -> truncate(html());
            case 5 -> truncate(feed());
            case 6 -> bytes(random.nextInt(3000));
            case 7 -> random.nextInt(20) == 0 ? huge() : text(1000 + random.nextInt(8000)).getBytes(StandardCharsets.UTF_8);
            case 8 -> new String[] {"", " ", "\n\n\n", "\uFEFF", "\uFEFF  \n", "\t"}[random.nextInt(6)].getBytes(StandardCharsets.UTF_8);
            case 9 -> article().getBytes(StandardCharsets.UTF_8);
            case 10 -> mixed().getBytes(StandardCharsets.UTF_8);
            default -> nested().getBytes(StandardCharsets.UTF_8);
        };
        return new InputDocument(content, origin, contentType, Instant.now());
    }

    private String text(int chars) {
        StringBuilder sb = new StringBuilder(chars);
        String script = SCRIPTS[random.nextInt(SCRIPTS.length)];
        while (sb.length() < chars) {
            if (random.nextInt(30) == 0) {
                script = SCRIPTS[random.nextInt(SCRIPTS.length)];
            }
            sb.appendCodePoint(script.codePointAt(script.offsetByCodePoints(0, random.nextInt(script.codePointCount(0, script.length())))));
        }
        return sb.toString();
    }

    private String words(int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(i == 0 ? "" : " ").append(text(2 + random.nextInt(9)).strip().replace("\n", ""));
        }
        return sb.toString();
    }

    private byte[] truncate(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return random.nextBoolean() ? bytes : java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
    }

    private byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] huge() {
        int chars = (int) (maxHugeChars / 4 + random.nextInt((int) Math.max(1, maxHugeChars * 3 / 4)));
        String unit = random.nextBoolean() ? "word " : "x";
        return unit.repeat(chars / unit.length()).getBytes(StandardCharsets.UTF_8);
    }

    private String json() {
        return "{\"url\":" + quote(random.nextBoolean() ? "https://newsflow.test/" + words(2) : words(1))
            + ",\"title\":" + value() + ",\"author\":" + value() + ",\"publishedAt\":" + value()
            + ",\"body\":" + value() + ",\"source\":" + value() + "}";
    }

    private String value() {
        return switch (random.nextInt(8)) {
            case 0 -> "null";
            case 1 -> String.valueOf(random.nextLong());
            case 2 -> "[" + quote(words(3)) + ",null,{}]";
            case 3 -> "{\"name\":" + quote(words(2)) + "}";
            case 4 -> quote("");
            case 5 -> random.nextBoolean() ? "true" : "1e999";
            default -> quote(words(5 + random.nextInt(200)));
        };
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.append('"').toString();
    }

    private String invalidJson() {
        return switch (random.nextInt(5)) {
            case 0 -> "{\"title\": \"unterminated";
            case 1 -> "{\"body\": " + words(10) + "}";
            case 2 -> "[" + json() + "," + json();
            case 3 -> "{'single': 'quotes', trailing: [1,2,],}";
            default -> "{\"body\":\"" + words(20) + "\\uZZZZ\"}";
        };
    }

    private String ndjson() {
        StringBuilder sb = new StringBuilder();
        int lines = 1 + random.nextInt(12);
        for (int i = 0; i < lines; i++) {
            sb.append(switch (random.nextInt(4)) {
                case 0 -> json();
                case 1 -> invalidJson();
                case 2 -> "";
                default -> "{\"url\":\"https://newsflow.test/n" + random.nextInt(1000) + "\",\"title\":" + quote(words(4))
                    + ",\"body\":" + quote(words(40 + random.nextInt(100))) + "}";
            }).append('\n');
        }
        return sb.toString();
    }

    private String html() {
        String[] tags = {"p", "div", "article", "h1", "script", "style", "span", "a", "meta", "br", "table", "td"};
        StringBuilder sb = new StringBuilder(random.nextBoolean() ? "<!DOCTYPE html><html><head><title>" + words(3) + "</title>" : "");
        if (random.nextBoolean()) {
            sb.append("<script type=\"application/ld+json\">").append(random.nextBoolean() ? json() : invalidJson()).append("</script>");
        }
        int elements = random.nextInt(40);
        for (int i = 0; i < elements; i++) {
            String tag = tags[random.nextInt(tags.length)];
            sb.append('<').append(tag).append(random.nextBoolean() ? " class=\"" + words(1) + "\"" : "").append('>')
                .append(words(random.nextInt(30)));
            if (random.nextInt(3) > 0) {
                sb.append("</").append(tag).append('>');
            }
        }
        return sb.toString();
    }

    private String feed() {
        boolean atom = random.nextBoolean();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>");
        if (random.nextInt(10) == 0) {
            // entity expansion must not be followed (billion laughs, external entities)
            sb.append("<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY x SYSTEM \"file:///etc/passwd\">]>");
        }
        sb.append(atom ? "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>" : "<rss version=\"2.0\"><channel><title>")
            .append(words(2)).append("</title>");
        int items = random.nextInt(8);
        for (int i = 0; i < items; i++) {
            String entry = atom ? "entry" : "item";
            sb.append('<').append(entry).append("><title>").append(random.nextInt(5) == 0 ? "&b;&x;" : words(4)).append("</title>")
                .append(atom ? "<link href=\"https://newsflow.test/f" + i + "\"/>" : "<link>https://newsflow.test/f" + i + "</link>")
                .append(atom ? "<content>" : "<description>").append(random.nextBoolean() ? "<![CDATA[<p>" + words(50) + "</p>]]>" : words(20))
                .append(atom ? "</content>" : "</description>").append(random.nextBoolean() ? "<pubDate>" + words(2) + "</pubDate>" : "")
                .append("</").append(entry).append('>');
        }
        return sb.append(atom ? "</feed>" : "</channel></rss>").toString();
    }

    private String article() {
        StringBuilder sb = new StringBuilder(words(3 + random.nextInt(10))).append("\n\n");
        if (random.nextBoolean()) {
            sb.append("By ").append(words(2)).append(", ").append(words(1)).append("\n");
        }
        int paragraphs = random.nextInt(12);
        for (int i = 0; i < paragraphs; i++) {
            sb.append(random.nextInt(6) == 0 ? "Share | Tweet | Print" : words(10 + random.nextInt(80))).append("\n\n");
        }
        return sb.toString();
    }

    private String mixed() {
        return switch (random.nextInt(3)) {
            case 0 -> "{\"body\":\"" + html().replace("\"", "'") + "\"}";
            case 1 -> "<html><body><p>" + json() + "</p></body></html>";
            default -> article() + "\n" + feed();
        };
    }

    private String nested() {
        int depth = 100 + random.nextInt(5000);
        return switch (random.nextInt(3)) {
            case 0 -> "[".repeat(depth) + "]".repeat(random.nextInt(depth));
            case 1 -> "{\"body\":".repeat(depth) + "\"x\"" + "}".repeat(depth);
            default -> "<div>".repeat(depth) + words(5) + "</div>".repeat(random.nextInt(depth));
        };
    }
}
