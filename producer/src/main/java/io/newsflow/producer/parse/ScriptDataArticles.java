package io.newsflow.producer.parse;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.newsflow.avro.InputFormat;
import io.newsflow.producer.parse.text.Outlets;

/**
 * A page a JavaScript framework renders in the browser: its markup is an empty shell ("Loading..."), and the story
 * is the data the framework hands its page, Next.js' {@code <script id="__NEXT_DATA__" type="application/json">}
 * (the page's {@code props.pageProps}). The article in it is read as a JSON article ({@link JsonFields}, found under
 * the same wrapper keys, {@code "article"}, {@code "post"}, {@code "story"} ...), and the site's name from the page's
 * {@code og:site_name}, or its window title when that names an outlet and not the story. Pages whose markup
 * carries the story are left to the markup, which is read with more context.
 */
final class ScriptDataArticles {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ScriptDataArticles() {
    }

    /** The outcome of the story a shell page's script data holds; null when the page has none or shows its text. */
    static ParseOutcome parse(Document doc, String html, String origin, Instant ingestedAt) {
        Element script = doc.selectFirst("script#__NEXT_DATA__");
        if (script == null || !HtmlPlainText.isThin(doc.body())) {
            return null;
        }
        JsonNode props;
        try {
            props = MAPPER.readTree(script.data()).path("props").path("pageProps");
        } catch (JsonProcessingException e) {
            return null; // a broken script is no story: the markup is read as it is
        }
        JsonNode article = props.isObject() ? JsonWrappers.unwrap(props) : null;
        String body = article == null ? null : JsonFields.body(article);
        if (body == null || body.isBlank()) {
            return null;
        }
        ArticleDraft draft = JsonFields.toDraft(article, body);
        draft.offerSource(HtmlArticleParser.meta(doc, "og:site_name"), 50);
        String windowTitle = doc.title().strip();
        boolean outletTitle = !windowTitle.equals(draft.title) && Outlets.looksLikeOutlet(windowTitle);
        draft.offerSource(outletTitle ? windowTitle : null, -1); // "<title>N1 Srbija</title>" over the shell
        return ArticleAssembler.assemble(draft, InputFormat.HTML, origin, null, html, ingestedAt);
    }
}
