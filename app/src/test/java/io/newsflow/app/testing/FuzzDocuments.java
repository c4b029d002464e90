package io.newsflow.app.testing;

import static io.newsflow.app.testing.FuzzStrings.quote;

import java.util.Random;

/**
 * The random documents of {@link FuzzInputs}, well formed or broken: JSON objects with values of
 * any type, invalid JSON, NDJSON mixing both, HTML element soup with JSON-LD, RSS and Atom feeds
 * (some declaring entities that must not be expanded) and plain-text articles. Its draws come from
 * the same seeded {@link Random} as {@link FuzzStrings}.
 */
final class FuzzDocuments {
    private final FuzzStrings strings;
    private final Random random;

    FuzzDocuments(FuzzStrings strings) {
        this.strings = strings;
        this.random = strings.random;
    }

    private String words(int count) {
        return strings.words(count);
    }

    /** A JSON object of an article's fields, their values of random types. */
    String json() {
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

    /** JSON that no parser accepts. */
    String invalidJson() {
        return switch (random.nextInt(5)) {
            case 0 -> "{\"title\": \"unterminated";
            case 1 -> "{\"body\": " + words(10) + "}";
            case 2 -> "[" + json() + "," + json();
            case 3 -> "{'single': 'quotes', trailing: [1,2,],}";
            default -> "{\"body\":\"" + words(20) + "\\uZZZZ\"}";
        };
    }

    /** Lines of valid, invalid and empty JSON. */
    String ndjson() {
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

    /** Random elements, closed or not, perhaps under a document head and with JSON-LD. */
    String html() {
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

    /** An RSS or Atom feed of random items, sometimes declaring entities (never to be expanded). */
    String feed() {
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

    /** A plain-text article: a title, perhaps a byline, paragraphs and share lines. */
    String article() {
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
}
