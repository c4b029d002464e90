package io.newsflow.producer.parse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsflow.avro.InputFormat;
import io.newsflow.avro.RejectionReason;

/**
 * Parses JSON inputs: one article object, an array of them, an API's answer listing them ({@code
 * "articles": [...]}), or NDJSON (one object per line; a bad line is rejected with its line number and
 * the others still parse). Field names follow common
 * scraper and CMS exports; see {@link JsonFields}.
 */
public final class JsonArticleParser {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonArticleParser() {
    }

    /** Parses the text; {@code ndjsonHint} forces line-by-line reading. */
    public static List<ParseOutcome> parse(String text, boolean ndjsonHint, String origin, Instant ingestedAt) {
        text = JsonGuards.without(text); // (Medium's "])}while(1);</x>" before its answer)
        if (!ndjsonHint) {
            try {
                JsonNode root = MAPPER.readTree(text);
                return fromTree(root, text, origin, ingestedAt);
            } catch (JsonProcessingException e) {
                if (!looksLineDelimited(text)) {
                    return List.of(ParseOutcome.rejected(Rejection.ofText(origin, lineOf(e), RejectionReason.MALFORMED,
                            "invalid JSON: " + e.getOriginalMessage(), text, InputFormat.JSON, ingestedAt)));
                }
            }
        }
        return parseLines(text, origin, ingestedAt);
    }

    private static boolean looksLineDelimited(String text) {
        String[] lines = text.strip().split("\n");
        return lines.length > 1 && lines[0].strip().startsWith("{") && lines[0].strip().endsWith("}");
    }

    private static List<ParseOutcome> fromTree(JsonNode root, String text, String origin, Instant ingestedAt) {
        List<ParseOutcome> out = new ArrayList<>();
        // a channel's exported history, a Ghost site's export: one article per post
        List<JsonNode> posts = TelegramExports.is(root) ? TelegramExports.posts(root) : GhostExports.is(root) ? GhostExports.posts(root) : null;
        if (posts != null) {
            for (int i = 0; i < posts.size(); i++) {
                out.add(one(posts.get(i), posts.get(i).toString(), origin, i + 1, ingestedAt));
            }
            return out.isEmpty() ? List.of(ParseOutcome.rejected(Rejection.ofText(origin, null, RejectionReason.NO_CONTENT,
                    "the export holds no post with text", text, InputFormat.JSON, ingestedAt))) : out;
        }
        root = Microformats2Entries.entriesOnly(root); // (a page's microformats: its entries, not the site's card)
        root = KenticoDocuments.listed(root); // (Kentico's pages, each under its page type's name)
        root = RedditThreads.listed(root); // (a thread's posts, without its comments)
        root = VkWallPosts.listed(root); // (a community's wall posts, each with its community's name)
        root = OrchardContentItems.listed(root); // (a GraphQL answer's content items of one type)
        root = NprDocuments.listed(root); // (a content service's story documents, their assets resolved)
        JsonNode listed = JsonWrappers.articleList(root); // a news API's answer: {"status": "ok", "articles": [...]}
        JsonNode list = listed != null ? listed : root;
        boolean feed = JsonFeeds.is(root);
        if (list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                JsonNode item = feed ? JsonFeeds.item(root, list.get(i))
                        : JsonApiDocuments.isResource(list.get(i)) ? JsonApiDocuments.resource(root, list.get(i)) : list.get(i);
                out.add(one(item, list.get(i).toString(), origin, i + 1, ingestedAt));
            }
            if (list.isEmpty()) {
                out.add(ParseOutcome.rejected(Rejection.ofText(origin, null, RejectionReason.NO_CONTENT,
                        "JSON array is empty", text, InputFormat.JSON, ingestedAt)));
            }
            return out;
        }
        out.add(one(JsonApiDocuments.flatten(root), text, origin, null, ingestedAt)); // (a JSON:API document's resource)
        return out;
    }

    private static List<ParseOutcome> parseLines(String text, String origin, Instant ingestedAt) {
        List<ParseOutcome> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                out.add(one(MAPPER.readTree(line), line, origin, i + 1, ingestedAt));
            } catch (JsonProcessingException e) {
                out.add(ParseOutcome.rejected(Rejection.ofText(origin, i + 1, RejectionReason.MALFORMED,
                        "line " + (i + 1) + ": invalid JSON: " + e.getOriginalMessage(), line, InputFormat.JSON, ingestedAt)));
            }
        }
        return out;
    }

    private static ParseOutcome one(JsonNode input, String raw, String origin, Integer line, Instant ingestedAt) {
        return record(input, raw, origin, line, ingestedAt, InputFormat.JSON, "line ");
    }

    /**
     * One record read as an article, or its rejection naming where it stands ({@code unit} and {@code line}: "line 3",
     * a CSV file's "row 3"); {@code format} is the input's.
     */
    static ParseOutcome record(JsonNode input, String raw, String origin, Integer line, Instant ingestedAt, InputFormat format, String unit) {
        String where = line == null ? "" : unit + line + ": ";
        JsonNode node = RecordShapes.read(input);
        if (!node.isObject()) {
            return ParseOutcome.rejected(Rejection.ofText(origin, line, RejectionReason.MALFORMED,
                    where + "expected a JSON object, found " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT),
                    raw, format, ingestedAt));
        }
        String body = JsonFields.body(node);
        JsonBodySearch.Found found = body == null ? JsonBodySearch.longest(node) : null; // (no known name: the longest story-like text)
        if (found != null) {
            body = found.text();
            node = KontentItems.flatten(found.owner()); // (its fields may be elements: Sitecore's {"Title": {"value": ...}})
        }
        // a news API's item that gives only its teaser (MediaStack's "description"): an article of its lead alone
        String teaser = body == null || body.isBlank() ? JsonFields.plainText(node, JsonFields.LEAD) : null;
        body = teaser != null && !teaser.isBlank() ? teaser : body; // (the draft takes the teaser as its lead, not twice)
        if (body == null || body.isBlank()) {
            return ParseOutcome.rejected(Rejection.ofText(origin, line, RejectionReason.MISSING_FIELD,
                    where + "field 'body' is missing or empty (also looked for " + String.join(", ", JsonFields.BODY)
                            + ", and for a list of text blocks under " + String.join(", ", JsonBlocks.KEYS)
                            + ", at the top level and under " + String.join(", ", JsonWrappers.WRAPPERS)
                            + "; nor a teaser under " + String.join(", ", JsonFields.LEAD) + "; nor any text of "
                            + JsonBodySearch.MIN_CHARS + " characters or more that reads as a story)",
                    raw, format, ingestedAt));
        }
        ArticleDraft draft = JsonFields.toDraft(node, body);
        return ArticleAssembler.assemble(draft, format, origin, line, raw, ingestedAt);
    }

    private static Integer lineOf(JsonProcessingException e) {
        return e.getLocation() == null ? null : e.getLocation().getLineNr();
    }
}
