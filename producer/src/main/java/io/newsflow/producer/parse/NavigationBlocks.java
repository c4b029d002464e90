package io.newsflow.producer.parse;

import org.jsoup.nodes.Element;

/**
 * The blocks of an article's markup that are navigation or page furniture although they stand among its paragraphs: a
 * list item that is only a link, another story's teaser inside a link, a meta list's dates. {@link HtmlBlocks} leaves
 * them out of the text.
 */
final class NavigationBlocks {

    private NavigationBlocks() {
    }

    /** Whether the block is navigation or furniture, not the story's text. */
    static boolean isNavigation(Element block) {
        return linkItem(block) || teaserInLink(block) || onlyTimes(block);
    }

    /**
     * A list item that is only a link: navigation ("related stories"), not text; a tag's link with the comma that parts it
     * from the next ("sleepers,") too.
     */
    private static boolean linkItem(Element block) {
        return block.tagName().equals("li") && !block.select("a").isEmpty()
                && block.select("a").text().equals(block.text().replaceFirst("[\\s\u00A0]*[,;|•·][\\s\u00A0]*$", ""));
    }

    /**
     * A paragraph that is a link's whole text, the link holding no other block: another story's teaser ("<a href><p>Harbour
     * dredging to start in spring</p></a>"). Not the paragraphs a link left open swallows, many to one link.
     */
    private static boolean teaserInLink(Element block) {
        Element link = block.closest("a");
        return link != null && link.select("p, h2, h3, h4, li, blockquote").size() == 1 && link.text().strip().equals(block.text().strip());
    }

    /**
     * A block holding only two time elements' texts or more: a meta list's dates ("5 December 2026" twice, published and
     * updated, glued). One time alone is a date line, which the text's rules read.
     */
    private static boolean onlyTimes(Element block) {
        return block.select("time").size() >= 2
                && block.text().replaceAll("\\s", "").equals(String.join("", block.select("time").eachText()).replaceAll("\\s", ""));
    }
}
