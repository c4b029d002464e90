package io.newsflow.producer.parse;

import io.newsflow.avro.InputFormat;
import io.newsflow.avro.TimeProvenance;
import io.newsflow.producer.parse.text.ArticleTypes;
import io.newsflow.producer.parse.text.PersonNames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Parses wire items in IPTC's NewsML-G2, the XML that agencies deliver now (a {@code newsItem}, or a
 * {@code newsMessage} whose {@code itemSet} holds several: each is an article). From the item's {@code contentMeta}:
 * the headline, the summary ({@code description}) as the lead, the creators' names (else the {@code by} line read as
 * a byline), the first topic {@code subject}'s name as the section and the genre (opinion, analysis); the first version's
 * time ({@code firstCreated}, else {@code contentCreated}, {@code versionCreated}); the provider, else the copyright
 * holder, as the source; the editor's note ({@code edNote}) kept apart; and the text from {@code contentSet}: inline
 * XHTML read as HTML, inline plain text by paragraphs. An item whose content is only a link has no text. NewsML 1.x,
 * whose items are "NewsItem" too, is read by {@link NewsMl1Items}.
 */
final class NewsMlArticleParser {

    private NewsMlArticleParser() {
    }

    /** Each news item of the document, or one rejection when it holds none. */
    static List<ParseOutcome> parse(String xml, String origin, Instant ingestedAt) {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        boolean v1 = NewsMl1Items.isNewsMl1(doc); // the IPTC's NewsML 1.x, whose items are "NewsItem" too, with fields of its own
        List<Element> items = doc.getElementsByTag("newsItem");
        List<ParseOutcome> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Integer number = items.size() > 1 ? i + 1 : null;
            out.add(v1 ? NewsMl1Items.item(items.get(i), origin, number, xml, ingestedAt) : item(items.get(i), origin, number, xml, ingestedAt));
        }
        if (out.isEmpty()) {
            out.add(ArticleAssembler.assemble(new ArticleDraft(), InputFormat.NEWSML, origin, null, xml, ingestedAt));
        }
        return out;
    }

    private static ParseOutcome item(Element item, String origin, Integer number, String xml, Instant ingestedAt) {
        ArticleDraft draft = new ArticleDraft();
        Element meta = child(item, "contentMeta");
        draft.title = XmlDocuments.text(meta, "headline");
        draft.lead = XmlDocuments.text(meta, "description");
        if (meta != null) {
            meta.getElementsByTag("creator").forEach(c -> PersonNames.split(nameOf(c)).forEach(draft::addAuthor));
            String by = XmlDocuments.text(meta, "by");
            if (draft.authors.isEmpty() && by != null && !draft.offerWrittenByline(by)) {
                PersonNames.split(by).forEach(draft::addAuthor);
            }
            draft.offerSection(topic(meta));
            Element genre = meta.getElementsByTag("genre").first();
            draft.offerType(genre == null ? null : ArticleTypes.fromLabel(label(genre)));
        }
        for (String time : List.of("firstCreated", "contentCreated", "versionCreated")) {
            Element e = item.getElementsByTag(time).first();
            if (e != null && !e.text().isBlank()) {
                draft.offerPublished(JsonDates.parseDate(e.text().strip()), TimeProvenance.METADATA, e.text().strip());
            }
        }
        draft.offerSource(nameOf(item.getElementsByTag("provider").first()));
        draft.offerSource(nameOf(item.getElementsByTag("copyrightHolder").first()));
        draft.editorsNote = XmlDocuments.text(child(item, "itemMeta"), "edNote");
        Element inline = item.getElementsByTag("inlineXML").first();
        Element data = item.getElementsByTag("inlineData").first();
        if (inline != null) {
            Element body = inline.getElementsByTag("body").first(); // the XHTML's body, else the inline markup itself
            HtmlBlocks.appendBlocks(draft, Jsoup.parseBodyFragment((body != null ? body : inline).html()).body());
        } else if (data != null) {
            BodyText.appendBlocks(draft, data.wholeText());
        }
        return ArticleAssembler.assemble(draft, InputFormat.NEWSML, origin, number, xml, ingestedAt);
    }

    /** The first topic's name: a subject of an abstract concept, not a place, person or organisation ("cpnat:geoArea"). */
    private static String topic(Element meta) {
        for (Element subject : meta.getElementsByTag("subject")) {
            String type = subject.attr("type");
            if ((type.isEmpty() || type.endsWith(":abstract")) && nameOf(subject) != null) {
                return nameOf(subject);
            }
        }
        return null;
    }

    /** A G2 concept's name: its {@code name} child, else its {@code literal} attribute; or null. */
    private static String nameOf(Element e) {
        if (e == null) {
            return null;
        }
        Element name = e.getElementsByTag("name").first();
        String value = name != null ? name.text() : e.attr("literal");
        return value.isBlank() ? null : value.strip();
    }

    /** A genre's name, else its code's value ("genre:Opinion" gives "Opinion"). */
    private static String label(Element genre) {
        String name = nameOf(genre);
        return name != null ? name : genre.attr("qcode").substring(genre.attr("qcode").indexOf(':') + 1);
    }

    private static Element child(Element parent, String tag) {
        return parent.getElementsByTag(tag).first();
    }
}
