package io.newsflow.producer.parse;

import com.rometools.rome.feed.synd.SyndEntry;
import org.jdom2.Element;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import io.newsflow.producer.parse.text.PersonNames;

/**
 * What a feed item keeps in another namespace than RSS's own, which ROME hands over as foreign markup: a Yandex Turbo
 * item's page in {@code <turbo:content>} (HTML in CDATA, not {@code content:encoded} nor the description; its
 * {@code <header>} repeats the headline over the cover and its caption, and its {@code data-block} widgets are share
 * bars, ads and feedback forms, none of it text), and a podcast episode's {@code <itunes:author>}, its host when it
 * names a person (a show's producer, "Harbour Radio", names none).
 */
final class ItemExtensions {
    private static final String TURBO = "http://turbo.yandex.ru";
    private static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";

    private ItemExtensions() {
    }

    /** The item's Turbo page as HTML without its header and widgets, or null when the item has none. */
    static String turboContent(SyndEntry entry) {
        Element content = foreign(entry, TURBO, "content");
        if (content == null) {
            return null;
        }
        Document page = Jsoup.parseBodyFragment(content.getText());
        page.select("header, [data-block]").remove();
        return page.body().html();
    }

    /** An episode's host, for an item that names no writer of its own. */
    static void readPodcastHost(SyndEntry entry, ArticleDraft draft) {
        Element author = foreign(entry, ITUNES, "author");
        if (draft.authors.isEmpty() && author != null) {
            PersonNames.split(author.getTextTrim()).stream().filter(PersonNames::isName).forEach(draft::addAuthor);
        }
    }

    private static Element foreign(SyndEntry entry, String namespace, String name) {
        for (Element e : entry.getForeignMarkup()) {
            if (e.getName().equals(name) && namespace.equals(e.getNamespaceURI()) && !e.getTextTrim().isEmpty()) {
                return e;
            }
        }
        return null;
    }
}
