package io.newsflow.producer.parse;

import io.newsflow.avro.InputFormat;
import io.newsflow.avro.RejectionReason;
import io.newsflow.producer.parse.text.TextArticleParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.jsoup.Jsoup;

/**
 * A newsletter saved as a MIME mail ({@code .eml}, {@code message/rfc822}): its parts quoted-printable or base64, its
 * subject perhaps an encoded word. The story is the HTML part when there is one (a plain-text part often drops the
 * byline), else the plain-text part; it is read as a plain-text newsletter whose decoded {@code From}, {@code Date} and
 * {@code Subject} open it, so the sender names the source and the date the day it was sent, as for a mail saved as text.
 * Read with Apache James mime4j.
 */
final class MailMessages {

    private static final int SNIFF_CHARS = 4096;

    private MailMessages() {
    }

    /** Whether the input is a MIME mail: by its name or type, or by a header block that declares MIME and encodes its body. */
    static boolean isMail(String origin, String contentType, String text) {
        if (origin.toLowerCase(Locale.ROOT).endsWith(".eml") || contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("message/rfc822")) {
            return true;
        }
        String head = MimeMessages.head(text, SNIFF_CHARS);
        String headers = MimeMessages.headers(head);
        return headers.contains("mime-version:") && headers.contains("\nfrom:") && headers.contains("\nsubject:")
                && (headers.contains("multipart/alternative") || headers.contains("multipart/mixed")
                    || head.contains("content-transfer-encoding: quoted-printable") || head.contains("content-transfer-encoding: base64"));
    }

    /** The newsletter read as text under its decoded headers, or a rejection naming the input. */
    static ParseOutcome parse(InputDocument doc) {
        return parse(doc, null);
    }

    /** The mail as {@link #parse(InputDocument)} reads it, as the item'th of its file (a mailbox's message); item may be null. */
    static ParseOutcome parse(InputDocument doc, Integer item) {
        String text;
        try {
            Message message = MimeMessages.parse(doc.content());
            Entity html = part(message, "text/html");
            Entity story = html != null ? html : part(message, "text/plain");
            if (story == null) {
                return rejected(doc, item, RejectionReason.NO_CONTENT, "a mail without a text/html or text/plain part");
            }
            String body = decode((SingleBody) story.getBody(), story.getCharset());
            text = "From: " + header(message, "From") + "\nDate: " + header(message, "Date") + "\nSubject: "
                    + (message.getSubject() == null ? "" : message.getSubject()) + "\n\n"
                    + (html != null ? HtmlPlainText.of(Jsoup.parse(body).body()) : body.replace("\r\n", "\n"));
        } catch (IOException e) { // mime4j reports a broken message as a MimeIOException
            return rejected(doc, item, RejectionReason.MALFORMED, "not a readable MIME mail: " + e.getMessage());
        }
        return ArticleAssembler.assemble(TextArticleParser.parse(text), InputFormat.TEXT, doc.origin(), item, text, doc.ingestedAt());
    }

    /** The first part of the type, depth first through the mail's multiparts; or null. */
    private static Entity part(Entity entity, String type) {
        if (entity.getBody() instanceof Multipart multipart) {
            for (Entity child : multipart.getBodyParts()) {
                Entity found = part(child, type);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return type.equalsIgnoreCase(entity.getMimeType()) && entity.getBody() instanceof SingleBody ? entity : null;
    }

    private static String decode(SingleBody body, String charsetName) throws IOException {
        try (InputStream in = body.getInputStream()) {
            return new String(in.readAllBytes(), InputDecoder.namedOrUtf8(charsetName));
        }
    }

    private static String header(Message message, String name) {
        String value = MimeMessages.field(message, name);
        return value == null ? "" : value.replaceAll("\\s+", " ").strip();
    }

    private static ParseOutcome rejected(InputDocument doc, Integer item, RejectionReason reason, String message) {
        return ParseOutcome.rejected(Rejection.ofBytes(doc.origin(), item, reason, message, doc.content(), InputFormat.TEXT,
                doc.ingestedAt()));
    }
}
