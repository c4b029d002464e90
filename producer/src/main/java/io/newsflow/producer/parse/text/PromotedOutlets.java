package io.newsflow.producer.parse.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A site promoting itself inside or under a story, which names it: "Sachez que vous pouvez suivre Ouest-France dans notre
 * appli", "Follow The Local on X", "Thanks for reading Rail Notes!", "(Catch all the Business News ... on The Economic
 * Times.)", "Download the TODAY app to stay updated on the latest news.", "Fastmarkets is a leading price reporting agency
 * ...". The name is the outlet, ranked low: a page
 * that states its name otherwise keeps that.
 */
public final class PromotedOutlets {
    private static final Pattern PROMOTED = UnicodeRegex.compile("(?u)\\b(?i:suivre|suivez|follow|folgen sie|seguir|siga|segui|seguite|volg)\\s+"
            + "(\\p{Lu}[\\p{L}\\p{M}.&'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.&'’-]*){0,3})\\s+(?i:sur|on|auf|en|dans|in|na|op|su)\\b"
            // "(Catch all the Business News ... on The Economic Times.)", "Thanks for reading Rail Notes!": the site's sign-off, its box
            + "|^\\W*(?i:catch all the\\b.{0,160}\\son|thanks for reading)\\s+((?:The\\s+)?\\p{Lu}[\\p{L}\\p{M}.&'’-]*(?:\\s+\\p{Lu}"
            + "[\\p{L}\\p{M}.&'’-]*){0,3})(?:\\W*$|(?<=\\p{L})[!.])"
            // its app's plea closing the story: "Download the TODAY app to stay updated on the latest news."
            + "|^\\W*(?i:download|get)\\s+(?i:the\\s+)?(\\p{Lu}[\\p{L}\\p{M}.&'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.&'’-]*){0,3})\\s+(?i:app)\\b"
            // what it is, closing the page: "Fastmarkets is a leading price reporting agency for the commodities markets."
            + "|^\\W*(\\p{Lu}[\\p{L}\\p{M}.&'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.&'’-]*){0,3}) is (?i:(?:a|an|the) (?:leading |global |world['’]s leading |trusted |independent )?(?:[\\p{L}-]+ ){0,3}(?:price reporting agency|news (?:site|service|agency|organi[sz]ation|publisher)|information (?:provider|service))\\b)");
    /** A promotion is a sentence or two. */
    private static final int MAX_CHARS = 300;

    private PromotedOutlets() {
    }

    /** The outlet a self-promotion names: "Sachez que vous pouvez suivre Ouest-France dans notre appli", "Download the TODAY app". */
    public static Optional<String> named(String line) {
        if (line.length() > MAX_CHARS) {
            return Optional.empty();
        }
        Matcher m = PROMOTED.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        String outlet = (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4)).replaceFirst("\\.$", "");
        return Outlets.looksLikeOutlet(outlet) ? Optional.of(outlet) : Optional.empty();
    }
}
