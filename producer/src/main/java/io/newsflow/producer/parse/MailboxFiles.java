package io.newsflow.producer.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.avro.InputFormat;
import io.newsflow.avro.RejectionReason;

/**
 * A mailbox file (mbox, as mail clients and archives keep a folder of mails: Thunderbird's, Google Takeout's, a list's
 * archive): its messages one after another, each opening with an envelope line ("From sender@host Sat Dec  5 10:02:11
 * 2026") and a "From " at the start of a line inside a message written ">From ". Each message is a mail read as an
 * {@code .eml} file is ({@link MailMessages}), an article of its own, numbered in the file.
 */
final class MailboxFiles {
    /** The envelope line: "From ", the sender's address (or "-" or "MAILER-DAEMON"), a date written as asctime writes it. */
    private static final Pattern ENVELOPE = Pattern.compile("(?m)^From \\S+ +\\w{3} \\w{3} +\\d{1,2} \\d{2}:\\d{2}(?::\\d{2})? (?:\\S+ )?\\d{4}\\s*$");
    /** A quoted "From " inside a message, one ">" taken off as the file was written: ">From", ">>From". */
    private static final Pattern QUOTED_FROM = Pattern.compile("(?m)^>(>*From )");

    private MailboxFiles() {
    }

    /** Whether the input is a mailbox: by its name, or by an envelope line as its first line over a mail's headers. */
    static boolean isMailbox(String origin, String text) {
        Matcher envelope = ENVELOPE.matcher(text);
        return origin.toLowerCase(Locale.ROOT).endsWith(".mbox") || envelope.lookingAt()
                && MimeMessages.headers(MimeMessages.head(text.substring(envelope.end()).stripLeading(), 4096)).contains("\nsubject:");
    }

    /** Each message as an article (or a rejection naming it), in the file's order; a rejection when none is found. */
    static List<ParseOutcome> parse(InputDocument doc, String text) {
        List<Integer> starts = new ArrayList<>();
        for (Matcher envelope = ENVELOPE.matcher(text); envelope.find(); ) {
            starts.add(envelope.start());
        }
        List<ParseOutcome> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            String message = text.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length());
            message = QUOTED_FROM.matcher(message.substring(message.indexOf('\n') + 1)).replaceAll("$1");
            InputDocument mail = new InputDocument(message.getBytes(StandardCharsets.UTF_8), doc.origin(), "message/rfc822", doc.ingestedAt());
            out.add(MailMessages.parse(mail, i + 1));
        }
        if (out.isEmpty()) {
            out.add(ParseOutcome.rejected(Rejection.ofText(doc.origin(), null, RejectionReason.NO_CONTENT,
                    "a mailbox file with no message (no line \"From <sender> <date>\" opens one)", text,
                    InputFormat.TEXT, doc.ingestedAt())));
        }
        return out;
    }
}
