package io.newsflow.producer.parse;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.newsflow.producer.parse.text.Outlets;

/**
 * The front matter that opens a Markdown export from a static site or a notes app: YAML between "---" lines (Jekyll,
 * Hugo, Obsidian) or TOML between "+++" lines (Hugo's default), with "title", "author(s)", "date", "publication",
 * "section" or "categories" and the like. Its fields are the piece's metadata, read as a JSON article's are
 * ({@link JsonFields}: the same names and forms), and the block leaves the text, which the plain-text parser then reads.
 * A block that is no map in its language is left as text. Notion's export writes its page's properties as lines under
 * the title instead, and Lektor's content files each field between lines of "---": both read the same way.
 */
public final class FrontMatter {

    /** "---" on the first line, up to 40 lines of YAML, "---" (or Pandoc's "...") alone on a line. */
    private static final Pattern YAML_BLOCK = Pattern.compile("\\A\\uFEFF?---[ \\t]*\\R((?:.*\\R){1,40}?)(?:---|\\.\\.\\.)[ \\t]*(?:\\R|\\z)");
    /** "+++" on the first line, up to 40 lines of TOML, "+++" alone on a line. */
    private static final Pattern TOML_BLOCK = Pattern.compile("\\A\\uFEFF?\\+\\+\\+[ \\t]*\\R((?:.*\\R){1,40}?)\\+\\+\\+[ \\t]*(?:\\R|\\z)");
    /**
     * Notion's Markdown export: the page's title as "# Title", a blank line, then its properties one a line ("Author: Lotte
     * van Dijk", "Published: December 2, 2026", "Tags: Local, Transport", "Status: Published"): two to twenty of them.
     */
    private static final Pattern PROPERTIES = Pattern.compile("\\A\\uFEFF?# ([^\\r\\n]{3,200})\\R\\R((?:\\p{Lu}[\\p{L} ]{1,30}: [^\\r\\n]{1,200}"
            + "(?:\\R|\\z)){2,20})");
    /** A Lektor content file opens with a field: "title: Harbour crane gets a second life". */
    private static final Pattern LEKTOR_FIRST = Pattern.compile("\\A\\uFEFF?[a-z_]{2,30}:[^\\r\\n]*\\R(?:[^\\r\\n]*\\R){0,40}?---\\R");
    private static final Pattern LEKTOR_SEPARATOR = Pattern.compile("\\R---\\R");
    private static final Pattern LEKTOR_FIELD = Pattern.compile("(?s)([a-z_]{2,30}):[ \\t]*(.*)");
    /**
     * A reader service's Markdown of a page (Jina Reader's): "Title: ...", "URL Source: ...", perhaps "Published Time: ...",
     * each followed by a blank line, then "Markdown Content:" over the page.
     */
    private static final Pattern READER_HEADER = Pattern.compile("\\A\\uFEFF?Title: ([^\\r\\n]{3,300})\\R\\R?URL Source: (\\S+)\\R\\R?"
            + "(?:Published Time: ([^\\r\\n]{4,60})\\R\\R?)?Markdown Content:[ \\t]*\\R");
    /** An image linked to a site's home page, a logo, its text the site's name: "[![Baltic Harbour News](...)](https://host/)". */
    private static final Pattern HOME_LOGO = Pattern.compile("\\[!\\[([^\\]\\r\\n]{2,80})\\]\\([^)\\s]*\\)\\]\\(https?://[^/)\\s]+/?\\)");
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final TomlMapper TOML = new TomlMapper();

    private FrontMatter() {
    }

