package io.newsflow.producer.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import io.newsflow.avro.TimeProvenance;

import io.newsflow.producer.parse.text.Byline;
import io.newsflow.producer.parse.text.BylineDetector;
import io.newsflow.producer.parse.text.PersonNames;

/**
 * The writers a page names around its headline in elements no theme marks as a byline: a byline with its lead-in in the
 * story's header or right after the headline, and a name written beside the story's date ("December 5, 2026 • Lina
 * Haddad", as Nextra's blog theme writes it).
 */
final class HeaderBylines {

    private static final int MAX_BYLINE_CHARS = 80;

    /** The rank of a byline's outlet: over the page's site name (50), as a text's byline outranks its masthead. */
    private static final int BYLINE_OUTLET = 60;

    /** The reporter's title after the name that Korean, Japanese and Chinese bylines write instead of a lead-in. */
    private static final Pattern REPORTER_AFTER = Pattern.compile("\\S\\s*(?:기자|특파원|記者|特派員)$");

    /** What parts a date from the name beside it: a bullet, a middle dot, a bar, a dash, a comma. */
    private static final Pattern SEPARATORS = Pattern.compile("^[\\s\\p{Pd}|·•,]+|[\\s\\p{Pd}|·•,]+$");

    private HeaderBylines() {
    }

    /**
     * "By <em><a>Jonas Berg</a></em>" in an element of the headline's own header, with no byline class (Jekyll's Chirpy
     * theme): the names of the first such element whose whole text is a byline with its lead-in; or none.
     */
    static List<String> inHeader(Document doc) {
        Element h1 = StoryHeader.headlineElement(doc);
        Element header = h1 == null ? null : h1.closest("header");
        if (header == null || header.closest("body > header, [class*=site-header], #masthead") != null) {
            return List.of();
        }
        return header.select("span, p, div, address").stream().filter(e -> e.text().length() <= MAX_BYLINE_CHARS)
                .map(e -> BylineDetector.standalone(e.text())).flatMap(Optional::stream)
                .filter(b -> b.authors().size() > 0 && b.date() == null).findFirst().map(Byline::authors).orElse(List.of());
    }

    /**
     * "By ZHANG YI in Chengdu | China Daily | Updated: ..." in the element right after the headline, no byline class (China
     * Daily's): its writers, and its outlet as a byline's ranks; its date is left to the page's date rules. A line that
     * opens with its date and labels the writer after it ("Yayın Tarihi: 06.12.2026 14:30 | Muhabir: Mehmet Yılmaz", a
     * print view's) gives its date too, which no other rule reads there.
     */
    static List<String> underHeadline(Document doc, ArticleDraft draft) {
        Element h1 = StoryHeader.headlineElement(doc);
        Element next = h1 == null ? null : h1.nextElementSibling();
        String text = next == null ? "" : next.text();
        boolean leadIn = BylineDetector.hasLeadIn(text.strip()) || REPORTER_AFTER.matcher(text.strip()).find(); // (or "박지훈 기자")
        Optional<Byline> byline = next == null || text.length() > BylineDetector.MAX_LINE ? Optional.empty()
                : BylineDetector.standalone(text).filter(b -> leadIn || b.date() != null);
        byline.ifPresent(b -> draft.offerSource(b.source(), BYLINE_OUTLET));
        byline.filter(b -> !leadIn).ifPresent(b -> draft.offerPublished(b.date().instant(), TimeProvenance.TEXT, text.strip()));
        return byline.map(Byline::authors).orElseGet(() -> labelledItem(next));
    }

    /**
     * The writers of the one item of that element with a byline's lead-in, its date in an item of its own ("<span>بقلم:
     * سامي الحربي</span> <span>السبت 25 جمادى الآخرة 1448 هـ - 5 ديسمبر 2026م</span>"); none otherwise.
     */
    private static List<String> labelledItem(Element line) {
        return line == null || line.text().length() > BylineDetector.MAX_LINE ? List.of() : line.children().stream()
                .filter(item -> BylineDetector.hasLeadIn(item.text().strip())).findFirst()
                .flatMap(item -> BylineDetector.standalone(item.text())).map(Byline::authors).orElse(List.of());
    }

    /**
     * A person's name in plain text beside the story's first {@code time} under its headline, in the same element,
     * parted from it by a separator or a space ("December 5, 2026 • Lina Haddad"); or none. A link is a tag's or a
     * category's, not a writer's, unless it leads to an author's page.
     */
    static List<String> besideDate(Document doc) {
        Element h1 = StoryHeader.headlineElement(doc);
        Element time = null;
        Element scope = h1 == null ? null : h1.parent();
        for (int up = 0; up < 2 && time == null && scope != null && !scope.is("body, html"); up++, scope = scope.parent()) {
            time = scope.selectFirst("time"); // (in the headline's block, or the one around it)
        }
        if (time == null || !StoryLocator.thisStory(time)) {
            return List.of();
        }
        String before = plainText(time.parent().childNodes().subList(0, time.siblingIndex()));
        String after = plainText(time.parent().childNodes().subList(time.siblingIndex() + 1, time.parent().childNodeSize()));
        for (String side : new String[] {after, before}) {
            String name = side == null ? "" : SEPARATORS.matcher(side).replaceAll("");
            if (PersonNames.isName(name)) {
                return List.of(name);
            }
        }
        return List.of();
    }

    /** The nodes' text, or null if one of them is a link other than to an author's page. */
    private static String plainText(List<Node> nodes) {
        StringBuilder text = new StringBuilder();
        for (Node n : nodes) {
            if (n instanceof TextNode t) {
                text.append(t.text());
            } else if (n instanceof Element e) {
                if (e.is("a:not([href*=author]), time") || e.selectFirst("a:not([href*=author])") != null) {
                    return null;
                }
                text.append(' ').append(e.text()).append(' ');
            }
        }
        return text.toString().strip();
    }
}
