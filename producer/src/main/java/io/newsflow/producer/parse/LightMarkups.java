package io.newsflow.producer.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Markups a plain text may come in whose syntax is no text of the story, read before the text is: Pandoc's title
 * block ("% Title" / "% Author; Author" / "% Date" opening the file: the piece's fields); MDX, Markdown with JavaScript
 * (its {@code import} and {@code export} lines and its components' tags, "&lt;RideChart data={...} /&gt;", leave the text, a
 * component's inner text stays); Gemini's gemtext (its "=&gt; url label" link lines leave the text, the link home naming
 * the capsule); BBCode, as a forum's post keeps it ("[b]", "[quote=...]", "[url=...]label[/url]": the tags leave,
 * their text stays); and a static site's templating left in its Markdown, Hugo's shortcodes and Liquid's tags alone on a
 * line ("{{&lt; figure ... &gt;}}", "{% include ... %}": they leave, a paired shortcode's inner text stays; a Liquid comment
 * leaves whole).
 */
final class LightMarkups {
    private static final Pattern PANDOC_BLOCK = Pattern.compile("\\A% ([^\\r\\n]{3,300})\\R%[ \\t]*([^\\r\\n]*)\\R(?:%[ \\t]*([^\\r\\n]*)\\R)?");
    /** An ES module's line in MDX: "import Image from 'next/image'", "export const rides = [...]". */
    private static final Pattern MDX_MODULE_LINE = Pattern.compile("(?m)^(?:import\\s+[^\\r\\n]*?\\bfrom\\s+['\"][^'\"]+['\"];?|import\\s+['\"][^'\"]+['\"];?"
            + "|export\\s+(?:const|let|default|function)\\b[^\\r\\n]*)[ \\t]*$");
    /** A component's tag alone on its line: "<Image src=... />", "<Callout type="info">", "</Callout>". */
    private static final Pattern MDX_TAG_LINE = Pattern.compile("(?m)^[ \\t]*</?\\p{Lu}[\\w.]*(?:\\s[^<>\\r\\n]*)?/?>[ \\t]*$");
    /** A gemtext link line: "=> gemini://host/path label". */
    private static final Pattern GEM_LINK = Pattern.compile("(?m)^=>[ \\t]*(\\S+)(?:[ \\t]+([^\\r\\n]*))?$");
    /** The capsule's root: "gemini://kesselnotes.test/". */
    private static final Pattern GEM_ROOT = Pattern.compile("gemini://[^/\\s]+/?");
    /** A Hugo shortcode or a Liquid tag alone on its line ("{{< figure ... >}}", "{{% notice info %}}", "{% include x.html %}"). */
    private static final Pattern TEMPLATE_LINE = Pattern.compile("(?m)^[ \\t]*(?:\\{\\{[<%][^\\r\\n]*?[>%]\\}\\}|\\{%[^\\r\\n]*?%\\})[ \\t]*$");
    /** A Liquid comment, dropped whole with what it says ("{% comment %}Check the date{% endcomment %}"). */
    private static final Pattern LIQUID_COMMENT = Pattern.compile("(?s)\\{%-?\\s*comment\\s*-?%\\}.*?\\{%-?\\s*endcomment\\s*-?%\\}");
    private static final Pattern BBCODE_TAG = Pattern.compile("(?i)\\[/?(?:b|i|u|s|size|color|font|center|quote|url|img|list|\\*|code|spoiler)(?:=[^\\]\\r\\n]{0,200})?\\]");
    /** A quote's author in BBCode: "[quote="Lakeside Gazette"]". */
    private static final Pattern BBCODE_QUOTE = Pattern.compile("(?i)\\[quote=\"?([^\\]\"\\r\\n]{2,60})\"?\\]");

    private LightMarkups() {
    }

    /** The text without its markup's syntax; the fields the markup gives are offered to the draft. */
    static String read(String text, ArticleDraft draft) {
        Matcher pandoc = PANDOC_BLOCK.matcher(text);
        if (pandoc.find()) {
            ObjectNode fields = JsonNodeFactory.instance.objectNode().put("title", pandoc.group(1).strip());
            if (!pandoc.group(2).isBlank()) {
                fields.put("author", pandoc.group(2).strip().replace(";", ","));
            }
            if (pandoc.group(3) != null && !pandoc.group(3).isBlank()) {
                fields.put("date", pandoc.group(3).strip());
            }
            FrontMatter.offer(JsonFields.toDraft(fields, ""), draft);
            return "# " + pandoc.group(1).strip() + "\n\n" + text.substring(pandoc.end());
        }
        String out = LIQUID_COMMENT.matcher(text).replaceAll("");
        out = TEMPLATE_LINE.matcher(out).replaceAll("");
        if (MDX_MODULE_LINE.matcher(out).find()) {
            out = MDX_TAG_LINE.matcher(MDX_MODULE_LINE.matcher(out).replaceAll("")).replaceAll("");
        }
        if (out.contains("=> gemini://") || out.startsWith("# ") && GEM_LINK.matcher(out).find()) {
            out = gemLinks(out, draft);
        }
        if (BBCODE_TAG.matcher(out).find() && out.contains("[/")) {
            Matcher quoted = BBCODE_QUOTE.matcher(out);
            if (quoted.find()) {
                draft.offerSource(quoted.group(1).strip(), -1); // (the quoted text's outlet, below any the page states)
            }
            out = BBCODE_TAG.matcher(out).replaceAll("");
        }
        return out;
    }

    /** The text without its link lines; the link to the capsule's root names the site. */
    private static String gemLinks(String text, ArticleDraft draft) {
        Matcher link = GEM_LINK.matcher(text);
        while (link.find()) {
            if (GEM_ROOT.matcher(link.group(1)).matches() && link.group(2) != null && !link.group(2).isBlank()) {
                draft.offerSource(link.group(2).replaceFirst("(?i)\\s*\\((?:home|index|main page)\\)\\s*$", "").strip(), -1);
            }
        }
        return GEM_LINK.matcher(text).replaceAll("");
    }
}
