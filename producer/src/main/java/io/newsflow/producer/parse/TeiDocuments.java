package io.newsflow.producer.parse;

import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import io.newsflow.avro.InputFormat;
import io.newsflow.avro.TimeProvenance;
import io.newsflow.producer.parse.text.PersonNames;

/**
 * An article encoded in TEI (the Text Encoding Initiative's XML, as newspaper archives and digitisation projects keep
 * their texts): the {@code teiHeader}'s title, authors, publisher and publication date ({@code <date when="...">}), and the
 * {@code text}'s body, its paragraphs and headings. The header's notes on the source, the encoding and its revisions are
 * the archive's, no text; in the body, the headline again, the byline and the dateline are read as facts, and footnotes,
 * page breaks and running heads are left out.
 */
final class TeiDocuments {
    private static final int SNIFF_CHARS = 2048;

    private TeiDocuments() {
    }

    /** Whether the text is a TEI document: its root, in the TEI namespace or with its header. */
    static boolean isTei(String text) {
        String head = FormatDetector.head(text, SNIFF_CHARS);
        return head.contains("<TEI") && (head.contains("tei-c.org/ns") || text.contains("<teiHeader"));
    }

    /** The article the document holds, or its rejection when it has no text. */
    static ParseOutcome parse(String xml, String origin, Instant ingestedAt) {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        ArticleDraft draft = new ArticleDraft();
        Element titleStmt = doc.selectFirst("teiHeader titleStmt");
        Element body = doc.selectFirst("text > body");
        draft.title = XmlDocuments.text(titleStmt, "title");
        if (titleStmt != null) {
            titleStmt.select("> author").forEach(a -> PersonNames.split(a.text().strip()).forEach(draft::addAuthor));
        }
        String byline = XmlDocuments.text(body, "byline");
        if (draft.authors.isEmpty() && byline != null) {
            draft.offerWrittenByline(byline);
        }
        Element publication = doc.selectFirst("teiHeader publicationStmt");
        draft.offerSource(XmlDocuments.text(publication, "publisher"));
        Element date = publication == null ? null : publication.selectFirst("date");
        String when = date == null ? null : date.attr("when").isBlank() ? date.text().strip() : date.attr("when");
        if (when != null && !when.isBlank()) {
            draft.offerPublished(JsonDates.parseDate(when), TimeProvenance.METADATA, when);
        }
        if (body != null) {
            body.select("note, byline, dateline, fw, pb, lb, figure").remove();
            Element headline = body.selectFirst("head");
            if (draft.title == null && headline != null) {
                draft.title = headline.text().strip();
            }
            XmlDocuments.appendBlocks(draft, body.select("head, p").stream().filter(block -> block != headline).toList(),
                    block -> block.tagName().equals("head"));
        }
        return ArticleAssembler.assemble(draft, InputFormat.TEI, origin, null, xml, ingestedAt);
    }
}
