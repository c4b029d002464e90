package io.newsflow.producer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The document header of a lightweight markup other than Markdown, as a static site's source file holds a post: an
 * AsciiDoc document's ("= Title", the author line "Name &lt;address&gt;", the revision line "2026-12-05", then attributes
 * ":page-category: Transport"), a reStructuredText document's (the title over its underline of "#", then a field list
 * ":date: 2026-12-05 10:20", ":authors: ...", as Pelican reads it) and an Org document's ("#+TITLE:", "#+AUTHOR:",
 * "#+DATE: &lt;2026-12-05 Sat 09:15&gt;", "#+FILETAGS: :buses:"). Its fields are read as front matter's ({@link FrontMatter}),
 * and the markup that is no text of the story leaves the body: section titles' marks and underlines, directives and
 * their options, block delimiters, admonition labels, thematic breaks, emphasis marks.
 */
final class MarkupHeaders {
    private static final Pattern ADOC_TITLE = Pattern.compile("\\A\\uFEFF?= (\\S[^\\r\\n]{2,200})\\R");
    private static final Pattern ADOC_ATTRIBUTE = Pattern.compile(":!?([\\w-]+)!?:[ \\t]*(.*)");
    /** A title over its underline (perhaps under an overline) of one punctuation mark repeated: reStructuredText's. */
    private static final Pattern RST_TITLE = Pattern.compile("\\A\\uFEFF?(?:([=#*~^\"'`+-])\\1{2,}\\R)?(\\S[^\\r\\n]{2,200})\\R([=#*~^\"'`+-])\\3{2,}[ \\t]*\\R");
    private static final Pattern RST_FIELD = Pattern.compile(":([\\w-]+):[ \\t]+(.*)");
    private static final Pattern ORG_KEYWORD = Pattern.compile("#\\+([A-Za-z_]+):[ \\t]*(.*)");
    /** Org's timestamp: "<2026-12-05 Sat 09:15>", its weekday and brackets no part of the date. */
    private static final Pattern ORG_TIME = Pattern.compile("[<\\[](\\d{4}-\\d{2}-\\d{2})(?: \\p{L}{2,3}\\.?)?(?: (\\d{1,2}:\\d{2}))?[>\\]]");
    /** Lines of markup with no text of the story: breaks, delimiters, directives, block attributes, comments. */
    private static final Pattern MARKUP_LINE = Pattern.compile("'{3,}|-{4,}|={4,}|\\*{4,}|\\.{4,}|_{4,}|\\.\\. [\\w-]+::.*|\\[[\\w#.,=\" -]*\\]|"
            + "image::.*|//(?!/).*|#\\+.*");
    private static final Pattern UNDERLINE = Pattern.compile("([=#*~^\"'`+-])\\1{2,}");
    /** A section title's marks: AsciiDoc's "== ", Org's "* ". */
    private static final Pattern SECTION_MARK = Pattern.compile("^(?:={2,6}|\\*{1,5}) (?=\\S)");
    private static final Pattern ADMONITION = Pattern.compile("^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION): ");
    /** Emphasis around a whole run of words: "_..._", "*...*", "**...**", "/.../" (Org's). */
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*_/])(\\*\\*|[*_/])(\\S(?:[^*_/\\r\\n]*\\S)?)\\1(?![\\w*_/])");

    private MarkupHeaders() {
    }

    /** The text without its header, whose fields are offered to the draft, and without its markup; the text itself when it has none. */
    static String read(String text, ArticleDraft draft) {
        List<String> lines = new ArrayList<>(List.of(text.split("\\R", -1)));
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        int start;
        Matcher adoc = ADOC_TITLE.matcher(text);
        Matcher rst = RST_TITLE.matcher(text);
        if (adoc.lookingAt()) {
            fields.put("title", adoc.group(1).strip());
            start = asciiDocHeader(lines, fields);
        } else if (rst.lookingAt()) {
            fields.put("title", rst.group(2).strip());
            start = fieldList(lines, rst.group(1) == null ? 2 : 3, fields);
        } else if (ORG_KEYWORD.matcher(lines.get(0).strip()).matches()) {
            start = orgKeywords(lines, fields);
        } else {
            return text;
        }
        if (!fields.has("title") || start >= lines.size()) {
            return text;
        }
        FrontMatter.offer(JsonFields.toDraft(fields, ""), draft);
        return body(lines.subList(start, lines.size()));
    }

    /** The author and revision lines and the attributes after "= Title"; the index of the first line after them. */
    private static int asciiDocHeader(List<String> lines, ObjectNode fields) {
        int i = 1;
        for (int free = 0; i < lines.size() && !lines.get(i).isBlank(); i++) {
            Matcher attribute = ADOC_ATTRIBUTE.matcher(lines.get(i).strip());
            if (attribute.matches()) {
                FrontMatter.put(fields, attribute.group(1).toLowerCase(Locale.ROOT).replaceFirst("^page-", ""), attribute.group(2).strip());
            } else if (free++ == 0) {
                fields.put("author", lines.get(i).replaceAll("<[^>]*>", "").strip()); // "Fiona MacRae <fiona@...>"
            } else {
                fields.put("date", lines.get(i).replaceFirst("^v[\\d.]+,\\s*", "").replaceFirst(":.*$", "").strip()); // "v1.2, 2026-12-05: ..."
            }
        }
        return i;
    }

    /** reStructuredText's field list after the title, blank lines around it; the index of the first line after it. */
    private static int fieldList(List<String> lines, int from, ObjectNode fields) {
        int i = from;
        while (i < lines.size() && (lines.get(i).isBlank() || RST_FIELD.matcher(lines.get(i).strip()).matches())) {
            Matcher field = RST_FIELD.matcher(lines.get(i).strip());
            if (field.matches()) {
                FrontMatter.put(fields, field.group(1).toLowerCase(Locale.ROOT), field.group(2).strip());
            }
            i++;
        }
        return i;
    }

    /** Org's keywords at the top; the index of the first line after them. */
    private static int orgKeywords(List<String> lines, ObjectNode fields) {
        int i = 0;
        for (Matcher keyword; i < lines.size() && (keyword = ORG_KEYWORD.matcher(lines.get(i).strip())).matches(); i++) {
            String key = keyword.group(1).toLowerCase(Locale.ROOT);
            String value = keyword.group(2).strip();
            switch (key) {
                case "date" -> fields.put("date", ORG_TIME.matcher(value).replaceAll(m -> m.group(1) + (m.group(2) == null ? "" : " " + m.group(2))));
                case "filetags" -> FrontMatter.put(fields, "tags", value.replaceAll("^:|:$", "").replace(':', ','));
                case "title", "author", "category", "description" -> fields.put(key, value);
                default -> { } // (export options, a site generator's settings)
            }
        }
        return i;
    }

    /** The lines as plain text: markup lines gone, section marks, admonition labels and emphasis marks taken off. */
    private static String body(List<String> lines) {
        StringBuilder text = new StringBuilder();
        boolean inDirective = false;
        for (String line : lines) {
            String t = line.strip();
            if (inDirective && !line.isBlank() && Character.isWhitespace(line.charAt(0))) {
                continue; // a directive's options and content, indented under it (":alt: ..." under ".. image::")
            }
            inDirective = t.startsWith(".. ") && t.contains("::");
            if (MARKUP_LINE.matcher(t).matches() || UNDERLINE.matcher(t).matches() || inDirective) {
                continue;
            }
            t = SECTION_MARK.matcher(t).replaceFirst("");
            t = ADMONITION.matcher(t).replaceFirst("");
            text.append(EMPHASIS.matcher(t).replaceAll("$2")).append('\n');
        }
        return text.toString();
    }
}
