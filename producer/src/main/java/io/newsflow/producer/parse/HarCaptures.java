package io.newsflow.producer.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsflow.avro.InputFormat;
import io.newsflow.avro.RejectionReason;

/**
 * A browser's record of a visit, saved from its developer tools as HAR ({@code .har}: {@code {"log": {"creator": ...,
 * "entries": [{"request": {"url": ...}, "response": {"content": {"mimeType": "text/html", "text": ...}}}]}}}): each
 * response that is an HTML page with its text kept (base64 too) is read as a saved page is, one article each, its request's
 * address the page's when it names none; stylesheets, scripts, images and the timings are no articles, and when the visit
 * happened is never the story's date, as a crawler's archive ({@link WebArchives}).
 */
final class HarCaptures {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int SNIFF_CHARS = 4096;

    private HarCaptures() {
    }

    /** Whether the input is a HAR file: by its name, or a JSON object opening with its "log" and its creator. */
    static boolean isCapture(String origin, String text) {
        String head = FormatDetector.head(text, SNIFF_CHARS);
        return origin.toLowerCase(Locale.ROOT).endsWith(".har")
                || head.stripLeading().startsWith("{") && head.contains("\"log\"") && head.contains("\"creator\"") && head.contains("\"entries\"");
    }

    /** One outcome per captured HTML page, or one rejection naming the input when it holds none. */
    static List<ParseOutcome> parse(InputDocument doc, String text) {
        JsonNode har;
        try {
            har = MAPPER.readTree(text);
        } catch (JacksonException e) {
            return List.of(rejected(doc, text, RejectionReason.MALFORMED, "a HAR file that is no valid JSON: " + e.getOriginalMessage()));
        }
        List<ParseOutcome> out = new ArrayList<>();
        for (JsonNode entry : har.path("log").path("entries")) {
            JsonNode content = entry.path("response").path("content");
            String page = content.path("text").asText("");
            if (!content.path("mimeType").asText("").toLowerCase(Locale.ROOT).startsWith("text/html") || page.isBlank()) {
                continue; // (a stylesheet, a script, an image, or a page whose text the browser did not keep)
            }
            String url = entry.path("request").path("url").asText(null);
            if (content.path("encoding").asText("").equalsIgnoreCase("base64")) {
                try {
                    page = new String(Base64.getMimeDecoder().decode(page), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    out.add(rejected(doc, text, RejectionReason.MALFORMED, "the captured page " + url + " is marked base64 but does not decode: "
                            + e.getMessage()));
                    continue;
                }
            }
            out.add(HtmlArticleParser.parse(page, doc.origin(), doc.ingestedAt(), url));
        }
        return out.isEmpty() ? List.of(rejected(doc, text, RejectionReason.NO_CONTENT, "a HAR file without a captured HTML page")) : out;
    }

    private static ParseOutcome rejected(InputDocument doc, String text, RejectionReason reason, String message) {
        return ParseOutcome.rejected(Rejection.ofText(doc.origin(), null, reason, message, text, InputFormat.HTML, doc.ingestedAt()));
    }
}
