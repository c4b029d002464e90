package io.newsflow.producer.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * What {@link MhtmlArchives} and {@link MailMessages} both do with a MIME message: sniff the header block that opens the
 * text, parse the message with Apache James mime4j (permissively: a saved page's and a newsletter's lines and headers are
 * long), and read a header's value.
 */
final class MimeMessages {

    private MimeMessages() {
    }

    /** The first {@code chars} characters of the text in lower case, its line ends as "\n". */
    static String head(String text, int chars) {
        return FormatDetector.head(text, chars).toLowerCase(Locale.ROOT).replace("\r\n", "\n");
    }

    /** The header block of a {@link #head}: up to its first blank line, or all of it. */
    static String headers(String head) {
        int end = head.indexOf("\n\n");
        return end < 0 ? head : head.substring(0, end);
    }

    /** The message the bytes hold; a broken one is reported as a mime4j {@code MimeIOException}. */
    static Message parse(byte[] content) throws IOException {
        try (InputStream in = new ByteArrayInputStream(content)) {
            DefaultMessageBuilder builder = new DefaultMessageBuilder();
            builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
            return builder.parseMessage(in);
        }
    }

    /** The raw value of the entity's header, or null when it has none. */
    static String field(Entity entity, String name) {
        Field field = entity.getHeader() == null ? null : entity.getHeader().getField(name);
        return field == null ? null : field.getBody();
    }
}
