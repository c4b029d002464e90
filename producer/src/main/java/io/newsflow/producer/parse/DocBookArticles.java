package io.newsflow.producer.parse;

import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
        String head = FormatDetector.head(text, SNIFF_CHARS);
        return head.contains("<article") && (head.contains("docbook.org/ns/docbook") || head.contains("//DTD DocBook"));
    }

    /** The article, or its rejection when it has no text. */
    static ParseOutcome parse(String xml, String origin, Instant ingestedAt) {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        Element article = doc.selectFirst("article");
        ArticleDraft draft = new ArticleDraft();
        Element info = article == null ? null : article.selectFirst("> info, > articleinfo");
        if (info != null) {
            draft.title = XmlDocuments.text(info, "> title");
            draft.lead = XmlDocuments.text(info, "> subtitle");
            for (Element author : info.select("author")) {
                Element person = author.selectFirst("personname");
                Element names = person != null ? person : author; // (DocBook 4 writes the names in the author itself)
                String given = XmlDocuments.text(names, "firstname");
                String family = XmlDocuments.text(names, "surname");
                String full = given != null && family != null ? given + " " + family : person != null ? person.text() : null;
                if (full != null && !full.isBlank()) {
                    draft.addAuthor(full.strip());
                }
            }
            draft.offerSource(XmlDocuments.text(info, "publishername"));
            String date = XmlDocuments.text(info, "> pubdate, > date");
            if (date != null) {
                draft.offerPublished(JsonDates.parseDate(date), TimeProvenance.METADATA, date);
            }
            info.remove();
        }
        if (article != null) {
            draft.title = draft.title != null ? draft.title : XmlDocuments.text(article, "> title");
            article.select("> title, legalnotice, indexterm, remark").remove();
            XmlDocuments.appendBlocks(draft, article.select("para, simpara, section > title"), block -> block.is("title"));
        }
        return ArticleAssembler.assemble(draft, InputFormat.DOCBOOK, origin, null, xml, ingestedAt);
    }
}
