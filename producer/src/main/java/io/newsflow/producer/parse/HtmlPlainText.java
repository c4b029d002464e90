package io.newsflow.producer.parse;

import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import io.newsflow.producer.parse.text.BreadcrumbDetector;
import io.newsflow.producer.parse.text.BylineDetector;
import io.newsflow.producer.parse.text.KickerDetector;
import io.newsflow.producer.parse.text.MetaDateLine;
import io.newsflow.producer.parse.text.TextArticleParser;

/**
 * Pages built of bare {@code div}s and {@code span}s, without {@code article}, {@code main},
 * paragraphs or a headline element, carry their story only as text. Such a page is turned into the
 * plain text a scraper would see (one line per block, a blank line between blocks) and read by the
 * plain-text parser, whose detectors know kickers, bylines, date lines and furniture; facts from
 * the page's metadata, read first, keep precedence.
 */
final class HtmlPlainText {
    /** Below this much paragraph text the markup says too little, and the text is read instead. */
    static final int MIN_MARKED_UP_CHARS = 200;
    private static final String NOT_TEXT = "script, style, noscript, template, svg, iframe, form, button, select, "
            + "figcaption, .wp-caption-text"; // (a picture's caption, WordPress's classic one too: not the story's text)
    /** A column beside the story: an aside, or a div a layout names for its side ("Latest notices" in a page's #right). */
    private static final String SIDE_COLUMNS = "aside, [id~=(?i)^(?:sidebar|side|right|rightcol|right-col|sidebar-right)$], "
            + "[class~=(?i)(?:^|\\s)(?:sidebar|side-bar|rightcol|right-col)(?:\\s|$)]";
    private static final Set<String> BLOCKS = Set.of("div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "section", "article", "header", "footer", "main", "aside", "nav", "table", "tr", "td", "blockquote",
            "figure", "figcaption", "dd", "dt", "address");

    private HtmlPlainText() {
    }

    /** True when the container's paragraphs and headings hold too little text to be the story. */
    static boolean isThin(Element container) {
        // (not a site's footer nor other stories' teasers: their paragraphs leave a story of divs as thin as it was)
        int chars = container.select("p, h1, h2, h3, h4, blockquote").stream()
                .filter(e -> !DenseTextBlocks.inFooter(e) && StoryLocator.thisStory(e)).mapToInt(e -> e.ownText().length()).sum();
        return chars < MIN_MARKED_UP_CHARS;
    }

    /** A page saved from Word: its paragraphs of class {@code MsoNormal}, and no heading, article or main element. */
    static boolean isWordDocument(org.jsoup.nodes.Document doc) {
        return doc.selectFirst("p.MsoNormal") != null && doc.select("h1, h2, article, main").isEmpty();
    }

    /**
     * An element's text with a comma where two of its parts meet without a space ("Michael MacDonald<span>Special to The
     * Globe and Mail</span>"), which jsoup's text would glue into one word; parts with a space between keep it ("By
     * <a>Dana Reyes</a> and <a>Owen Marsh</a>").
     */
    static String segmented(Element e) {
        StringBuilder out = new StringBuilder();
        String previous = "";
        for (Node n : e.childNodes()) {
            String raw = n instanceof TextNode t ? t.getWholeText() : n instanceof Element el ? el.wholeText() : "";
            if (raw.isBlank()) {
                previous = raw.isEmpty() ? previous : " ";
                continue;
            }
            boolean glued = !previous.isEmpty() && !Character.isWhitespace(previous.charAt(previous.length() - 1))
                    && !Character.isWhitespace(raw.charAt(0));
            out.append(out.length() == 0 ? "" : glued ? ", " : " ").append(raw.strip());
            previous = raw;
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** The page body as plain-text blocks. */
    static String of(Element body) {
        Element copy = body.clone();
        copy.select(NOT_TEXT).remove();
        int all = copy.text().length();
        // (and a site's footer, its "about us", and a column of other stories' teasers: "Sidebar_root", a CSS module's)
        for (Element side : copy.select(SIDE_COLUMNS + ", " + DenseTextBlocks.FOOTERS + ", [class*=sidebar], [class*=teaser]")) {
            if (side.parent() != null && side.text().length() * 2 < all) {
                side.remove(); // (a column that holds most of the page's text is the story's, whatever its name)
            }
        }
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text().replace('\u00A0', ' '));
                } else if (node.nodeName().equals("br")) {
                    out.append('\n'); // a line break inside a block: the lines stay one block
                } else if (BLOCKS.contains(node.nodeName())) {
                    out.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (BLOCKS.contains(node.nodeName())) {
                    out.append("\n\n");
                }
            }
        }, copy);
        return out.toString().replaceAll("[ \\t]+", " ").replaceAll(" *\\n *", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    /**
     * The page's text from its headline on, when the metadata gave the headline and the text has it
     * on a line of its own: above it stand menus, account links and other stories' headlines
     * ("Trending"), which a reader skips and the plain-text parser could take for the headline.
     * Breadcrumbs, bylines and date lines above it are kept (they give facts), and so is a kicker
     * just above it.
     */
    static String fromHeadline(String page, String headline) {
        if (headline == null) {
            return page;
        }
        List<String> lines = page.lines().toList();
        int at = -1;
        for (int i = 0; i < lines.size() && at < 0; i++) {
            if (lines.get(i).strip().equalsIgnoreCase(headline.strip())) {
                at = i;
            }
        }
        if (at < 0) {
            return page;
        }
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < at; i++) {
            String line = lines.get(i);
            boolean fact = BreadcrumbDetector.detect(line).isPresent() || MetaDateLine.parse(line).isPresent()
                    || BylineDetector.standalone(line).isPresent();
            boolean kicker = i == at - 1 && KickerDetector.detect(line, headline).isPresent();
            if (fact || kicker) {
                kept.append(line).append("\n\n");
            }
        }
        return kept + String.join("\n", lines.subList(at, lines.size()));
    }

    /**
     * Reads the text of a bare page into {@code draft}: the body, and every fact the page's metadata
     * left unknown (the title too, when it came only from the window title).
     */
    static void read(Element body, ArticleDraft draft, boolean titleFromWindowOnly) {
        String page = of(body);
        // the window's title, the site's name stripped, standing on a line of its own: the headline, as a marked one is
        boolean windowOnly = titleFromWindowOnly && (draft.title == null
                || page.lines().noneMatch(line -> line.strip().equalsIgnoreCase(draft.title.strip())));
        ArticleDraft text = TextArticleParser.parse(windowOnly ? page : fromHeadline(page, draft.title));
        if (text.title != null && (draft.title == null || windowOnly)) {
            draft.title = text.title;
            draft.titleDerived = text.titleDerived;
        }
        if (draft.authors.isEmpty()) {
            text.authors.forEach(draft::addAuthor);
        }
        draft.offerSource(text.source, Integer.MIN_VALUE + 1);
        draft.offerSection(text.section);
        draft.offerType(text.articleType);
        draft.offerPublished(text.publishedAt, text.provenance, text.publishedAtText);
        draft.lead = draft.lead != null ? draft.lead : text.lead;
        draft.editorsNote = draft.editorsNote != null ? draft.editorsNote : text.editorsNote;
        draft.body.clear();
        draft.body.addAll(text.body);
    }
}
