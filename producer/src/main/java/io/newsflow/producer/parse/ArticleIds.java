package io.newsflow.producer.parse;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Stable article ids. With a URL the id is {@code url:} plus a hash of the normalised URL (lower-case
 * scheme and host, no default port, no fragment, no tracking parameters, no trailing slash), so
 * {@code https://Example.com/a/?utm_source=x#top} and {@code https://example.com/a} agree. Without a URL
 * it is {@code txt:} plus a hash of the normalised source, title and body: whitespace and case
 * differences (reflowed text, trailing spaces) do not change it.
 */
public final class ArticleIds {
    private static final int HEX_CHARS = 32;
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private ArticleIds() {
    }

    /** The normalised form of a URL, or null when it does not parse as an absolute http(s) URL. */
    public static String normaliseUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return null;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || port == 80 || port == 443;
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = uri.getRawQuery() == null ? null : Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(p -> !p.isEmpty() && !isTrackingParameter(p))
                    .sorted()
                    .collect(Collectors.joining("&"));
            // http and https serve the same article: the id must not depend on the scheme
            return "https://" + host + (defaultPort ? "" : ":" + port) + path
                    + (query == null || query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean isTrackingParameter(String pair) {
        String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid")
                || name.equals("ref") || name.equals("cmpid") || name.equals("ocid");
    }

    /** The id for an article whose URL is known and valid. */
    public static String fromUrl(String normalisedUrl) {
        return "url:" + sha256(normalisedUrl);
    }

    /** The id for an article without URL: a hash of its normalised source, title and body text. */
    public static String fromContent(String source, String title, String bodyText) {
        String key = normaliseText(source) + "\u0000" + normaliseText(title) + "\u0000" + normaliseText(bodyText);
        return "txt:" + sha256(key);
    }

    /** Lower-cased text with every whitespace run reduced to one space and typographic quotes made plain. */
    public static String normaliseText(String text) {
        if (text == null) {
            return "";
        }
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .transform(t -> WHITESPACE.matcher(t).replaceAll(" ")).strip().toLowerCase(Locale.ROOT);
    }

    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
