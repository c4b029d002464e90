package io.newsflow.producer.parse;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;

import io.newsflow.producer.parse.text.Breadcrumb;
import io.newsflow.producer.parse.text.BreadcrumbDetector;
import io.newsflow.producer.parse.text.JunkLineDetector;
import io.newsflow.producer.parse.text.KickerDetector;
import io.newsflow.producer.parse.text.Outlets;
import io.newsflow.producer.parse.text.SectionNames;

/**
 * A page's or a news API's title often ends with the site's name ("Headline | Le Soir", "Headline - Le
 * Soir"); the headline is what comes before it. Only the exact name of the article's own source is
 * cut, after one of the usual separators, so a headline that merely ends with a name stays whole. An
 * HTML page's window title also gives the site's name, and its metadata title the headline.
 */
final class SiteSuffixes {

    private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " » "};
    /** What joins a headline to the section and site names after it in a window title. */
    private static final Pattern SUFFIX_SEPARATOR = Pattern.compile("\\s+[-|–—:·»]\\s+"); // (Silverstripe's "»")
    /** One name and a separator before the headline in a window title ("Millbrook Community Garden — "). */
    private static final Pattern SITE_BEFORE = Pattern.compile("([^-|–—:·»]+?)\\s+[-|–—:·»]\\s+");

    private SiteSuffixes() {
    }

    /** {@code title} without " | site" (or another separator and the site) at its end; null when blank. */
    static String strip(String title, String site) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = title.strip();
        if (site != null) {
            for (String sep : SEPARATORS) {
                if (t.endsWith(sep + site)) {
                    return t.substring(0, t.length() - sep.length() - site.length()).strip();
                }
            }
        }
        return t;
    }

    /**
     * The headline a metadata title gives: "Port wins approval - Business - Herald" is the page's
     * {@code h1} with a section and the site's name after it; the {@code h1} is the headline then.
     */
    static String headlineOf(String metaTitle, String h1) {
        if (metaTitle == null) {
            return h1 == null || h1.isBlank() ? null : h1.strip();
        }
        String heading = h1 == null ? "" : h1.strip();
        boolean suffixed = !heading.isEmpty() && metaTitle.length() > heading.length() && metaTitle.startsWith(heading)
                && SUFFIX_SEPARATOR.matcher(metaTitle.substring(heading.length())).lookingAt();
        return suffixed ? heading : metaTitle;
    }

    /** What parts a site's name from the headline after it: "The Estuary Dispatch: Ferry fares frozen". */
    private static final Pattern PREFIX_SEPARATOR = Pattern.compile(":\\s+|\\s+[-|–—:·»]\\s+");

    /**
     * The page's headline where its title puts the site's name before it ("The Estuary Dispatch: Ferry fares frozen for
     * 2027", a newsletter's web view, over its {@code h1} "Ferry fares frozen for 2027"): the title as it is otherwise.
     */
    static String withoutSitePrefix(String title, String site, String h1) {
        String heading = h1 == null ? "" : h1.strip();
        if (title == null || site == null || heading.isEmpty() || !title.startsWith(site) || !title.endsWith(heading)
                || title.length() <= site.length() + heading.length()) {
            return title;
        }
        return PREFIX_SEPARATOR.matcher(title.substring(site.length(), title.length() - heading.length())).matches() ? heading : title;
    }

    /**
     * The site's name after the last bar of a title written for search engines in other words than the headline
     * ("Sunday buses saved | Riverside Ledger"), when it has an outlet's word; else null.
     */
    static String seoTitleSite(String seoTitle) {
        String[] parts = seoTitle == null ? new String[0] : seoTitle.strip().split("\\s+\\|\\s+");
        String last = parts.length > 1 ? parts[parts.length - 1].strip() : "";
        return Outlets.hasOutletWord(last) && !SectionNames.isSection(last) ? last : null;
    }

    /**
     * The site's name a window title gives after the headline ("Headline | eKathimerini.com", "Headline -
     * Business - The Valley Herald"): its last part, when it has an outlet's word or is a domain; else null.
     */
    static String windowTitleSite(String windowTitle, String headline) {
        if (windowTitle != null && headline != null && windowTitle.strip().endsWith(headline) && !windowTitle.strip().equals(headline)) {
            // a blog's name before the post's title ("Millbrook Community Garden — Compost bays rebuilt", Tumblr's, Blogger's)
            Matcher before = SITE_BEFORE.matcher(windowTitle.strip().substring(0, windowTitle.strip().length() - headline.length()));
            String first = before.matches() ? before.group(1).strip() : "";
            // (not a print view's label: "Yazdır - <headline>", "Print - <headline>")
            return !first.isEmpty() && Outlets.looksLikeOutlet(first) && !SectionNames.isSection(first) && !JunkLineDetector.isShareWord(first)
                    ? first : null;
        }
        if (windowTitle == null || headline == null || !windowTitle.strip().startsWith(headline)) {
            return null;
        }
        String[] parts = SUFFIX_SEPARATOR.split(windowTitle.strip().substring(headline.length()));
        String last = parts[parts.length - 1].strip();
        return parts.length > 1 && Outlets.hasOutletWord(last) && !SectionNames.isSection(last) ? last : null;
    }

    /**
     * A page with no {@code h1} (Liferay's asset publisher sets its title in a span): the longest part of its title before
     * a separator that an element of the page holds whole ("Tram line extension approved" of "Tram line extension
     * approved - News - City of Norrvik"); "" when none.
     */
    static String titleOnPage(Document doc) {
        String title = Objects.requireNonNullElse(HtmlArticleParser.meta(doc, "og:title"), doc.title());
        Matcher separator = SUFFIX_SEPARATOR.matcher(title);
        String found = "";
        while (separator.find()) {
            String part = title.substring(0, separator.start()).strip();
            if (doc.body() != null && !doc.body().getElementsMatchingOwnText("^\\Q" + part + "\\E$").isEmpty()) {
                found = part;
            }
        }
        return found;
    }

    /**
     * The section a window title names between the headline and the site ("Tram line approved - News - City of Norrvik"),
     * when it is a listed section or a news root, read as a kicker is ("News": the section and NEWS); empty otherwise.
     */
    static Optional<Breadcrumb> middleSection(String windowTitle, String headline, String site) {
        if (windowTitle == null || headline == null || site == null || !windowTitle.startsWith(headline) || !windowTitle.endsWith(site)
                || windowTitle.length() <= headline.length() + site.length()) {
            return Optional.empty();
        }
        String middle = windowTitle.substring(headline.length(), windowTitle.length() - site.length()).replaceAll("^[\\s|–—·:-]+|[\\s|–—·:-]+$", "");
        return middle.isEmpty() || !SectionNames.isSection(middle) && !BreadcrumbDetector.isNewsRoot(middle)
                ? Optional.empty() : KickerDetector.detect(middle).map(k -> new Breadcrumb(k.section(), null, k.type()));
    }
}
