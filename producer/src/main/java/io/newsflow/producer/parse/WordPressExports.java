package io.newsflow.producer.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import org.jdom2.Element;

/**
 * A WordPress export (WXR, "WordPress eXtended RSS"): an RSS feed whose channel lists the site's authors ({@code
 * <wp:author><wp:author_login>mkowalska</wp:author_login><wp:author_display_name>Marta Kowalska</...>}) and whose items
 * name their writer by login in {@code dc:creator} and list categories and tags alike, told apart by their domain
 * ({@code <category domain="category">Harbour</category>}, {@code <category domain="post_tag">storms</category>}). A
 * login is the writer's display name; a category, not a tag, is the section.
 */
final class WordPressExports {
    private WordPressExports() {
    }

    /** The channel's authors' display names by their logins; empty for any other feed. */
    static Map<String, String> displayNames(SyndFeed feed) {
        List<Element> markup = new ArrayList<>(feed.getForeignMarkup());
        if (feed.originalWireFeed() != null) {
            markup.addAll(feed.originalWireFeed().getForeignMarkup()); // (the channel's own, kept with the wire feed)
        }
        Map<String, String> names = new HashMap<>();
        for (Element e : markup) {
            if (e.getName().equals("author") && e.getNamespaceURI().startsWith("http://wordpress.org/export/")) {
                String login = e.getChildTextTrim("author_login", e.getNamespace());
                String display = e.getChildTextTrim("author_display_name", e.getNamespace());
                if (login != null && display != null && !display.isBlank()) {
                    names.put(login, display);
                }
            }
        }
        return names;
    }

    /** The item's categories of the domain "category" when it marks them so (an export's), else all of them. */
    static List<SyndCategory> sectionCategories(SyndEntry entry) {
        List<SyndCategory> categories = entry.getCategories();
        List<SyndCategory> marked = categories.stream().filter(c -> "category".equals(c.getTaxonomyUri())).toList();
        return marked.isEmpty() ? categories : marked;
    }

}
