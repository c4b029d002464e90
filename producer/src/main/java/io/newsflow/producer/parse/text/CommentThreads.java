package io.newsflow.producer.parse.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The readers' comments a scraper takes in after the story: a prompt to log in or join the
 * conversation, or a commenter's handle over a relative time ("Sailor_Mac · 2 hours ago"), then
 * the comments themselves. Everything from there to the end is the thread, not the story.
 */
final class CommentThreads {

    /** How far from the end a thread may start: the comments shown under a story. */
    private static final int WINDOW = 40;
    private static final int MAX_CHARS = 80;
    private static final Pattern PROMPT = Pattern.compile("(?iu)^\\W*(?:(?:log ?in|sign ?in|register|subscribe) to "
            + "(?:comment|reply|join the (?:conversation|discussion))|join the (?:conversation|discussion)|leave a comment|"
            + "add a comment|post a comment|show comments|view comments|read comments|comments are closed|"
            + "\\d+\\s+(?:comments?|replies)|"
            // a comments button with its count in other languages: "Komentari (12)", "Komentarai 48", "Kommentare (3)"
            + "(?:comments?|komentari|komentarji|komentarai|komentāri|σχόλια|komentáře|komentarze|kommentare|kommentarer|athugasemdir|коментари|"
            + "commentaires|comentarios|comentários|commenti|reacties|hozzászólások|kommentit|sylwadau)\\s*\\(?\\d+\\)?)\\W*$");
    /** A commenter's handle and when they wrote: "Sailor_Mac · 2 hours ago", "IslandLass | 1h". */
    private static final Pattern HANDLE = Pattern.compile("(?iu)^[\\p{L}\\d_.-]{3,30}\\s*[·•|]\\s*(?:\\d+\\s*"
            + "(?:seconds?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|w)(?:\\s+ago)?|just now|yesterday)\\s*$");

    private CommentThreads() {
    }

    /** Where the comment thread starts in {@code lines}, or -1 when the lines do not end with one. */
    static int start(List<String> lines) {
        for (int i = Math.max(1, lines.size() - WINDOW); i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.length() <= MAX_CHARS && (PROMPT.matcher(text).matches() || HANDLE.matcher(text).matches())) {
                return i;
            }
        }
        return -1;
    }
}
