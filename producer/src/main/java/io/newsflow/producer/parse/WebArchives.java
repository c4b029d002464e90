package io.newsflow.producer.parse;

import io.newsflow.avro.InputFormat;
import io.newsflow.avro.RejectionReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import io.newsflow.producer.parse.text.TextArticleParser;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Pages a crawler archived as WARC records (ISO 28500: Heritrix, wget's {@code --warc-file}, Common Crawl; {@code .warc},
 * also gzipped): each {@code response} record whose HTTP payload is HTML is read as an HTML page, one article each, its
 * {@code WARC-Target-URI} the address when the page names none. The record's {@code WARC-Date} is when the page was
 * crawled, never the story's date; requests, metadata and other payloads are no articles. A WET file's {@code
 * conversion} records (Common Crawl's text extracts, {@code text/plain}) are read as plain-text pages the same way. Read
 * with jwarc, which undoes chunked and compressed HTTP bodies.
 */
final class WebArchives {

    private static final int MAGIC_LENGTH = 8;

    private WebArchives() {
    }

    /** Whether the input is a WARC file: by its name, or by the record header that opens it ("WARC/1.0"). */
    static boolean isArchive(InputDocument doc) {
        String name = doc.origin().toLowerCase(Locale.ROOT);
        byte[] c = doc.content();
        return name.endsWith(".warc") || name.endsWith(".warc.gz") || name.endsWith(".warc.wet") || name.endsWith(".warc.wet.gz")
                || c.length >= MAGIC_LENGTH && new String(c, 0, MAGIC_LENGTH, StandardCharsets.ISO_8859_1).startsWith("WARC/1.");
    }

    /** One outcome per archived HTML page, or one rejection naming the input when it holds none or cannot be read. */
    static List<ParseOutcome> parse(InputDocument doc) {
        List<Page> pages = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(doc.content()); WarcReader reader = new WarcReader(in)) {
            for (WarcRecord record : reader) {
                if (record instanceof WarcResponse response && isHtml(response.http().contentType())) {
                    try (InputStream payload = response.http().bodyDecoded().stream()) {
                        pages.add(new Page(new String(payload.readAllBytes(), charset(response.http().contentType())),
                                response.target(), false));
                    }
                } else if (record instanceof WarcConversion conversion && isPlainText(conversion.contentType())) {
                    try (InputStream text = conversion.body().stream()) { // (a WET file's text extracted from a page)
                        pages.add(new Page(new String(text.readAllBytes(), charset(conversion.contentType())), conversion.target(), true));
                    }
                }
            }
        } catch (IOException | RuntimeException e) { // jwarc reports a broken record as a ParsingException or an IOException
            return List.of(rejected(doc, RejectionReason.MALFORMED, "not a readable WARC file after " + pages.size()
                    + " page(s): " + e.getMessage()));
        }
        if (pages.isEmpty()) {
            return List.of(rejected(doc, RejectionReason.NO_CONTENT, "a WARC file without an archived HTML page or text extract"));
        }
        List<ParseOutcome> out = new ArrayList<>(pages.size());
        for (Page page : pages) { // (outside the reader's handler: a parser bug stays ArticleParser's to record)
            out.add(page.plainText() ? textPage(page, doc) : HtmlArticleParser.parse(page.content(), doc.origin(), doc.ingestedAt(), page.target()));
        }
        return out;
    }

    /** An extract's text read as a plain-text page, its record's target the address when the text names none. */
    private static ParseOutcome textPage(Page page, InputDocument doc) {
        ArticleDraft draft = TextArticleParser.parse(page.content());
        draft.url = draft.url != null ? draft.url : page.target();
        return ArticleAssembler.assemble(draft, InputFormat.TEXT, doc.origin(), null, page.content(), doc.ingestedAt());
    }

    /** An archived page: its HTML (or, from a text extract, its text) and the address it was crawled from. */
    private record Page(String content, String target, boolean plainText) {
    }

    private static boolean isPlainText(MediaType type) {
        return type != null && "text".equals(type.type()) && "plain".equals(type.subtype());
    }

    private static boolean isHtml(MediaType type) {
        return type != null && "text".equals(type.type()) && ("html".equals(type.subtype()) || "xhtml+xml".equals(type.subtype()))
                || type != null && "application".equals(type.type()) && "xhtml+xml".equals(type.subtype());
    }

    /** The payload's charset as its content type names it, UTF-8 when it names none or one Java lacks. */
    private static Charset charset(MediaType type) {
        return InputDecoder.namedOrUtf8(type.parameters().get("charset"));
    }

    private static ParseOutcome rejected(InputDocument doc, RejectionReason reason, String message) {
        return ParseOutcome.rejected(Rejection.ofBytes(doc.origin(), null, reason, message, doc.content(), InputFormat.HTML,
                doc.ingestedAt()));
    }
}
