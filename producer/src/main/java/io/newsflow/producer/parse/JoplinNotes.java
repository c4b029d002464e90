package io.newsflow.producer.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note as Joplin writes it to a raw export or a sync folder: its title on the first line, its Markdown, then a blank
 * line and the note's properties, one "key: value" a line ("id: 8f1c…", "parent_id: …", "created_time: …",
 * "source_url: …", "source_application: …"), ending with "type_: 1". The properties leave the text; the address the
 * note was clipped from is the article's. Its times are the note's, when it was clipped, not when the story ran, and its
 * "author" is whoever kept the note: neither is read.
 */
final class JoplinNotes {
    /**
     * The properties block at the end: a blank line, lines of a lower-case key and a value (perhaps empty), among them a
     * 32-digit hexadecimal "id", and "type_: " with the item's kind last.
     */
    private static final Pattern PROPERTIES = Pattern.compile("\\R\\R((?:[a-z_]{2,40}:(?: [^\\r\\n]*)?\\R){3,60}?type_: \\d{1,2})\\s*\\z");
    private static final Pattern ID = Pattern.compile("(?m)^id: [0-9a-f]{32}$");
    private static final Pattern SOURCE_URL = Pattern.compile("(?m)^source_url: (https?://\\S+)$");

    private JoplinNotes() {
    }

    /** The text without the properties of a Joplin note, whose address is offered to the draft; the text itself otherwise. */
    static String read(String text, ArticleDraft draft) {
        int tail = Math.max(0, text.length() - 8192); // (the block is a few dozen short lines at the very end)
        Matcher block = PROPERTIES.matcher(text).region(tail, text.length());
        if (!block.find() || !ID.matcher(block.group(1)).find()) {
            return text;
        }
        Matcher url = SOURCE_URL.matcher(block.group(1));
        if (url.find() && draft.url == null) {
            draft.url = url.group(1);
        }
        return text.substring(0, block.start());
    }
}
