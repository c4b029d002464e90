package io.newsflow.producer.parse;

import io.newsflow.avro.InputFormat;
import io.newsflow.avro.RejectionReason;
import io.newsflow.producer.parse.text.TextArticleParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF file (a press release, a printed page), read with Apache PDFBox before the input is decoded as text: its text
 * ({@link PdfText}) is read as a plain-text page is, so its issuer, headline, dateline and the "ENDS" and notes to
 * editors that close it are found by the same rules. The document's own fields are left alone: an authoring tool fills
 * them with a file name for a title, a login for an author and the time of saving, none of them the story's. A PDF that
 * does not open is rejected {@code MALFORMED}, a locked one likewise with what locks it, one without a text layer (a
 * scan) {@code NO_CONTENT}.
 */
final class PdfDocuments {

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** The header may follow a little junk: readers look for it in the first kilobyte. */
    private static final int HEADER_WINDOW = 1024;

    private PdfDocuments() {
    }

    /** Whether the bytes are a PDF file: its header in the first kilobyte. */
    static boolean isPdf(InputDocument doc) {
        byte[] b = doc.content();
        for (int i = 0; i + MAGIC.length <= Math.min(b.length, HEADER_WINDOW); i++) {
            int k = 0;
            while (k < MAGIC.length && b[i + k] == MAGIC[k]) {
                k++;
            }
            if (k == MAGIC.length) {
                return true;
            }
        }
        return false;
    }

    /** The article of a PDF, or its rejection. */
    static ParseOutcome parse(InputDocument doc) {
        String text;
        try (PDDocument pdf = Loader.loadPDF(doc.content())) {
            text = PdfText.of(pdf);
        } catch (InvalidPasswordException e) {
            return rejected(doc, RejectionReason.MALFORMED, "an encrypted PDF that needs a password to read: " + e.getMessage());
        } catch (IOException e) {
            return rejected(doc, RejectionReason.MALFORMED, "not a readable PDF: " + e.getMessage());
        }
        if (text.isBlank()) {
            return rejected(doc, RejectionReason.NO_CONTENT, "a PDF without text (a scanned image?): nothing to read");
        }
        return ArticleAssembler.assemble(TextArticleParser.parse(text), InputFormat.PDF, doc.origin(), null, text, doc.ingestedAt());
    }

    private static ParseOutcome rejected(InputDocument doc, RejectionReason reason, String message) {
        return ParseOutcome.rejected(Rejection.ofBytes(doc.origin(), null, reason, message, doc.content(), InputFormat.PDF,
                doc.ingestedAt()));
    }
}
