package io.newsflow.producer.parse;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.producer.parse.text.BreadcrumbDetector;
import io.newsflow.producer.parse.text.Places;
import io.newsflow.producer.parse.text.SectionNames;
import io.newsflow.producer.parse.text.UnicodeRegex;

/**
 * The outlet a feed's title names. A site's feed for one section or place adds it to its name
 * ("Weser-Kurier - Bremen", "BBC News | Business", "Politik – Der Spiegel"); the outlet is the other
 * part. A title is split only where one side is a listed section, a place or one of the item's own
 * categories, or where the other side is the item's author ("Yle News | News in English" by "Yle
 * News"), so a name with a dash of its own ("Ouest-France", "Sud - Ouest Radio") stays whole. A feed's
 * own label, or a tagline naming the site again ("Al Jazeera – Breaking News, World News and Video from Al
 * Jazeera"), may close the title too ("Folha de S.Paulo - Mercado - Principal", "Le Monde - À la une"):
 * trailing sections and labels go, the first part stays.
 */
final class FeedTitles {

    /** " - ", " | ", " – ", " — ", " » ", " > ", " : " between two parts. */
    private static final Pattern SEPARATOR = UnicodeRegex.compile("\\s+[-|–—»>:]\\s+");

    /** Labels a site gives its main or latest feed: "Principal", "Top Stories", "À la une". */
    private static final Set<String> FEED_LABELS = Set.of("principal", "top stories", "top news", "latest", "latest news",
            "all stories", "home", "homepage", "front page", "startseite", "schlagzeilen", "portada", "capa", "à la une",
            "a la une", "la une", "últimas notícias", "últimas noticias", "ultime notizie", "ultima ora", "voorpagina",
            "just in", "breaking news", "latest headlines", "top headlines", "news feed");
    /** A feed's description that names its site: "The latest news from ABC News". */
    private static final Pattern FROM_SITE = UnicodeRegex.compile("(?iu)\\b(?:news|stories|headlines|articles|updates)\\s+from\\s+"
            + "(\\p{Lu}[\\p{L}\\d&.'’ -]{1,40}?)\\.?$");

    /**
     * The outlet of a feed titled only with its own label ("Just In", "Top Stories"): the site its description
     * names ("The latest news from ABC News"), or null, since the label names no outlet; any other title as
     * {@link #outlet(String, List, List)} reads it.
     */
    static String outlet(String title, String description, List<String> categories, List<String> authors) {
        if (title != null && SEARCH_FEED.matcher(title.strip()).lookingAt()) {
            return null; // "Google Alert - port strike": a search's feed, each item from another site
        }
        if (title == null || !FEED_LABELS.contains(title.strip().toLowerCase(Locale.ROOT))) {
            return outlet(title, categories, authors);
        }
        Matcher site = description == null ? null : FROM_SITE.matcher(description.strip());
        return site != null && site.find() ? site.group(1).strip() : null;
    }

    private static final Pattern SEARCH_FEED = Pattern.compile("(?i)google alerts?\\b|talkwalker alerts?\\b|\"[^\"]{1,60}\" - google news");

    private FeedTitles() {
    }

    /**
     * The outlet of a feed titled {@code title} whose item has {@code categories} and is signed by
     * {@code authors}; the title when it has no part to drop.
     */
    static String outlet(String title, List<String> categories, List<String> authors) {
        if (title == null) {
            return null;
        }
        String[] parts = SEPARATOR.split(title.strip());
        if (parts.length > 2) {
            int keep = parts.length;
            while (keep > 1 && (namesSection(parts[keep - 1], categories) || feedLabel(parts[keep - 1]))) {
                keep--; // "Folha de S.Paulo - Mercado - Principal"
            }
            return keep == 1 ? parts[0].strip() : title;
        }
        if (parts.length != 2) {
            return title;
        }
        if (parts[1].contains(parts[0].strip()) && parts[0].strip().length() > 2) {
            return parts[0].strip(); // "Al Jazeera – Breaking News, World News and Video from Al Jazeera": a tagline
        }
        for (String part : parts) {
            if (authors.stream().anyMatch(part.strip()::equalsIgnoreCase)) {
                return part.strip(); // the item signed by the outlet: "Yle News | News in English" by "Yle News"
            }
        }
        if (namesSection(parts[1], categories) || feedLabel(parts[1])) {
            return parts[0].strip();
        }
        return namesSection(parts[0], categories) ? parts[1].strip() : title;
    }

    /**
     * A main feed's label, a news root ("Omroep Zeeland - Nieuws", "Yle - Uutiset") or the platform's name after the
     * publication's ("Transit Notes - Medium").
     */
    private static boolean feedLabel(String part) {
        return FEED_LABELS.contains(part.strip().toLowerCase(Locale.ROOT)) || BreadcrumbDetector.isNewsRoot(part.strip())
                || part.strip().equals("Medium");
    }

    private static boolean namesSection(String part, List<String> categories) {
        String p = part.strip();
        return SectionNames.isSection(p) || Places.isPlace(p) || categories.stream().anyMatch(p::equalsIgnoreCase);
    }
}
