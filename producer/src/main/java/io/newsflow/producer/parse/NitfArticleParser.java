package io.newsflow.producer.parse;

import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import io.newsflow.avro.InputFormat;
import io.newsflow.avro.TimeProvenance;
import io.newsflow.producer.parse.text.PersonNames;

/**
 * Parses a wire story in IPTC's News Industry Text Format (NITF 3.x), the XML that agencies deliver:
 * the headline ({@code hedline/hl1}, else {@code head/title}) and its deck ({@code hl2}) as the lead;
 * the byline's {@code person} elements, or its text read as a byline; the issue or release date
 * ({@code date.issue}, {@code date.release}, the dateline's {@code story.date}, in ISO 8601's basic
 * form); the publisher ({@code pubdata}) or the copyright holder as the source; the first subject's
 * matter as the section; and {@code body.content} as the text. The dateline and the closing
 * {@code body.end} (a tagline, "Reporting by ...; editing by ...") are no text.
 */
final class NitfArticleParser {

    private NitfArticleParser() {
    }

    /** The story of a NITF document; one with no text comes back as the assembler's rejection. */
    static ParseOutcome parse(String xml, String origin, Instant ingestedAt) {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        ArticleDraft draft = new ArticleDraft();
        draft.title = firstText(doc, "hl1", "title");
        Element hedline = first(doc, "hedline");
        Element deck = hedline == null ? null : hedline.selectFirst("hl2");
        draft.lead = deck == null || deck.text().isBlank() ? null : deck.text().strip(); // not a subhead of the text
        Element head = first(doc, "body.head");
        readByline(head == null ? null : head.selectFirst("byline"), draft);
        for (String date : List.of("date.issue", "date.release", "story.date")) {
            Element e = first(doc, date);
            if (e != null && e.hasAttr("norm")) {
                draft.offerPublished(JsonDates.parseDate(e.attr("norm")), TimeProvenance.METADATA, e.attr("norm"));
            }
        }
        Element publisher = first(doc, "pubdata");
        Element copyright = first(doc, "doc.copyright");
        draft.offerSource(publisher != null && publisher.hasAttr("name") ? publisher.attr("name")
                : copyright == null || !copyright.hasAttr("holder") ? null : copyright.attr("holder"));
        Element subject = first(doc, "tobject.subject");
        if (subject != null && subject.hasAttr("tobject.subject.matter")) {
            draft.offerSection(subject.attr("tobject.subject.matter"));
        }
        Element content = first(doc, "body.content");
        if (content != null) {
            // NITF's subheads are hl2 inside the text: read as the headings they are
            Element html = Jsoup.parseBodyFragment(content.html().replaceAll("<(/?)hl2\\b", "<$1h3")).body();
            html.select("media, table, note").remove();
            HtmlBlocks.appendBlocks(draft, html);
        }
        return ArticleAssembler.assemble(draft, InputFormat.NITF, origin, null, xml, ingestedAt);
    }

    /** The writers: the byline's person elements, else its text ("By Ingrid Solberg, Nordic Trade Wire"). */
    private static void readByline(Element byline, ArticleDraft draft) {
        if (byline == null) {
            return;
        }
        List<Element> people = byline.select("person");
        if (!people.isEmpty()) {
            people.forEach(p -> PersonNames.split(p.text()).forEach(draft::addAuthor));
        } else if (!draft.offerWrittenByline(byline.text())) {
            PersonNames.split(byline.text()).forEach(draft::addAuthor);
        }
    }

    /** The first element of a tag (NITF's tags have dots, which CSS selectors would read as classes). */
    private static Element first(Document doc, String tag) {
        return doc.getElementsByTag(tag).first();
    }

    private static String firstText(Document doc, String... tags) {
        for (String tag : tags) {
            Element e = first(doc, tag);
            if (e != null && !e.text().isBlank()) {
                return e.text().strip();
            }
        }
        return null;
    }
}
