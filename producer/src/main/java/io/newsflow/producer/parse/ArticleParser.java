package io.newsflow.producer.parse;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

import io.newsflow.avro.InputFormat;
import io.newsflow.avro.RejectionReason;
import io.newsflow.producer.parse.text.TextArticleParser;

/**
 * The producer's parsing facade: one {@link InputDocument} in, a list of {@link ParseOutcome}s out
 * (one per article for NDJSON and feeds). It never throws on bad input: empty, binary, badly encoded
 * or malformed documents, and records with no text, come back as rejections naming the input, the
 * line and the reason; a reader's own failure comes back as a rejection too. Pure and thread-safe; no Kafka.
 */
public final class ArticleParser {

    /** A file of one kind that holds its articles its own way, read before the format is asked: its test and its reader. */
    private record Container(String name, InputFormat format, BiPredicate<InputDocument, String> holds,
                             BiFunction<InputDocument, String, List<ParseOutcome>> reader) {
    }

    /** The containers read from decoded text, in the order they are tried. */
    private static final List<Container> CONTAINERS = List.of(
            new Container("TEI", InputFormat.TEI, (doc, text) -> TeiDocuments.isTei(text), // an archive's text in TEI
                    (doc, text) -> List.of(TeiDocuments.parse(text, doc.origin(), doc.ingestedAt()))),
            new Container("DocBook", InputFormat.DOCBOOK, (doc, text) -> DocBookArticles.isDocBook(text), // an article in DocBook
                    (doc, text) -> List.of(DocBookArticles.parse(text, doc.origin(), doc.ingestedAt()))),
            new Container("HAR", InputFormat.HTML, (doc, text) -> HarCaptures.isCapture(doc.origin(), text), // a browser's record of a visit
                    HarCaptures::parse),
            new Container("Jupyter notebook", InputFormat.JSON, (doc, text) -> JupyterNotebooks.isNotebook(doc.origin(), text),
                    (doc, text) -> List.of(JupyterNotebooks.parse(doc, text))), // a data desk's analysis
            new Container("Evernote export", InputFormat.HTML, (doc, text) -> EvernoteExports.isExport(doc.origin(), text),
                    EvernoteExports::parse), // a notebook of clipped pages
            new Container("YAML", InputFormat.JSON, (doc, text) -> YamlRecords.isYaml(doc.origin()), // an article's fields as YAML
                    YamlRecords::parse),
            new Container("mailbox", InputFormat.TEXT, (doc, text) -> MailboxFiles.isMailbox(doc.origin(), text),
                    MailboxFiles::parse)); // a folder of mails in one file

    /**
     * Whether the document is read from its bytes, not decoded as text first: a crawler's WARC file (gzipped too), a
     * PDF or a word processor's file. A reader that checks inputs before parsing them must not reject these as binary.
     */
    public static boolean readsBytes(InputDocument doc) {
        return WebArchives.isArchive(doc) || PdfDocuments.isPdf(doc) || OfficeDocuments.isOffice(doc);
    }

    /** Parses one document. */
    public List<ParseOutcome> parse(InputDocument doc) {
        // a word processor's file, a crawler's archive (gzipped too) or a PDF: read from the bytes, before they are decoded
        boolean office = OfficeDocuments.isOffice(doc);
        boolean warc = !office && WebArchives.isArchive(doc);
        if (office || warc || PdfDocuments.isPdf(doc)) {
            try {
                return office ? List.of(OfficeDocuments.parse(doc)) : warc ? WebArchives.parse(doc) : List.of(PdfDocuments.parse(doc));
            } catch (RuntimeException | StackOverflowError e) {
                return List.of(ParseOutcome.rejected(Rejection.ofBytes(doc.origin(), null, RejectionReason.UNKNOWN,
                        "parser failed on a " + (office ? "word processor's" : warc ? "WARC" : "PDF") + " file: " + e, doc.content(),
                        office ? InputFormat.OFFICE : warc ? InputFormat.HTML : InputFormat.PDF, doc.ingestedAt())));
            }
        }
        InputDecoder.Decoded decoded = InputDecoder.decode(doc.content());
        if (!decoded.ok()) {
            return List.of(ParseOutcome.rejected(Rejection.ofBytes(doc.origin(), null, decoded.failure(), decoded.reason(),
                    doc.content(), InputFormat.UNKNOWN, doc.ingestedAt())));
        }
        String text = decoded.text().replace("\uFEFF", "");
        for (Container container : CONTAINERS) {
            if (container.holds().test(doc, text)) {
                return guarded(doc, text, container.name() + " file", container.format(), () -> container.reader().apply(doc, text));
            }
        }
        boolean archive = MhtmlArchives.isArchive(doc.origin(), doc.contentType(), text); // a page saved as one file
        boolean mail = !archive && MailMessages.isMail(doc.origin(), doc.contentType(), text); // a newsletter saved as a mail
        DetectedFormat format = archive ? DetectedFormat.HTML : mail ? DetectedFormat.TEXT
                : FormatDetector.detect(doc.origin(), doc.contentType(), text);
        return guarded(doc, text, format + " input", format.inputFormat(), () -> switch (format) {
            case TEXT -> List.of(mail ? MailMessages.parse(doc) : ArticleAssembler.assemble(TextArticleParser.parse(text),
                    InputFormat.TEXT, doc.origin(), null, text, doc.ingestedAt()));
            case JSON, NDJSON -> JsonArticleParser.parse(text, format == DetectedFormat.NDJSON, doc.origin(), doc.ingestedAt());
            case HTML -> List.of(archive ? MhtmlArchives.parse(doc) : HtmlArticleParser.parse(text, doc.origin(), doc.ingestedAt()));
            case FEED -> FeedArticleParser.parse(text, doc.origin(), doc.ingestedAt());
            case NITF -> List.of(NitfArticleParser.parse(text, doc.origin(), doc.ingestedAt()));
            case NEWSML -> NewsMlArticleParser.parse(text, doc.origin(), doc.ingestedAt());
            case CSV -> CsvArticles.parse(text, doc.origin(), doc.ingestedAt());
        });
    }

    /**
     * The reader's outcomes; a rejection naming what failed when it throws. A parser bug must not stop a run or lose the
     * input: it is recorded like any other rejection (a regular expression recursing over a pathological line overflows
     * the stack, which unwinds cleanly).
     */
    private static List<ParseOutcome> guarded(InputDocument doc, String text, String what, InputFormat format,
                                              Supplier<List<ParseOutcome>> reader) {
        try {
            return reader.get();
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(ParseOutcome.rejected(Rejection.ofText(doc.origin(), null, RejectionReason.UNKNOWN,
                    "parser failed on " + what + ": " + e, text, format, doc.ingestedAt())));
        }
    }
}
