package io.newsflow.producer.parse;

import com.rometools.rome.feed.synd.SyndEntry;
import org.jdom2.Element;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * An item of a Yandex Turbo feed: RSS whose item keeps its page in {@code <turbo:content>} (HTML in CDATA), not in
 * {@code content:encoded} or the description. The page's {@code <header>} repeats the headline over the cover image
 * and its caption, and its {@code data-block} widgets are share bars, ads and feedback forms: none of it is text.
 */
final class TurboPages {
    private static final String TURBO = "http://turbo.yandex.ru";

    private TurboPages() {
    }

    /** The item's Turbo page as HTML without its header and widgets, or null when the item has none. */
    static String content(SyndEntry entry) {
        for (Element e : entry.getForeignMarkup()) {
            if (e.getName().equals("content") && TURBO.equals(e.getNamespaceURI()) && !e.getTextTrim().isEmpty()) {
                Document page = Jsoup.parseBodyFragment(e.getText());
                page.select("header, [data-block]").remove();
                return page.body().html();
            }
        }
        return null;
    }
}
