package io.newsflow.producer.parse;

import java.time.Instant;
import java.util.Objects;

/**
 * One raw input handed to the {@link ArticleParser}: its bytes, where it came from, an optional
 * content-type hint (an HTTP header, or null) and the time newsflow ingested it.
 *
 * @param content     the raw bytes, never null
 * @param origin      a file path, {@code stdin} or {@code http}: used in ids of rejections and in {@code Article.origin}
 * @param contentType a MIME type hint ({@code application/json}, {@code text/html}...) or null
 * @param ingestedAt  when the input was read; becomes {@code Article.ingestedAt}
 */
public record InputDocument(byte[] content, String origin, String contentType, Instant ingestedAt) {

    public InputDocument {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
    }

    /** A document from text, encoded as UTF-8. */
    public static InputDocument ofText(String text, String origin, String contentType, Instant ingestedAt) {
        return new InputDocument(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), origin, contentType, ingestedAt);
    }
}
