package io.newsflow.producer.parse;

import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A blog post's category link, a page's last resort for its section: "in <a rel="category tag">Ports</a>"; a link to a
 * category's page only with "in" before it ("in <a href="/category/counts/">Counts</a>", Hexo's "In" in a span of its
 * own) or a folder's icon, not a menu's links to its categories (Joomla's "Category: <a>Local</a>" in a
 * dd.category-name, its link to the category's menu item; Textpattern's to "?c="). Hatena Blog marks its entry's category
 * links themselves ("entry-category-link").
 */
final class CategoryLinks {
    /** "Posted in", "in", "Categories:": the words a blog's metadata sets before its category's link. */
    private static final Pattern POSTED_IN = Pattern.compile("(?i)(?:(?:^|\\s)in|\\bcategor(?:y|ies)\\s*:|\\bfiled under:?)\\s*$");

    /** Links that are a category's by their own markup or address, wherever they stand. */
    private static final String CATEGORY_LINKS = "a[rel~=category], a[href*=/category/], a[href*=/categories/]";

    private CategoryLinks() {
    }

    /** The category link's text, or null when the page has none. */
    static String section(Document doc) {
        return doc.select(CATEGORY_LINKS + ", a[href*=?c=], a[href*=?category/], [class*=category] a, "
                        + "[class*=meta] a, [class*=type-terms] a, .cats a, a.entry-category-link").stream()
                .filter(a -> a.is("[rel~=category], .entry-category-link") || POSTED_IN.matcher(textBefore(a)).find() || afterFolderIcon(a)
                        || a.is("[href*=category]") && a.closest("[class*=post-info]") != null // (the post's info line: Dotclear's
                        // "Par ..., samedi 5 décembre 2026 à 11:20 :: <a href="...?category/Vie-locale">Vie locale</a>")
                        || a.closest("[class*=type-terms], .taxonomy-category, .cats") != null) // (Elementor's post-info "terms"
                        // item; a block theme's category terms, Twenty Twenty-Two's "taxonomy-category wp-block-post-terms"; the
                        // post meta's "byline-part cats", Zeen's)
                .findFirst().map(CategoryLinks::alone).orElse(null);
    }

    /**
     * The link's text, unless other categories' links stand beside it ("Posted in <a>Community</a>, <a>News</a>"): a post
     * filed under several categories has none of them for its section.
     */
    private static String alone(Element link) {
        long categories = link.parent() == null ? 1 : link.parent().select(CATEGORY_LINKS)
                .stream().map(Element::text).distinct().count();
        return categories > 1 ? null : link.text();
    }

    /**
     * A folder's icon just before the link, the category's mark where no word stands (Jekyll's Chirpy: "fa-folder-open"),
     * or in a wrapper of its own (ABlog's "<span><i class="fa fa-folder-open"></i></span> <a>").
     */
    private static boolean afterFolderIcon(Element a) {
        Element before = a.previousElementSibling();
        String folder = "i[class*=folder], span[class*=folder], svg[class*=folder]";
        return before != null && (before.is(folder) || before.childrenSize() == 1 && before.child(0).is(folder)) && before.text().isBlank();
    }

    /** The text just before an element, across element boundaries ("In" in Hexo's "<span>In</span> <span><a>..."); or "". */
    private static String textBefore(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            for (Node n = e.previousSibling(); n != null; n = n.previousSibling()) {
                String text = n instanceof TextNode t ? t.text() : n instanceof Element el ? el.text() : "";
                if (!text.isBlank()) {
                    return text;
                }
            }
        }
        return "";
    }
}
