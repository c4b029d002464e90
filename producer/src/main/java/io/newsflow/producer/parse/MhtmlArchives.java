package io.newsflow.producer.parse;

import io.newsflow.avro.InputFormat;
import io.newsflow.avro.RejectionReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;

/**
 * A web page saved as one MHTML file (a browser's "Save page as … single file", {@code .mhtml}/{@code .mht}): a MIME
 * message whose {@code text/html} part, quoted-printable or base64, is the page, and whose other parts are its styles and
 * images. The page is read as any HTML page; the message's {@code Date} is when it was saved, never the story's date, and
 * its {@code Snapshot-Content-Location} is the page's address when the page names none. Read with Apache James mime4j.
 */
final class MhtmlArchives {

    private static final int SNIFF_CHARS = 2048;

    private MhtmlArchives() {
    }

    /** Whether the input is an MHTML archive: by its name, or by MIME headers opening it that announce a related multipart. */
    static boolean isArchive(String origin, String contentType, String text) {
        String name = origin.toLowerCase(Locale.ROOT);
        if (name.endsWith(".mhtml") || name.endsWith(".mht") || contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/related")) {
            return true;
        }
        String headers = MimeMessages.headers(MimeMessages.head(text, SNIFF_CHARS));
        return headers.contains("mime-version:") && headers.contains("multipart/related") && headers.contains("text/html");
    }

    /** The saved page parsed as HTML, or a rejection naming the input when the archive holds no readable page. */
    static ParseOutcome parse(InputDocument doc) {
        String html;
        String location;
        try {
            Message message = MimeMessages.parse(doc.content());
            Entity page = htmlPart(message);
            if (page == null) {
                return rejected(doc, RejectionReason.NO_CONTENT, "an MHTML archive without a text/html part");
            }
            html = decode((SingleBody) page.getBody(), page.getCharset());
            location = firstNonBlank(field(message, "Snapshot-Content-Location"), field(page, "Content-Location"));
        } catch (CharacterCodingException e) {
            return rejected(doc, RejectionReason.INVALID_ENCODING, "the MHTML archive's page is not valid in its charset");
        } catch (IOException e) { // mime4j reports a broken message as a MimeIOException
            return rejected(doc, RejectionReason.MALFORMED, "not a readable MHTML archive: " + e.getMessage());
        }
        return HtmlArticleParser.parse(html, doc.origin(), doc.ingestedAt(), location);
    }

    /** The page: the first {@code text/html} part of the related multipart, or the message itself when it is one. */
    private static Entity htmlPart(Message message) {
        if (message.getBody() instanceof Multipart multipart) {
            for (Entity part : multipart.getBodyParts()) {
                if ("text/html".equalsIgnoreCase(part.getMimeType()) && part.getBody() instanceof SingleBody) {
                    return part;
                }
            }
            return null;
        }
        return "text/html".equalsIgnoreCase(message.getMimeType()) && message.getBody() instanceof SingleBody ? message : null;
    }

    /** The part's bytes, its transfer encoding undone, in its charset (UTF-8 when it names none, as browsers save). */
    private static String decode(SingleBody body, String charsetName) throws IOException {
        byte[] bytes;
        try (InputStream in = body.getInputStream()) {
            bytes = in.readAllBytes();
        }
        Charset charset = "us-ascii".equalsIgnoreCase(charsetName) ? StandardCharsets.UTF_8 : InputDecoder.namedOrUtf8(charsetName);
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static String field(Entity entity, String name) {
        String value = MimeMessages.field(entity, name);
        return value == null ? null : value.strip();
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static ParseOutcome rejected(InputDocument doc, RejectionReason reason, String message) {
        return ParseOutcome.rejected(Rejection.ofBytes(doc.origin(), null, reason, message, doc.content(), InputFormat.HTML,
                doc.ingestedAt()));
    }
}
