package io.newsflow.producer.parse.text;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.avro.TimeProvenance;
import io.newsflow.producer.parse.ArticleDraft;

/**
 * A newsletter saved or forwarded as plain text opens with its mail headers ("From: The Morning Brief
 * &lt;brief@...&gt;", "Subject: ...", "Date: Mon, 1 Dec 2025 06:30:00 +0000"): the sender's display name is
 * the outlet, the date the publication time and the subject the headline when the text repeats none. The
 * header block is no part of the text. Read only when it opens the text and holds a From and a Subject
 * line, so a story that quotes "From:" in its text is left alone.
 */
final class EmailHeaders {

    private static final Pattern HEADER = Pattern.compile("(?i)^(from|to|cc|subject|date|sent|reply-to)\\s*:\\s*(.*)$");
    /** "The Morning Brief <brief@example>", "\"Port Weekly\" <news@example>". */
    private static final Pattern FORWARDED = Pattern.compile("(?i)^-{2,}\\s*(?:forwarded message|original message|"
            + "mensaje reenviado|message transféré|weitergeleitete nachricht|messaggio inoltrato|doorgestuurd bericht)\\s*-{2,}$");
    private static final Pattern DISPLAY_NAME = Pattern.compile("^\"?([^\"<@]+?)\"?\\s*<[^>]+>$");
    /** "North Bay Council Press Office": an organisation's press desk, which the organisation's name is the source of. */
    private static final Pattern PRESS_DESK = Pattern.compile("(?i)\\s+(?:press (?:office|team|desk)|media (?:relations|office|team)"
            + "|communications(?: team| office)?)$");

    /** The text after the header block, and the subject (null when the text opens with no mail headers). */
    record Read(String text, String subject) {
    }

    private EmailHeaders() {
    }

    /** Reads the mail headers opening {@code text} into the draft; the text as it is when there are none. */
    static Read read(String text, ArticleDraft draft) {
        String[] lines = text.split("\n", -1);
        int i = 0;
        // ("---------- Forwarded message ---------", "-----Original Message-----": a forwarded mail's marker first)
        while (i < lines.length && (lines[i].isBlank() || FORWARDED.matcher(lines[i].strip()).matches())) {
            i++;
        }
        String from = null;
        String subject = null;
        String date = null;
        int start = i;
        for (Matcher m; i < lines.length && (m = HEADER.matcher(lines[i].strip())).matches(); i++) {
            switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "from" -> from = m.group(2).strip();
                case "subject" -> subject = m.group(2).strip();
                case "date", "sent" -> date = m.group(2).strip();
                default -> { }
            }
        }
        if (from == null || subject == null || subject.isEmpty() || i == start) {
            return new Read(text, null);
        }
        Matcher name = DISPLAY_NAME.matcher(from);
        if (name.matches()) {
            draft.offerSource(PRESS_DESK.matcher(name.group(1).strip()).replaceFirst(""), TextArticleParser.MASTHEAD);
        }
        Instant sent = sent(date);
        if (sent != null) {
            draft.offerPublished(sent, TimeProvenance.TEXT, date);
        }
        return new Read(String.join("\n", Arrays.copyOfRange(lines, i, lines.length)), subject);
    }

    private static Instant sent(String date) {
        if (date == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return DateExtractor.find(date).map(DateExtractor.FoundDate::instant).orElse(null);
        }
    }
}
