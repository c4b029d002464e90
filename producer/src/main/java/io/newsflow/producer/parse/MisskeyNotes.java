package io.newsflow.producer.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A note as a Misskey server's API gives it ({@code {"id": ..., "createdAt": ..., "user": {"name": ..., "username": ...,
 * "host": null}, "text": ..., "cw": null, "visibility": "public", "tags": [...], "reactions": {...}, "renoteId": null}}),
 * as an outlet's account posts a story. Its text is MFM, Misskey's markup: a first line all in bold ("**...**") the
 * headline, as a channel's post writes it; a function ("$[x2 🚢]", "$[tada text]") shows its content; the account's
 * display name the outlet or the writer ({@link AccountNames}); the reactions and counts no fact of the story.
 */
final class MisskeyNotes {
    /** A first line whose whole text is bold: the note's headline. */
    private static final Pattern BOLD_FIRST = Pattern.compile("^\\s*\\*\\*([^*\\n]{3,200})\\*\\*\\s*\\n");
    /** An MFM function around its content: "$[x2 🚢]", "$[fg.color=f00 text]"; innermost first. */
    private static final Pattern FUNCTION = Pattern.compile("\\$\\[[\\w.,=-]+\\s+([^\\[\\]]*)\\]");

    private MisskeyNotes() {
    }

    /** The note as one record; the node itself when it is no Misskey note. */
    static JsonNode asArticle(JsonNode node) {
        JsonNode user = node.path("user");
        if (!node.isObject() || !node.path("text").isTextual() || !node.has("createdAt") || !user.has("username")
                || !user.has("host") || !node.has("visibility") || !node.has("renoteId")) {
            return node;
        }
        ObjectNode record = ((ObjectNode) node).deepCopy();
        record.remove(List.of("user", "renote", "reply", "reactions", "reactionEmojis"));
        String text = node.get("text").asText();
        for (String shown = FUNCTION.matcher(text).replaceAll("$1"); !shown.equals(text); shown = FUNCTION.matcher(text).replaceAll("$1")) {
            text = shown; // (functions nest: "$[x2 $[tada 🚢]]")
        }
        Matcher bold = BOLD_FIRST.matcher(text);
        if (bold.find()) {
            record.put("title", bold.group(1).strip());
            text = text.substring(bold.end());
        }
        record.put("text", text.strip());
        AccountNames.credit(record, user.path("name").asText(""), user.path("username").asText());
        return record;
    }
}
