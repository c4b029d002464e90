package io.newsflow.producer.parse;

import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

import io.newsflow.avro.InputFormat;
import io.newsflow.avro.TimeProvenance;

/**
 * An article written in DocBook (the XML of technical writing, a project's or an office's news kept with its
 * documentation): its {@code info}'s title, subtitle (the lead), authors ({@code personname}'s given and family names),
 * publication date and publisher, and its paragraphs and sections' titles. The legal notice and the authors'
 * affiliations are no text.
 */
final class DocBookArticles {
    private static final int SNIFF_CHARS = 2048;

    private DocBookArticles() {
    }

    /** Whether the text is a DocBook article: DocBook 5's namespace, or DocBook 4's document type, on an article. */
    static boolean isDocBook(String text) {
        String head = text.substring(0, Math.min(text.length(), SNIFF_CHARS));
        return head.contains("<article") && (head.contains("docbook.org/ns/docbook") || head.contains("//DTD DocBook"));
    }

    /** The article, or its rejection when it has no text. */
    static ParseOutcome parse(String xml, String origin, Instant ingestedAt) {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        Element article = doc.selectFirst("article");
        ArticleDraft draft = new ArticleDraft();
        Element info = article == null ? null : article.selectFirst("> info, > articleinfo");
        if (info != null) {
            draft.title = text(info, "> title");
            draft.lead = text(info, "> subtitle");
            for (Element author : info.select("author")) {
                Element person = author.selectFirst("personname");
                Element names = person != null ? person : author; // (DocBook 4 writes the names in the author itself)
                String given = text(names, "firstname");
                String family = text(names, "surname");
                String full = given != null && family != null ? given + " " + family : person != null ? person.text() : null;
                if (full != null && !full.isBlank()) {
                    draft.addAuthor(full.strip());
                }
            }
            draft.offerSource(text(info, "publishername"));
            String date = text(info, "> pubdate, > date");
            if (date != null) {
                draft.offerPublished(JsonDates.parseDate(date), TimeProvenance.METADATA, date);
            }
            info.remove();
        }
        if (article != null) {
            draft.title = draft.title != null ? draft.title : text(article, "> title");
            article.select("> title, legalnotice, indexterm, remark").remove();
            StringBuilder html = new StringBuilder();
            for (Element block : article.select("para, simpara, section > title")) {
                String tag = block.is("title") ? "h2" : "p";
                html.append('<').append(tag).append('>').append(Entities.escape(block.text().strip())).append("</").append(tag).append('>');
            }
            HtmlBlocks.appendBlocks(draft, Jsoup.parseBodyFragment(html.toString()).body());
        }
        return ArticleAssembler.assemble(draft, InputFormat.DOCBOOK, origin, null, xml, ingestedAt);
    }

    private static String text(Element parent, String selector) {
        Element e = parent == null ? null : parent.selectFirst(selector);
        return e == null || e.text().isBlank() ? null : e.text().strip();
    }
}
