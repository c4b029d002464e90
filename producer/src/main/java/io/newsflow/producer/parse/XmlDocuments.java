package io.newsflow.producer.parse;

import java.util.List;
import java.util.function.Predicate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * What the readers of whole articles in XML share (TEI's, DocBook's): a field's text, and the body's blocks written to
 * the draft as paragraphs and headings, in the document's order, by their text alone (the markup inside a paragraph,
 * a name's or a place's tag, is no structure of the story).
 */
final class XmlDocuments {

    private XmlDocuments() {
    }

    /** The stripped text of the first element the selector finds under the parent, or null when there is none or it is blank. */
    static String text(Element parent, String selector) {
        Element e = parent == null ? null : parent.selectFirst(selector);
        return e == null || e.text().isBlank() ? null : e.text().strip();
    }

    /** The blocks as the draft's paragraphs, those the test names as headings its headings; blank blocks skipped. */
    static void appendBlocks(ArticleDraft draft, List<Element> blocks, Predicate<Element> heading) {
        StringBuilder html = new StringBuilder();
        for (Element block : blocks) {
            if (!block.text().isBlank()) {
                String tag = heading.test(block) ? "h2" : "p";
                html.append('<').append(tag).append('>').append(Entities.escape(block.text().strip())).append("</").append(tag).append('>');
            }
        }
        HtmlBlocks.appendBlocks(draft, Jsoup.parseBodyFragment(html.toString()).body());
    }
}
