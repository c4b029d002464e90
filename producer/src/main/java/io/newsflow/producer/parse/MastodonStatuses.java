package io.newsflow.producer.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.parser.Parser;

/**
 * A Mastodon status as the server's API gives it ({@code {"id": ..., "created_at": ..., "content": "<p>...",
 * "account": {"username": ..., "acct": ..., "display_name": ...}, "tags": [{"name": ...}], ...}}), as an outlet's or
 * a writer's account posts a story: its HTML the body; a first paragraph all in bold the headline, as a channel's
 * post writes it; the account's display name the outlet or the writer ({@link AccountNames}); the account's own note
 * and counts no fact of the story.
 */
final class MastodonStatuses {
    /** A first paragraph whose whole text is bold: the post's headline. */
    private static final Pattern BOLD_FIRST = Pattern.compile("^\\s*<p>\\s*<(strong|b)>([^<]{3,200})</\\1>\\s*</p>");

    private MastodonStatuses() {
    }

    /** The status as one record; the node itself when it is no Mastodon status. */
    static JsonNode asArticle(JsonNode node) {
        JsonNode account = node.path("account");
        if (!node.isObject() || !node.path("content").isTextual() || !node.has("created_at") || !account.has("acct")
                || !account.has("username") || !node.has("visibility")) {
            return node;
        }
        ObjectNode record = ((ObjectNode) node).deepCopy();
        record.remove("account");
        record.remove("reblog"); // (a boost's original, another account's)
        boldHeadline(record);
        AccountNames.credit(record, account.path("display_name").asText(""), account.path("username").asText());
        return record;
    }

    /** A record's HTML "content" whose first paragraph is all in bold: that paragraph is its headline, out of the content. */
    static void boldHeadline(ObjectNode record) {
        String content = record.path("content").asText("");
        Matcher bold = BOLD_FIRST.matcher(content);
        if (bold.find()) {
            record.put("title", Parser.unescapeEntities(bold.group(2).strip(), false));
            record.put("content", content.substring(bold.end()));
        }
    }
}
