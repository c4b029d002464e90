package io.newsflow.producer.parse;

import java.util.Locale;

/**
 * Decides how to parse a document: from a content-type hint first, then the file extension, then
 * by sniffing the text (a leading {@code {} or {@code [} is JSON, {@code <rss}/{@code <feed}/{@code <rdf:RDF}
 * is a feed, {@code <nitf} a wire story in NITF, {@code <newsItem} wire items in NewsML-G2, HTML tags are HTML, anything else is plain text). A
 * {@code .json} file holding one JSON object per line is NDJSON; that is settled by the JSON parser, which can tell.
 */
public final class FormatDetector {
    private static final int SNIFF_CHARS = 2048;

    private FormatDetector() {
    }

    /** The format of a document with the given origin (file name), content-type hint and text. */
    public static DetectedFormat detect(String origin, String contentType, String text) {
        DetectedFormat byType = byContentType(contentType);
        if (byType != null) {
            return byType == DetectedFormat.FEED || byType == DetectedFormat.HTML ? refineMarkup(text, byType) : byType;
        }
        DetectedFormat byExtension = byExtension(origin);
        if (byExtension != null) {
            return byExtension == DetectedFormat.FEED ? refineMarkup(text, byExtension) : byExtension;
        }
        return sniff(text);
    }

    /** The schema format a file name suggests (feeds: RSS unless named .atom), or UNKNOWN; used before content is read. */
    public static io.newsflow.avro.InputFormat guessFromName(String origin) {
        DetectedFormat f = byExtension(origin);
        if (f == null) {
            return io.newsflow.avro.InputFormat.UNKNOWN;
        }
        if (f == DetectedFormat.FEED) {
            return origin.toLowerCase(Locale.ROOT).endsWith(".atom") ? io.newsflow.avro.InputFormat.ATOM : io.newsflow.avro.InputFormat.RSS;
        }
        return f.inputFormat();
    }

    static DetectedFormat byContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        String ct = contentType.toLowerCase(Locale.ROOT);
        if (ct.startsWith("text/csv") || ct.startsWith("text/tab-separated-values")) {
            return DetectedFormat.CSV;
        }
        if (ct.contains("ndjson") || ct.contains("jsonlines") || ct.contains("json-seq")) {
            return DetectedFormat.NDJSON;
        }
        if (ct.contains("json")) {
            return DetectedFormat.JSON;
        }
        if (ct.contains("rss") || ct.contains("atom")) {
            return DetectedFormat.FEED;
        }
        if (ct.contains("html")) {
            return DetectedFormat.HTML;
        }
        if (ct.contains("xml")) {
            return DetectedFormat.FEED;
        }
        return ct.startsWith("text/plain") ? DetectedFormat.TEXT : null;
    }

    static DetectedFormat byExtension(String origin) {
        String name = origin.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md")) {
            return DetectedFormat.TEXT;
        }
        if (name.endsWith(".csv") || name.endsWith(".tsv")) {
            return DetectedFormat.CSV; // (a dataset's rows: by name or type only, a text's commas say nothing)
        }
        if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
            return DetectedFormat.NDJSON;
        }
        if (name.endsWith(".json")) {
            return DetectedFormat.JSON;
        }
        // (".mhtml": a page saved as one file, which ArticleParser unpacks before it asks for the format)
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || name.endsWith(".mhtml") || name.endsWith(".mht")) {
            return DetectedFormat.HTML;
        }
        if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml")) {
            return DetectedFormat.FEED;
        }
        return null;
    }

    /** The text's first {@code chars} characters, where a file's kind is told (its root element, its first fields). */
    static String head(String text, int chars) {
        return text.substring(0, Math.min(text.length(), chars));
    }

    /** Sniffs the start of the text. */
    public static DetectedFormat sniff(String text) {
        String head = head(text, SNIFF_CHARS).replace("\uFEFF", "").stripLeading();
        if (head.startsWith("{") || head.startsWith("[") || JsonGuards.guarded(head)) {
            return DetectedFormat.JSON; // (or an endpoint's answer behind its guard: Medium's "])}while(1);</x>{...}")
        }
        if (head.startsWith("<")) {
            return refineMarkup(text, DetectedFormat.HTML);
        }
        return DetectedFormat.TEXT;
    }

    private static DetectedFormat refineMarkup(String text, DetectedFormat fallback) {
        String head = head(text, SNIFF_CHARS).toLowerCase(Locale.ROOT);
        if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")
                || head.contains("<entry") && head.contains("http://www.w3.org/2005/atom")) { // (an Atom entry document)
            return DetectedFormat.FEED;
        }
        if (head.contains("<nitf")) {
            return DetectedFormat.NITF; // a wire story in IPTC's NITF (its <head> is no HTML head)
        }
        if (head.contains("<newsitem") || head.contains("<newsmessage")) {
            return DetectedFormat.NEWSML; // wire items in IPTC's NewsML-G2 (their XHTML inside is no page)
        }
        if (head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || head.contains("<article")
                || head.contains("<p>") || head.contains("<head")) {
            return DetectedFormat.HTML;
        }
        return fallback;
    }
}
