package io.newsflow.producer.parse;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The section a link standing alone over the headline names when the site's menu links to the same page: {@code <div
 * class="mb-2 text-xs uppercase"><a href="/energy">Energy</a></div>} over the {@code h1}, "Energy" in the header's
 * {@code nav}. A theme of utility classes (Tailwind's) names nothing by its classes, so the kicker is told by its place
 * and its link; a link to a page the menu does not hold (a topic, a series) names no section.
 */
final class KickerLinks {

    /** A section's name is short: "Energy", "Local News", "Arts and Culture". */
    private static final int MAX_WORDS = 3;

    private KickerLinks() {
    }

    /** The kicker link's text over the headline when the menu links to its page too; else null. */
    static String section(Document doc) {
        Element h1 = StoryHeader.headlineElement(doc);
        Element before = h1 == null ? null : h1.previousElementSibling();
        Element link = before == null || before.select("a[href]").size() != 1 ? null : before.selectFirst("a[href]");
        if (link == null || !link.text().strip().equals(before.text().strip()) || link.text().isBlank()
                || link.text().strip().split("\\s+").length > MAX_WORDS) {
            return null;
        }
        String page = link.attr("href");
        boolean inMenu = doc.select("nav a[href], header a[href]").stream().anyMatch(a -> a != link && a.attr("href").equals(page));
        return inMenu ? link.text().strip() : null;
    }
}
