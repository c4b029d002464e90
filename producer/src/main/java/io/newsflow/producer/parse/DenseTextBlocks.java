package io.newsflow.producer.parse;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The story of a page with neither {@code article} nor {@code main} ({@link StoryLocator}'s last guess before the body):
 * the element whose own paragraphs hold the most text, widened to its parent when the story goes on in a sibling, as a
 * page builder's components around an image do, or a blog entry's text after its "more" break.
 */
final class DenseTextBlocks {
    /** How far up a story split into a page builder's text components may have its body. */
    private static final int COMPONENT_LEVELS = 3;
    /**
     * A blog entry's text after its "more" break, in a block of its own beside the entry's body (Movable Type's and TypePad's
     * "extended entry": {@code <div class="asset-body">} then {@code <div id="more" class="asset-more">}).
     */
    private static final String CONTINUATION = ".asset-more, .entry-more, .entry-extended";

    private DenseTextBlocks() {
    }

    /**
     * The element whose own paragraphs hold the most text, or the block holding it and the rest of the story (sidebars
     * and menus hold links, not paragraphs). Null when nothing is sizeable.
     */
    static Element densest(Document doc) {
        Element best = null;
        int bestLength = StoryLocator.MIN_STORY_CHARS;
        for (Element candidate : doc.select("div, section, td")) {
            if (inFooter(candidate)) {
                continue; // (a site's footer: its paragraphs say who the site is, not the story)
            }
            int length = ownParagraphChars(candidate);
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        return best == null ? null : withContinuation(withSiblingComponents(best));
    }

    private static int ownParagraphChars(Element e) {
        return e.children().stream().filter(c -> c.tagName().equals("p")).mapToInt(p -> p.text().length()).sum();
    }

    /** A site's footer, by its element or its name. */
    static final String FOOTERS = "footer, [class*=footer], [id*=footer]";

    /** Whether the element stands in a site's footer (not a page whose body's class names one: "sticky-footer"). */
    static boolean inFooter(Element e) {
        Element footer = e.closest(FOOTERS);
        return footer != null && !footer.is("body, html");
    }

    /**
     * The block that holds the densest one's sibling components of the same class, each with paragraphs of its own, when
     * a page builder splits the story around an image (Strikingly's "s-component-content" in two "s-text" components);
     * else the block itself.
     */
    private static Element withSiblingComponents(Element best) {
        if (best.className().isBlank()) {
            return chapters(best);
        }
        String first = best.className().split("\\s+")[0]; // ("article-body part-1" and "article-body part-2": one story's parts)
        Element up = best.parent();
        for (int level = 0; up != null && !up.is("body, html") && level < COMPONENT_LEVELS; level++, up = up.parent()) {
            long components = up.getElementsByClass(first).stream()
                    .filter(e -> e.className().split("\\s+")[0].equals(first) && e.children().stream().anyMatch(c -> c.is("p"))).count();
            if (components > 1) {
                return up;
            }
        }
        return best;
    }

    /**
     * A long read's chapters, {@code section}s with no class side by side, each its heading and paragraphs: their parent,
     * when the densest is one of them and another has paragraphs too; else the block itself.
     */
    private static Element chapters(Element best) {
        Element parent = best.parent();
        boolean chapters = best.is("section") && parent != null && !parent.is("body, html") && parent.children().stream()
                .filter(s -> s != best && s.is("section") && s.className().isBlank()).anyMatch(s -> ownParagraphChars(s) > 0);
        return chapters ? parent : best;
    }

    /** The entry's body and its text after the "more" break together, when the densest block is one of the two. */
    private static Element withContinuation(Element best) {
        Element parent = best.parent();
        if (parent == null || parent.is("body, html")) {
            return best;
        }
        Element other = best.is(CONTINUATION) ? best.previousElementSibling() : best.nextElementSibling();
        boolean split = other != null && (best.is(CONTINUATION) || other.is(CONTINUATION)) && ownParagraphChars(other) > 0;
        return split ? parent : best;
    }
}
