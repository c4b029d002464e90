package io.newsflow.producer.parse;

import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.newsflow.avro.InputFormat;
import io.newsflow.avro.TimeProvenance;
import io.newsflow.producer.parse.text.ArticleTypes;
import io.newsflow.producer.parse.text.PersonNames;

/**
 * Wire items in NewsML 1.x, the IPTC's XML before NewsML-G2 that many agencies' archives and feeds still deliver: a
 * {@code <NewsML>} of {@code <NewsItem>}s, each a {@code <NewsComponent>} whose {@code <NewsLines>} hold the headline,
 * the subheadline (the lead), the byline, the dateline and the credit and copyright lines, whose administrative metadata
 * names the provider and the creators, and whose text {@code <ContentItem>} holds XHTML or NITF in its
 * {@code <DataContent>}. The first creation's time ({@code <FirstCreated>}, else this revision's) is the story's; the
 * envelope's time is when it was sent. A subject given only by its code names no section.
 */
final class NewsMl1Items {

    private NewsMl1Items() {
    }

    /** Whether the document is NewsML 1.x: its root element {@code <NewsML>} (NewsML-G2's are newsItem and newsMessage). */
    static boolean isNewsMl1(Document doc) {
        return doc.getElementsByTag("NewsML").first() != null;
    }

    /** The item as an article, or its rejection when it holds no text. */
    static ParseOutcome item(Element item, String origin, Integer number, String xml, Instant ingestedAt) {
        ArticleDraft draft = new ArticleDraft();
        draft.title = XmlDocuments.text(item, "HeadLine");
        draft.lead = XmlDocuments.text(item, "SubHeadLine");
        for (Element creator : item.select("Creator > Party[FormalName]")) {
            PersonNames.split(creator.attr("FormalName")).forEach(draft::addAuthor);
        }
        String by = XmlDocuments.text(item, "ByLine");
        if (draft.authors.isEmpty() && by != null && !draft.offerWrittenByline(by)) {
            PersonNames.split(by).forEach(draft::addAuthor);
        }
        Element provider = item.selectFirst("Provider > Party[FormalName]");
        draft.offerSource(provider != null ? provider.attr("FormalName").strip() : XmlDocuments.text(item, "CreditLine"));
        Element genre = item.selectFirst("DescriptiveMetadata > Genre[FormalName]");
        draft.offerType(genre == null ? null : ArticleTypes.fromLabel(genre.attr("FormalName")));
        for (String time : List.of("FirstCreated", "ThisRevisionCreated")) {
            String when = XmlDocuments.text(item, time);
            if (when != null) {
                draft.offerPublished(JsonDates.parseDate(when), TimeProvenance.METADATA, when);
            }
        }
        for (Element content : item.getElementsByTag("ContentItem")) {
            Element media = content.selectFirst("MediaType[FormalName]");
            Element data = content.selectFirst("DataContent");
            if (data == null || media != null && !media.attr("FormalName").equalsIgnoreCase("Text")) {
                continue; // (a photo's or a graphic's component)
            }
            Element body = data.selectFirst("body\\.content"); // NITF's text, else XHTML's body, else the markup itself
            body = body != null ? body : data.selectFirst("body");
            if (body != null || !data.children().isEmpty()) {
                HtmlBlocks.appendBlocks(draft, Jsoup.parseBodyFragment((body != null ? body : data).html()).body());
            } else {
                BodyText.appendBlocks(draft, data.wholeText());
            }
            break;
        }
        return ArticleAssembler.assemble(draft, InputFormat.NEWSML, origin, number, xml, ingestedAt);
    }
}
