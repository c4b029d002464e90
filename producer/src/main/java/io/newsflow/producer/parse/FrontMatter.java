package io.newsflow.producer.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The front matter that opens a Markdown export from a static site or a notes app: YAML between "---" lines (Jekyll,
 * Hugo, Obsidian) or TOML between "+++" lines (Hugo's default), with "title", "author(s)", "date", "publication",
 * "section" or "categories" and the like. Its fields are the piece's metadata, read as a JSON article's are
 * ({@link JsonFields}: the same names and forms), and the block leaves the text, which the plain-text parser then reads.
 * A block that is no map in its language is left as text.
 */
public final class FrontMatter {

    /** "---" on the first line, up to 40 lines of YAML, "---" (or Pandoc's "...") alone on a line. */
    private static final Pattern YAML_BLOCK = Pattern.compile("\\A\\uFEFF?---[ \\t]*\\R((?:.*\\R){1,40}?)(?:---|\\.\\.\\.)[ \\t]*(?:\\R|\\z)");
    /** "+++" on the first line, up to 40 lines of TOML, "+++" alone on a line. */
    private static final Pattern TOML_BLOCK = Pattern.compile("\\A\\uFEFF?\\+\\+\\+[ \\t]*\\R((?:.*\\R){1,40}?)\\+\\+\\+[ \\t]*(?:\\R|\\z)");
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final TomlMapper TOML = new TomlMapper();

    private FrontMatter() {
    }

    /** The text without its front matter, whose fields are offered to the draft; the text itself when it has none. */
    public static String read(String text, ArticleDraft draft) {
        Matcher yaml = YAML_BLOCK.matcher(text);
        if (yaml.find()) {
            return read(text, yaml, YAML, draft);
        }
        Matcher toml = TOML_BLOCK.matcher(text);
        return toml.find() ? read(text, toml, TOML, draft) : text;
    }

    private static String read(String text, Matcher block, ObjectMapper mapper, ArticleDraft draft) {
        JsonNode fields;
        try {
            fields = mapper.readTree(block.group(1));
        } catch (JacksonException e) {
            return text; // a rule of dashes or pluses over text, not a block of fields
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
