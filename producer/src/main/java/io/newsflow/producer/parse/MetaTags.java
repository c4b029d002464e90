package io.newsflow.producer.parse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's meta tags read in one pass, for the callers that ask for many keys (the published date's twenty tags): each
 * {@code name}, {@code property} or {@code itemprop} to the content of the first element in the page giving it, as
 * {@link HtmlArticleParser#meta} finds it (case-insensitive, the attribute's value trimmed), without walking the page once
 * per key.
 */
final class MetaTags {
    private static final String[] KEYS = {"property", "name", "itemprop"};
    private final Map<String, String> contents = new HashMap<>();

    MetaTags(Document doc) {
        for (Element e : doc.select("meta, [itemprop][content]")) {
            for (String key : KEYS) {
                if (e.hasAttr(key)) {
                    contents.putIfAbsent(e.attr(key).strip().toLowerCase(Locale.ROOT), e.attr("content"));
                }
            }
        }
    }

    /** The content for the key, stripped; null when no element gives the key or the first one's content is blank. */
    String get(String key) {
        String content = contents.get(key.toLowerCase(Locale.ROOT));
        return content == null || content.isBlank() ? null : content.strip();
    }
}
