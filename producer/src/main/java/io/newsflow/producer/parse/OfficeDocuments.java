package io.newsflow.producer.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import io.newsflow.avro.InputFormat;
import io.newsflow.avro.RejectionReason;
import io.newsflow.producer.parse.text.TextArticleParser;

/**
 * A word processor's file, as press offices send releases: Word's {@code .docx} (Office Open XML) or OpenDocument's
 * {@code .odt}, each a ZIP archive whose one part holds the text ({@code word/document.xml}, {@code content.xml}). The
 * paragraphs' text ({@link OfficeText}) is read as a plain-text page is, like a PDF's, so the issuer, headline, dateline
 * and the contacts and "###" closing a release are found by the same rules. The file's own properties (a template's
 * title, the author's login, when it was saved) are not the story's and are left alone. The JDK reads the archive and
 * jsoup the XML: the text is all that is read, so no office library is needed.
 */
final class OfficeDocuments {
    private static final String WORD_PART = "word/document.xml";
    private static final String OPEN_DOCUMENT_PART = "content.xml";
    /** The text part is read whole: a release is kilobytes; more than this is no article (or a ZIP bomb). */
    private static final int MAX_PART_BYTES = 32 * 1024 * 1024;

    private OfficeDocuments() {
    }

    /** Whether the bytes are a ZIP archive holding a Word or OpenDocument text part. */
    static boolean isOffice(InputDocument doc) {
        byte[] b = doc.content();
        if (b.length < 4 || b[0] != 'P' || b[1] != 'K' || b[2] != 3 || b[3] != 4) {
            return false;
        }
        String name = doc.origin().toLowerCase(Locale.ROOT);
        return name.endsWith(".docx") || name.endsWith(".odt") || textPartName(b) != null;
    }

    /** The article of a Word or OpenDocument file, or its rejection. */
    static ParseOutcome parse(InputDocument doc) {
        String text;
        try {
            String part = textPartName(doc.content());
            if (part == null) {
                return rejected(doc, RejectionReason.MALFORMED, "a ZIP archive with neither " + WORD_PART + " (Word) nor "
                        + OPEN_DOCUMENT_PART + " (OpenDocument): not a word processor's file");
            }
            byte[] xml = read(doc.content(), part);
            if (xml.length > MAX_PART_BYTES) {
                return rejected(doc, RejectionReason.MALFORMED, part + " is larger than " + MAX_PART_BYTES + " bytes unpacked");
            }
            Element root = Jsoup.parse(new String(xml, StandardCharsets.UTF_8), "", Parser.xmlParser());
            text = part.equals(WORD_PART) ? OfficeText.ofWord(root) : OfficeText.ofOpenDocument(root);
        } catch (IOException e) {
            return rejected(doc, RejectionReason.MALFORMED, "not a readable ZIP archive: " + e.getMessage());
        }
        if (text.isBlank()) {
            return rejected(doc, RejectionReason.NO_CONTENT, "a word processor's file without text: nothing to read");
        }
        return ArticleAssembler.assemble(TextArticleParser.parse(text), InputFormat.OFFICE, doc.origin(), null, text, doc.ingestedAt());
    }

    /** The name of the archive's text part, or null when it has none (or is no readable archive). */
    private static String textPartName(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(WORD_PART) || e.getName().equals(OPEN_DOCUMENT_PART)) {
                    return e.getName();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return null; // (a damaged archive, or entry names in another charset)
        }
        return null;
    }

    private static byte[] read(byte[] zip, String part) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(part)) {
                    return in.readNBytes(MAX_PART_BYTES + 1);
                }
            }
        }
        throw new IOException(part + " vanished on a second reading");
    }

    private static ParseOutcome rejected(InputDocument doc, RejectionReason reason, String message) {
        return ParseOutcome.rejected(Rejection.ofBytes(doc.origin(), null, reason, message, doc.content(), InputFormat.OFFICE,
                doc.ingestedAt()));
    }
}
