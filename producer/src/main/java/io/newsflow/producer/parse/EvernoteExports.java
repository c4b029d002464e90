package io.newsflow.producer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import io.newsflow.avro.InputFormat;
import io.newsflow.avro.RejectionReason;

/**
 * An Evernote export ({@code .enex}): an {@code <en-export>} of notes, each a {@code <title>}, the clip's page as ENML
 * (XHTML inside a CDATA {@code <content>}), the times the note was made and changed, the user's own tags, and the
 * page's address in {@code <note-attributes><source-url>}. Each note is the page it clipped, read as a saved page is
 * ({@link HtmlArticleParser}): its byline and dateline are the page's. The note's times are when it was clipped, not
 * when the story ran, and its tags are the reader's filing ("to-read"), not the outlet's section: neither is read.
 */
final class EvernoteExports {
    private static final int SNIFF_CHARS = 2048;

    private EvernoteExports() {
    }

    /** Whether the input is an Evernote export: by its name, or an {@code <en-export>} root near its start. */
    static boolean isExport(String origin, String text) {
        return origin.toLowerCase(Locale.ROOT).endsWith(".enex")
                || FormatDetector.head(text, SNIFF_CHARS).contains("<en-export");
    }

    /** Each note as an article (or a rejection naming it), in the file's order; a rejection when the file has none. */
    static List<ParseOutcome> parse(InputDocument doc, String text) {
        Document export = Jsoup.parse(text, "", Parser.xmlParser());
        List<ParseOutcome> out = new ArrayList<>();
        for (Element note : export.select("en-export > note")) {
            out.add(HtmlArticleParser.parse(asPage(note), doc.origin(), doc.ingestedAt()));
        }
        if (out.isEmpty()) {
            out.add(ParseOutcome.rejected(Rejection.ofText(doc.origin(), null, RejectionReason.NO_CONTENT,
                    "an Evernote export with no note (no <note> under <en-export>)", text, InputFormat.HTML, doc.ingestedAt())));
        }
        return out;
    }

    /** The note as the page it was clipped from: its title, its source address as the canonical one, the ENML's body. */
    private static String asPage(Element note) {
        Element content = note.selectFirst("> content");
        Element enNote = content == null ? null : Jsoup.parse(content.wholeText(), "", Parser.xmlParser()).selectFirst("en-note");
        Document page = Jsoup.parse("<html><head><title></title></head><body></body></html>");
        page.title(note.select("> title").text());
        String url = note.select("> note-attributes > source-url").text();
        if (!url.isBlank()) {
            page.head().appendElement("link").attr("rel", "canonical").attr("href", url);
        }
        if (enNote != null) {
            page.body().html(enNote.html());
        }
        return page.outerHtml();
    }
}
