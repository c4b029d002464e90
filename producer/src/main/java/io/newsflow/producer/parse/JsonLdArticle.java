package io.newsflow.producer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.newsflow.avro.ArticleType;
import io.newsflow.avro.TimeProvenance;
import io.newsflow.producer.parse.text.NameCase;
import io.newsflow.producer.parse.text.SignatureDetector;

/**
 * Reads a JSON-LD {@code NewsArticle} (or {@code Article}, {@code OpinionNewsArticle},
 * {@code AnalysisNewsArticle}, {@code ReportageNewsArticle}...) from a page, including one nested in
 * an {@code @graph}. A broken JSON-LD block is ignored: the page's other metadata still applies.
 */
final class JsonLdArticle {
    /** Lenient where CMSs' hand-made blocks are: a line break inside a string, a comma after the last member. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA).build();

    private JsonLdArticle() {
    }

    /** Fills the draft from the page's JSON-LD article; returns its {@code @type}, or null when there is none. */
    static String apply(Document doc, ArticleDraft draft) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode tree = MAPPER.readTree(script.data());
                JsonNode article = find(tree);
                if (article != null) {
                    fill(withReferences(article, tree.path("@graph")), draft);
                    // a publisher given by reference: its node's name, below the page's site name (h06's node names the
                    // company, "Freight Ledger Media Ltd"; x339's the site, "Expresso")
                    JsonNode publisher = referenced(article.path("publisher"), tree.path("@graph"));
                    draft.offerSource(publisher != article.path("publisher") ? text(publisher, "name") : null, 45);
                    return article.path("@type").isArray() ? article.path("@type").path(0).asText() : article.path("@type").asText();
                }
            } catch (java.io.IOException e) {
                // a malformed block says nothing trustworthy; the meta tags remain
            }
        }
        return null;
    }

    /**
     * The article with its authors given by reference in the same graph ({@code "author": {"@id": ...}}, as Yoast and
     * other plug-ins write them) replaced by the nodes they name; the article as it is otherwise.
     */
    private static JsonNode withReferences(JsonNode article, JsonNode graph) {
        if (!graph.isArray() || !article.isObject()) {
            return article;
        }
        ObjectNode resolved = ((ObjectNode) article).deepCopy();
        for (String field : List.of("author", "creator")) {
            JsonNode value = article.path(field);
            if (value.isArray()) {
                ArrayNode nodes = resolved.putArray(field);
                value.forEach(v -> nodes.add(referenced(v, graph)));
            } else if (value.isObject()) {
                resolved.set(field, referenced(value, graph));
            }
        }
        return resolved;
    }

    /** The graph's node a reference ({@code {"@id": "..."}} alone) names, or the value itself. */
    private static JsonNode referenced(JsonNode value, JsonNode graph) {
        if (!graph.isArray() || !value.isObject() || value.size() != 1 || !value.has("@id")) {
            return value;
        }
        for (JsonNode node : graph) {
            if (value.get("@id").asText().equals(node.path("@id").asText(null))) {
                return node;
            }
        }
        return value;
    }

    private static JsonNode find(JsonNode node) {
        List<JsonNode> candidates = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(candidates::add);
        } else if (node.has("@graph")) {
            node.get("@graph").forEach(candidates::add);
        } else {
            candidates.add(node);
        }
        for (JsonNode candidate : candidates) {
            // (or a page's node whose main entity is the article: {"@type": "WebPage", "mainEntity": {"@type": "NewsArticle"}})
            for (JsonNode c : List.of(candidate, candidate.path("mainEntity"))) {
                String type = c.path("@type").isArray() ? c.path("@type").path(0).asText() : c.path("@type").asText();
                // (a page's own shortened type too: "ReportageNews" for schema.org's "ReportageNewsArticle")
                if (type.endsWith("Article") || type.equals("BlogPosting") || type.equals("LiveBlogPosting") || type.equals("Report")
                        || type.endsWith("News")) {
                    return c;
                }
            }
        }
        return null;
    }

    private static void fill(JsonNode a, ArticleDraft draft) {
        draft.title = text(a, "headline");
        draft.metadataBody = text(a, "articleBody");
        String url = text(a, "url");
        if (url == null && a.path("mainEntityOfPage").isObject()) {
            url = text(a.get("mainEntityOfPage"), "@id");
        } else if (url == null) {
            url = text(a, "mainEntityOfPage");
        }
        draft.url = url;
        String published = a.has("datePublished") ? text(a, "datePublished") : text(a, "dateCreated"); // (a CMS's "created" alone)
        if (published != null) {
            draft.offerPublished(JsonDates.parseDate(published), TimeProvenance.METADATA, published);
        }
        JsonNode authors = a.has("author") ? a.path("author") : a.path("creator"); // (schema.org's "creator", where "author" is not)
        for (JsonNode author : authors.isArray() ? authors : List.of(authors)) {
            String name = author.isObject() ? text(author, "name") : author.isTextual() ? author.asText() : null;
            // (an agency named as a person: {"@type": "Person", "name": "EFE"}, its copy)
            if (name != null && !"Organization".equals(author.path("@type").asText()) && SignatureDetector.agencyCredit(name).isEmpty()) {
                // ("By Sarah Mills, Senior Reporter": a byline written out; "Tees Valley Echo Staff": the staff, no one)
                if (!JsonAuthors.namesDesk(name) && !draft.offerWrittenByline(name)) {
                    draft.addAuthor(NameCase.natural(name));
                }
            } else if (name != null && SignatureDetector.agencyCredit(name).isPresent()) {
                draft.offerSource(name.strip(), 65); // an agency as the author: its copy, as a byline crediting it (over the publisher)
            }
        }
        JsonNode publisher = a.path("publisher");
        String publisherName = publisher.isObject() ? text(publisher, "name") : publisher.isTextual() ? publisher.asText() : null;
        // a blog's writer named as its publisher (Publii's {"publisher": {"@type": "Organization", "name": "Isla Munro"}}):
        // the person, not the site, so the site's own name is read elsewhere on the page
        boolean writer = publisherName != null && draft.authors.stream().anyMatch(w -> w.equalsIgnoreCase(publisherName.strip()));
        draft.offerSource(writer || "Person".equals(publisher.path("@type").asText()) ? null : publisherName, 60);
        JsonNode section = a.path("articleSection");
        draft.offerSection(section.isArray() ? section.path(0).asText(null) : section.asText(null));
        ArticleType type = typeOf(a.path("@type").asText(""));
        draft.offerType(type == ArticleType.NEWS && !a.path("@type").asText("").toLowerCase(Locale.ROOT).startsWith("reportage")
                ? ArticleType.UNKNOWN : type); // (a page's generic NewsArticle says "news" last: HtmlArticleParser)
    }

    /**
     * The type schema.org's article type names: {@code OpinionNewsArticle} opinion, {@code AnalysisNewsArticle} and
     * {@code BackgroundNewsArticle} analysis, {@code ReportageNewsArticle} and the generic {@code NewsArticle} news;
     * {@code UNKNOWN} for any other.
     */
    static ArticleType typeOf(String schemaType) {
        String type = schemaType.toLowerCase(Locale.ROOT);
        if (type.startsWith("opinion")) {
            return ArticleType.OPINION;
        }
        if (type.startsWith("analysis") || type.startsWith("backgroundnews")) {
            return ArticleType.ANALYSIS;
        }
        // (Plone's content type for a news story is "News Item")
        return type.startsWith("reportage") || type.equals("newsarticle") || type.equals("news item") ? ArticleType.NEWS : ArticleType.UNKNOWN;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isValueNode() || v.asText().isBlank() ? null : v.asText().strip();
    }
}