    /** The text without its front matter, whose fields are offered to the draft; the text itself when it has none. */
    public static String read(String text, ArticleDraft draft) {
        text = LightMarkups.read(JoplinNotes.read(text, draft), draft); // (a Joplin note's properties close it; MDX, gemtext ...)
        Matcher yaml = YAML_BLOCK.matcher(text);
        if (yaml.find()) {
            return read(text, yaml, YAML, draft);
        }
        Matcher toml = TOML_BLOCK.matcher(text);
        if (toml.find()) {
            return read(text, toml, TOML, draft);
        }
        Matcher reader = READER_HEADER.matcher(text);
        if (reader.find()) {
            ObjectNode fields = YAML.createObjectNode().put("title", reader.group(1).strip()).put("url", reader.group(2));
            if (reader.group(3) != null) {
                fields.put("published", reader.group(3).strip());
            }
            offer(JsonFields.toDraft(fields, ""), draft);
            Matcher logo = HOME_LOGO.matcher(text.substring(reader.end()));
            String site = logo.find() ? logo.group(1).replaceFirst("(?i)\\s+logo$", "") : "";
            draft.offerSource(Outlets.looksLikeOutlet(site) ? site : null, -2); // the logo linked to the home page names the site
            return text.substring(reader.end());
        }
        Matcher properties = PROPERTIES.matcher(text);
        if (properties.find()) {
            return readProperties(text, properties, draft);
        }
        String lektorBody = LEKTOR_FIRST.matcher(text).lookingAt() ? readLektor(text, draft) : null;
        return lektorBody != null ? lektorBody : MarkupHeaders.read(text, draft); // (or AsciiDoc's, reStructuredText's, Org's header)
    }

    /**
     * A Lektor content file: its fields parted by lines of "---", each "key: value" or "key:" then its text ("body:",
     * a blank line, the story); the fields are read as front matter's are, and the body is the text. Null when the
     * text is no such file (the draft then unchanged).
     */
    private static String readLektor(String text, ArticleDraft draft) {
        String[] chunks = LEKTOR_SEPARATOR.split(text.strip());
        ObjectNode fields = YAML.createObjectNode();
        String body = null;
        for (String chunk : chunks) {
            Matcher field = LEKTOR_FIELD.matcher(chunk.strip());
            if (!field.matches()) {
                return null;
            }
            String key = field.group(1);
            String value = field.group(2).strip();
            if (key.equals("body") || key.equals("text") || key.equals("content")) {
                body = value;
            } else {
                put(fields, key, value);
            }
        }
        if (chunks.length < 3 || body == null || body.isBlank()) {
            return null;
        }
        offer(JsonFields.toDraft(fields, ""), draft);
        return body;
    }

    /** A Notion page's properties as a JSON article's fields ("Tags" a list, as a multi-select is); the text without them. */
    private static String readProperties(String text, Matcher block, ArticleDraft draft) {
        ObjectNode fields = YAML.createObjectNode().put("title", block.group(1).strip());
        for (String line : block.group(2).split("\\R")) {
            String key = line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT);
            put(fields, key, line.substring(line.indexOf(':') + 1).strip());
        }
        offer(JsonFields.toDraft(fields, ""), draft);
        return "# " + block.group(1) + "\n\n" + text.substring(block.end());
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
        offer(JsonFields.toDraft(fields, ""), draft);
        return text.substring(block.end());
    }

    /** A field as a JSON article's: tags and categories a list, one a line or parted by commas ("Local, Transport"). */
    static void put(ObjectNode fields, String key, String value) {
        if (key.equals("tags") || key.equals("categories")) {
            ArrayNode list = fields.putArray(key);
            Arrays.stream(value.split("\\s*(?:,|\\R)\\s*")).filter(v -> !v.isBlank()).forEach(list::add);
        } else {
            fields.put(key, value);
        }
    }

    static void offer(ArticleDraft meta, ArticleDraft draft) {
        draft.title = meta.title;
        meta.authors.forEach(draft::addAuthor);
        draft.offerSource(meta.source);
        draft.offerSection(meta.section);
        draft.offerType(meta.articleType);
        draft.url = draft.url != null ? draft.url : meta.url; // (a reader service's "URL Source", a front matter's "url")
        if (meta.publishedAt != null) {
            draft.offerPublished(meta.publishedAt, meta.provenance, meta.publishedAtText);
        }
    }
}
