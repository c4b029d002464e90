package io.newsflow.producer.parse;

import java.util.ArrayList;
import java.util.List;

import io.newsflow.avro.InputFormat;
import io.newsflow.avro.RejectionReason;
import io.newsflow.producer.parse.text.TextArticleParser;

/**
 * The producer's parsing facade: one {@link InputDocument} in, a list of {@link ParseOutcome}s out
 * (one per article for NDJSON and feeds). It never throws on bad input: empty, binary, badly encoded
 * or malformed documents, and records with no text, come back as rejections naming the input, the
 * line and the reason. Pure and thread-safe; no Kafka.
 */
public final class ArticleParser {

    /**
     * Whether the document is read from its bytes, not decoded as text first: a crawler's WARC file (gzipped too), a
     * PDF or a word processor's file. A reader that checks inputs before parsing them must not reject these as binary.
     */
    public static boolean readsBytes(InputDocument doc) {
        return WebArchives.isArchive(doc) || PdfDocuments.isPdf(doc) || OfficeDocuments.isOffice(doc);
    }

    /** Parses one document. */
    public List<ParseOutcome> parse(InputDocument doc) {
        // a crawler's archive (gzipped too), a PDF or a word processor's file: read from the bytes, before they are decoded
        if (OfficeDocuments.isOffice(doc)) {
            return List.of(OfficeDocuments.parse(doc)); // (its own failures are rejections naming them)
        }
        boolean warc = WebArchives.isArchive(doc);
        if (warc || PdfDocuments.isPdf(doc)) {
            try {
                return warc ? WebArchives.parse(doc) : List.of(PdfDocuments.parse(doc));
            } catch (RuntimeException e) {
                return List.of(ParseOutcome.rejected(Rejection.ofBytes(doc.origin(), null, RejectionReason.UNKNOWN,
                        "parser failed on a " + (warc ? "WARC" : "PDF") + " file: " + e, doc.content(),
                        warc ? InputFormat.HTML : InputFormat.PDF, doc.ingestedAt())));
            }
        }
        InputDecoder.Decoded decoded = InputDecoder.decode(doc.content());
        if (!decoded.ok()) {
            return List.of(ParseOutcome.rejected(Rejection.ofBytes(doc.origin(), null, decoded.failure(), decoded.reason(),
                    doc.content(), InputFormat.UNKNOWN, doc.ingestedAt())));
        }
        String text = decoded.text().replace("\uFEFF", "");
        if (TeiDocuments.isTei(text)) {
            return List.of(TeiDocuments.parse(text, doc.origin(), doc.ingestedAt())); // an archive's text in TEI
        }
        if (HarCaptures.isCapture(doc.origin(), text)) {
            return HarCaptures.parse(doc, text); // a browser's record of a visit: its HTML pages, one article each
        }
        if (JupyterNotebooks.isNotebook(doc.origin(), text)) {
            return List.of(JupyterNotebooks.parse(doc, text)); // a data desk's analysis: its Markdown cells are the story
        }
        if (EvernoteExports.isExport(doc.origin(), text)) {
            return EvernoteExports.parse(doc, text); // a notebook of clipped pages, each an article
        }
        if (MailboxFiles.isMailbox(doc.origin(), text)) {
            return MailboxFiles.parse(doc, text); // a folder of mails in one file, each an article
        }
        boolean archive = MhtmlArchives.isArchive(doc.origin(), doc.contentType(), text); // a page saved as one file
        boolean mail = !archive && MailMessages.isMail(doc.origin(), doc.contentType(), text); // a newsletter saved as a mail
        DetectedFormat format = archive ? DetectedFormat.HTML : mail ? DetectedFormat.TEXT
                : FormatDetector.detect(doc.origin(), doc.contentType(), text);
        try {
            return switch (format) {
                case TEXT -> List.of(mail ? MailMessages.parse(doc) : ArticleAssembler.assemble(TextArticleParser.parse(text),
                        InputFormat.TEXT, doc.origin(), null, text, doc.ingestedAt()));
                case JSON, NDJSON -> JsonArticleParser.parse(text, format == DetectedFormat.NDJSON, doc.origin(), doc.ingestedAt());
                case HTML -> List.of(archive ? MhtmlArchives.parse(doc) : HtmlArticleParser.parse(text, doc.origin(), doc.ingestedAt()));
                case FEED -> FeedArticleParser.parse(text, doc.origin(), doc.ingestedAt());
                case NITF -> List.of(NitfArticleParser.parse(text, doc.origin(), doc.ingestedAt()));
                case NEWSML -> NewsMlArticleParser.parse(text, doc.origin(), doc.ingestedAt());
                case CSV -> CsvArticles.parse(text, doc.origin(), doc.ingestedAt());
            };
        } catch (RuntimeException | StackOverflowError e) {
            // a parser bug must not stop a run or lose the input: it is recorded like any other rejection (a regular
            // expression recursing over a pathological line overflows the stack, which unwinds cleanly)
            List<ParseOutcome> out = new ArrayList<>();
            out.add(ParseOutcome.rejected(Rejection.ofText(doc.origin(), null, RejectionReason.UNKNOWN,
                    "parser failed on " + format + " input: " + e, text, format.inputFormat(), doc.ingestedAt())));
            return out;
        }
    }
}
