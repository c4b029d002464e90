package io.newsflow.producer.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The YAML front matter that opens a Markdown export from a static site or a notes app (Jekyll, Hugo, Obsidian):
 * "---", then "title:", "author:", "date:", "publication:", "section:" and the like, then "---". Its fields are the
 * piece's metadata, read as a JSON article's are ({@link JsonFields}: the same names and forms), and the block leaves
 * the text, which the plain-text parser then reads. A block that is no YAML map is left as text.
 */
public final class FrontMatter {

    /** "---" on the first line, up to 40 lines of YAML, "---" (or Pandoc's "...") alone on a line. */
    private static final Pattern BLOCK = Pattern.compile("\\A\\uFEFF?---[ \\t]*\\R((?:.*\\R){1,40}?)(?:---|\\.\\.\\.)[ \\t]*(?:\\R|\\z)");
    private static final YAMLMapper YAML = new YAMLMapper();

    private FrontMatter() {
    }

    /** The text without its front matter, whose fields are offered to the draft; the text itself when it has none. */
    public static String read(String text, ArticleDraft draft) {
        Matcher block = BLOCK.matcher(text);
        if (!block.find()) {
            return text;
        }
        JsonNode fields;
        try {
            fields = YAML.readTree(block.group(1));
        } catch (JacksonException e) {
            return text; // a rule of dashes over text, not YAML
        }
        if (fields == null || !fields.isObject() || fields.isEmpty()) {
            return text;
        }
        ArticleDraft meta = JsonFields.toDraft(fields, "");
        draft.title = meta.title;
        meta.authors.forEach(draft::addAuthor);
        draft.offerSource(meta.source);
        draft.offerSection(meta.section);
        draft.offerType(meta.articleType);
        if (meta.publishedAt != null) {
            draft.offerPublished(meta.publishedAt, meta.provenance, meta.publishedAtText);
        }
        return text.substring(block.end());
    }
}
