package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mailing tool's campaign (listmonk's {@code {"name": ..., "subject": ..., "from_email": "Harbour Bulletin
 * <bulletin@...>", "body": ..., "send_at": ...}}): its subject is the headline (its {@code name} is the campaign's own
 * label, "Weekly harbour bulletin 2026-49"), its sender's display name the outlet, and the time it was sent the date
 * (not when the campaign was drafted).
 */
final class NewsletterCampaigns {
    /** "Harbour Bulletin <bulletin@harbour-bulletin.example>": a display name and an address. */
    private static final Pattern DISPLAY_NAME = Pattern.compile("\\s*\"?([^\"<>@]{2,60}?)\"?\\s*<[^<>\\s]+@[^<>\\s]+>\\s*");
    /** When a campaign went out, in the order asked. */
    private static final List<String> SENT = List.of("send_at", "sent_at", "started_at", "sendTime", "send_time");

    private NewsletterCampaigns() {
    }

    /** The campaign read as an article: subject as title, sender as source, send time as date; other nodes as they are. */
    static JsonNode asArticle(JsonNode node) {
        if (!node.isObject() || !node.path("subject").isTextual() || !(node.has("from_email") || node.has("from_name"))) {
            return node;
        }
        ObjectNode campaign = ((ObjectNode) node).deepCopy();
        campaign.set("title", node.get("subject"));
        campaign.remove("name");
        String from = node.path("from_name").asText(node.path("from_email").asText(""));
        Matcher sender = DISPLAY_NAME.matcher(from);
        String outlet = sender.matches() ? sender.group(1).strip() : from.contains("@") ? "" : from.strip();
        if (!outlet.isEmpty() && !campaign.has("source")) {
            campaign.put("source", outlet);
        }
        SENT.stream().filter(name -> node.path(name).isTextual()).findFirst()
                .ifPresent(name -> campaign.set("publishedAt", node.get(name)));
        return campaign;
    }
}
