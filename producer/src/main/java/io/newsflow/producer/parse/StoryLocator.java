package io.newsflow.producer.parse;

import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.newsflow.avro.TimeProvenance;

import io.newsflow.producer.parse.text.Breadcrumb;
import io.newsflow.producer.parse.text.BreadcrumbDetector;
import io.newsflow.producer.parse.text.DateExtractor;
import io.newsflow.producer.parse.text.MetaDateLine;

/**
 * Where an HTML page holds its story: the element with the story's paragraphs, the section label
 * beside its headline, and the blocks that belong to other stories (teasers, related links,
 * menus, comments), whose bylines and times are not this story's.
 */
final class StoryLocator {

    /** Below this much paragraph text an element is not the story, if a denser one exists. */
    static final int MIN_STORY_CHARS = 200;
    private static final int MAX_CRUMB_CHARS = 100;
    private static final String STANDFIRST = ".standfirst, .dek, .lede, .summary, .subtitle, .subheadline, p.lead, "
            + ".chapo, .chapeau, .entradilla, .sommario"; // the French, Spanish and Italian names of a standfirst
    private static final String STANDFIRST_BESIDE_HEADLINE = STANDFIRST + ", [id*=summary], [class*=standfirst], "
            + "[data-gu-name=standfirst], p[class*=__desc], h2[class*=subtitle], [class*=subheadline]";
    /** A section's label: one to three words, no digits, no sentence. */
    private static final Pattern SECTION_LABEL = Pattern.compile("\\p{Lu}[\\p{L}&'’-]*(?: [\\p{L}&'’-]+){0,2}");
    /** Where other stories, menus and comments stand: their bylines and times are not this story's. */
    private static final String ELSEWHERE = "aside, nav, footer, li, form, [class*=related], [class*=more-from], "
            + "[class*=read-next], [class*=comment], [class*=trending], [class*=teaser]";

    private StoryLocator() {
    }

    /**
     * The story's container: a sizeable story the markup names, else the densest block of
     * paragraphs, else what the markup names however short, else {@code main} or the body.
     */
    static Element container(Document doc) {
        Element named = named(doc, MIN_STORY_CHARS);
        if (named == null) {
            named = densestTextBlock(doc);
        }
        if (named == null) {
            named = named(doc, 1);
        }
        if (named == null) {
            named = doc.selectFirst("main");
        }
        return named != null ? named : doc.body();
    }

    /**
     * The standfirst: in the story's container, else beside its headline ({@code <p id="article-summary">},
     * {@code <div data-gu-name="standfirst">}, {@code <p class="article__desc">} above an
     * {@code article} that holds only the text); null when the page has none.
     */
    static Element standfirst(Document doc, Element container) {
        Element inside = container.selectFirst(STANDFIRST);
        if (inside != null) {
            return inside;
        }
        Element h1 = headlineElement(doc); // not a site logo's h1 in the page's header
        Element header = h1 == null ? null : h1.parent();
        for (int up = 0; header != null && up < 2; up++, header = header.parent()) {
            Element near = header.selectFirst(STANDFIRST_BESIDE_HEADLINE);
            if (near != null && thisStory(near) && !near.text().isBlank()) {
                return near;
            }
        }
        return null;
    }

    /**
     * The page's headline: the story's own {@code h1} (in its {@code article}, else the first that is no blog theme's
     * site title, "The Dales Dispatch" in the masthead's {@code h1}); every {@code h1}'s text when none is told apart.
     */
    static String headline(Document doc) {
        Element h1 = headlineElement(doc);
        return h1 != null ? h1.text() : doc.select("h1").text();
    }

    /** The story's own {@code h1} ({@link #headline}), or null when none is told apart from a site title's. */
    static Element headlineElement(Document doc) {
        Element h1 = doc.selectFirst("article h1");
        return h1 != null ? h1 : doc.select("h1").stream()
                .filter(e -> !e.is(".site-title, #site-title") && e.closest("#masthead, .site-header") == null).findFirst().orElse(null);
    }

