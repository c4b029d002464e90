package io.newsflow.producer.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.newsflow.avro.TimeProvenance;
import io.newsflow.producer.parse.text.DateExtractor;

/**
 * A public body's bulletin as a mailing service shows it on the web (GovDelivery's: "City of Millbrook sent this bulletin
 * at 12/05/2026 09:14 AM CST", over the bulletin and in its card's description): the sender is the source and the
 * sending the publication. The line is the service's, no sentence of the bulletin, and leaves it.
 */
final class BulletinSenders {
    private static final Pattern SENT = Pattern.compile("^(\\p{Lu}[\\p{L}\\p{M}.&'’ -]{1,60}?) sent this (?:bulletin|message|e-?mail|newsletter|update)"
            + " (?:at|on) (.{6,40})$");

    private BulletinSenders() {
    }

    /** Reads the sender's line into the draft and removes it from the page, if the page has one. */
    static void read(Document doc, ArticleDraft draft) {
        Optional<Element> line = doc.select("p, div, span").stream().filter(e -> e.children().isEmpty() && e.text().contains(" sent this ")
                && SENT.matcher(e.text().strip()).matches()).findFirst(); // (the words first: a pattern per element of every page costs)
        String description = HtmlArticleParser.meta(doc, "og:description");
        Matcher sent = SENT.matcher(line.map(e -> e.text().strip()).orElse(description == null ? "" : description.strip()));
        if (!sent.matches()) {
            return;
        }
        draft.offerSource(sent.group(1).strip(), 20);
        DateExtractor.find(sent.group(2)).ifPresent(d -> draft.offerPublished(d.instant(), TimeProvenance.TEXT, d.text()));
        line.ifPresent(Element::remove);
    }
}
