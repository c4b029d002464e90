package io.newsflow.producer.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * An Atom entry document, an {@code <entry>} at the top with no feed around it (RFC 4287 allows it; a content system's
 * web service answers with one per article), read as a feed of that one entry. Escenic's entries carry the article as a
 * payload of named fields ({@code <content type="application/vnd.vizrt.payload+xml"><vdf:payload><vdf:field
 * name="body"><vdf:value><div>...}) and their home section as a link ({@code rel="http://www.vizrt.com/types#home-section"
 * title="Trondheim"}): read as Atom says them, the body field as the content, the lead text as the summary, the home
 * section as a category.
 */
final class AtomEntryDocuments {
    private static final String HOME_SECTION = "http://www.vizrt.com/types#home-section";

    private AtomEntryDocuments() {
    }

    /** The document as a feed when it is an entry document; any other text as it is. */
    static String asFeed(String xml) {
        int start = xml.indexOf('<', xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0);
        while (start >= 0 && xml.startsWith("<!--", start)) {
            start = xml.indexOf('<', xml.indexOf("-->", start) + 3);
        }
        if (start < 0 || !xml.startsWith("<entry", start) || !xml.contains("http://www.w3.org/2005/Atom")) {
            return xml;
        }
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        Element entry = doc.selectFirst("entry");
        if (entry == null) {
            return xml;
        }
        Element payload = entry.selectFirst("content > vdf|payload");
        if (payload != null) {
            Element body = field(payload, "body");
            Element lead = field(payload, "leadtext");
            Element content = entry.selectFirst("content").empty().attr("type", "html");
            content.text(body == null ? "" : body.html());
            if (lead != null && entry.selectFirst("summary") == null) {
                entry.appendElement("summary").text(lead.text());
            }
        }
        for (Element home : entry.select("link[rel=" + HOME_SECTION + "][title]")) {
            entry.appendElement("category").attr("term", home.attr("title"));
        }
        String namespaces = entry.attributes().asList().stream().filter(a -> a.getKey().startsWith("xmlns"))
                .map(a -> a.getKey() + "=\"" + a.getValue() + "\"").reduce("", (x, y) -> x + " " + y);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed" + namespaces + "><title></title>" + entry.outerHtml() + "</feed>";
    }

    /** The value of the payload's field of that name, or null. */
    private static Element field(Element payload, String name) {
        return payload.selectFirst("vdf|field[name=" + name + "] > vdf|value");
    }
}