    /** Whether the element stands outside other stories' blocks, menus and comments. */
    static boolean thisStory(Element e) {
        return e.closest(ELSEWHERE) == null;
    }

    /**
     * A breadcrumb written as text in a small element of its own ("Home › Business › Shipping" in a
     * {@code div} without a breadcrumb class), the first such on the page.
     */
    static Optional<Breadcrumb> breadcrumb(Document doc) {
        for (Element e : doc.select("nav, div, p, ol, ul, span")) {
            String text = e.text();
            if (text.length() <= MAX_CRUMB_CHARS && e.select("nav, div, p, ol, ul").size() <= 1) {
                Optional<Breadcrumb> crumb = BreadcrumbDetector.detect(text);
                if (crumb.isPresent()) {
                    return crumb;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The section a story's header names beside its headline ({@code <div class="article-header__section">},
     * WordPress's {@code cat-links}): a short label in the headline's own container; the first of
     * several categories.
     */
    static String headerSection(Document doc) {
        Element label = headerSectionLabel(doc);
        return label == null ? null : label.text().split("\\s*,\\s*")[0].strip();
    }

    /** The element holding {@link #headerSection}, which the story's text must not repeat ("Policy" over the headline). */
    static Element headerSectionLabel(Document doc) {
        Element h1 = headlineElement(doc);
        if (h1 == null || h1.parent() == null) {
            return null;
        }
        for (Element e : h1.parent().select("[class*=section], [class*=kicker], [class*=categor], [class*=cat-links], [class*=rubri]")) {
            String label = e.text().split("\\s*,\\s*")[0].strip();
            if (e != h1 && thisStory(e) && SECTION_LABEL.matcher(label).matches()) {
                return e;
            }
        }
        return null;
    }

    /**
     * The element the markup names as the story, with at least {@code minChars} of paragraph text:
     * {@code [itemprop=articleBody]}, else the {@code article} with the most paragraph text, else
     * {@code main}; null when none has. "More from" teasers are {@code article}s too, with headlines
     * but hardly any paragraphs.
     */
    private static Element named(Document doc, int minChars) {
        Element body = doc.selectFirst("[itemprop=articleBody]");
        if (body != null && paragraphChars(body) >= minChars) {
            return body;
        }
        Element best = null;
        int bestChars = minChars - 1;
        for (Element article : doc.select("article")) {
            int chars = paragraphChars(article);
            if (chars > bestChars) {
                best = article;
                bestChars = chars;
            }
        }
        Element main = doc.selectFirst("main");
        return best != null ? LiveBlogs.stream(doc, best) : main != null && paragraphChars(main) >= minChars ? main : null;
    }

    private static int paragraphChars(Element e) {
        return e.select("p").stream().mapToInt(p -> p.text().length()).sum();
    }

    /**
     * Pages without {@code article} or {@code main}: the element whose own paragraphs hold the most
     * text is the story (sidebars and menus hold links, not paragraphs). Null when nothing is sizeable.
     */
    private static Element densestTextBlock(Document doc) {
        Element best = null;
        int bestLength = MIN_STORY_CHARS;
        for (Element candidate : doc.select("div, section, td")) {
            int length = candidate.children().stream().filter(c -> c.tagName().equals("p")).mapToInt(p -> p.text().length()).sum();
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        return best;
    }

    /** No metadata and no text line gave a date: the story's own date element ("Published Dec. 1, 2025 6 AM PT"), as written. */
    static void readDateElement(Document doc, ArticleDraft draft) {
        if (draft.publishedAt != null) {
            return;
        }
        for (Element e : doc.select("time:not([datetime]), [class*=date], [class*=timestamp], [class*=published]")) {
            DateExtractor.FoundDate d = thisStory(e) ? MetaDateLine.parse(e.text()).map(MetaDateLine.Result::published)
                    .orElse(null) : null;
            if (d != null) {
                draft.offerPublished(d.instant(), TimeProvenance.TEXT, e.text().strip());
                break;
            }
        }
    }
}
