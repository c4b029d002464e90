package io.newsflow.producer.parse;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.newsflow.avro.TimeProvenance;
import io.newsflow.producer.parse.text.DateExtractor;
import io.newsflow.producer.parse.text.MetaDateLine;

/**
 * Where an HTML page holds its story: the element with the story's paragraphs, its standfirst and date
 * element, and the blocks that belong to other stories (teasers, related links, menus, comments), whose
 * bylines and times are not this story's. The headline and what stands beside it are {@link StoryHeader}'s.
 */
final class StoryLocator {

    /** Below this much paragraph text an element is not the story, if a denser one exists. */
    static final int MIN_STORY_CHARS = 200;
    private static final String STANDFIRST = ".standfirst, .dek, .lede, .summary, .subtitle, .subheadline, p.lead, "
            + ".chapo, .chapeau, .entradilla, .sommario"; // the French, Spanish and Italian names of a standfirst
    private static final String STANDFIRST_BESIDE_HEADLINE = STANDFIRST + ", [id*=summary], [class*=standfirst], "
            + "[data-gu-name=standfirst], p[class*=__desc], h2[class*=subtitle], [class*=subheadline], p[class*=excerpt], div[class*=post-description], "
            + "[class*=post-subtitle], p[class*=dek], div.lead:not(:has(p)), " // (Ghost's; Hugo's; Newspack's; a CSS module's "Dek_dek__QwE3r"; Docsy's)
            + "[class*=ingress], " // (the Nordic papers' word for it)
            + "[class*=field--name-field-intro], [class*=field--name-field-lead], [class*=field--name-field-standfirst]"; // (Drupal's fields)
    /** Where other stories, menus and comments stand: their bylines and times are not this story's. */
    private static final String ELSEWHERE = "aside, nav, footer, li, form, [class*=related], [class*=more-from], "
            + "[class*=read-next], [class*=comment], [class*=trending], [class*=teaser], [class*=slider], [class*=carousel]";

    private StoryLocator() {
    }

    /**
     * The story's container: a sizeable story the markup names, else the densest block of
     * paragraphs, else what the markup names however short, else {@code main} or the body.
     */
    static Element container(Document doc) {
        Element named = named(doc, MIN_STORY_CHARS);
        if (named == null) {
            named = DenseTextBlocks.densest(doc);
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
        Element h1 = StoryHeader.headlineElement(doc); // not a site logo's h1 in the page's header
        Element header = h1 == null ? null : h1.parent();
        for (int up = 0; header != null && up < 2; up++, header = header.parent()) {
            Element near = header.selectFirst(STANDFIRST_BESIDE_HEADLINE);
            if (near != null && thisStory(near) && !near.text().isBlank()) {
                return near;
            }
        }
        Element teaser = teaserUnderHeadline(h1);
        teaser = teaser != null ? teaser : StoryHeader.openingInHeader(h1);
        return teaser != null ? teaser : describedHeading(doc, h1);
    }

    /**
     * {@code <p class="article__teaser">} right under the headline: German CMSs name the standfirst the story's "teaser"; a
     * paragraph without a link there is this story's, not another's (whose teasers {@link #thisStory} puts elsewhere).
     */
    private static Element teaserUnderHeadline(Element h1) {
        Element next = h1 == null ? null : h1.nextElementSibling();
        return next != null && next.is("p[class*=teaser]") && next.selectFirst("a") == null && !next.text().isBlank() ? next : null;
    }

    /**
     * The heading right after the headline that says what the page's description says (beehiiv's {@code <h1>} then
     * {@code <h2>}, no class naming it): the standfirst, not the story's first subheading. Null when there is none.
     */
    private static Element describedHeading(Document doc, Element h1) {
        Element next = h1 == null ? null : h1.nextElementSibling();
        String description = HtmlArticleParser.meta(doc, "description");
        description = description != null ? description : HtmlArticleParser.meta(doc, "og:description");
        return next != null && next.is("h2, h3") && description != null
                && next.text().strip().equals(description.replaceAll("\\s+", " ")) ? next : null;
    }

    /** Whether the element stands outside other stories' blocks, menus and comments. */
    static boolean thisStory(Element e) {
        if (inAnotherArticle(e)) {
            return false;
        }
        Element elsewhere = e.closest(ELSEWHERE);
        elsewhere = elsewhere == null || elsewhere.is("body, html") ? null : elsewhere; // (a page's state: "showing-comments")
        // an article's own footer is the story's (Pelican's .post-info: its date, writer and category), not the page's
        return elsewhere == null || elsewhere.is("footer") && elsewhere.parent() != null && elsewhere.parent().closest("article") != null
                && thisStory(elsewhere.parent()) || headerMetaItem(elsewhere);
    }

    /**
     * Whether the element is in an {@code article} with a headline of its own, not the story's: the next story an endless
     * page appends under it, with its own byline and date.
     */
    private static boolean inAnotherArticle(Element e) {
        Element article = e.closest("article");
        Document doc = article == null || article.selectFirst("h1") == null ? null : e.ownerDocument();
        Element headline = doc == null ? null : StoryHeader.headlineElement(doc);
        return headline != null && !article.equals(headline.closest("article")) && article.closest("article article") == null;
    }

    /** A story's meta list in its own header: its writer, date and comments' count (Twenty Twenty's "post-meta"). */
    private static final int MAX_META_ITEMS = 8;

    /** Whether the list item is one of a short list in the article's own header, which names no other story. */
    private static boolean headerMetaItem(Element item) {
        Element list = item.parent();
        return item.is("li") && list != null && list.children().size() <= MAX_META_ITEMS
                && item.closest("article header, article [class*=entry-header]") != null && thisStory(list);
    }

    /**
     * The element the markup names as the story, with at least {@code minChars} of paragraph text:
     * {@code [itemprop=articleBody]} (one of the property's names: Blogger's {@code itemprop="description articleBody"}; its
     * text may stand in lines parted by {@code <br>}, with no paragraph), else the {@code article} with the most paragraph
     * text, else {@code main}; null when none has. "More from" teasers are {@code article}s too, with headlines but hardly
     * any paragraphs.
     */
    private static Element named(Document doc, int minChars) {
        // (microdata's, or an element whose id names it: Korean and Japanese CMSs' "articleBody", its text parted by line breaks)
        Element body = doc.selectFirst("[itemprop~=(^|\\s)articleBody(\\s|$)], #articleBody, #article-body, #article_body, #articleText");
        if (body != null && (paragraphChars(body) >= minChars || body.selectFirst("p") == null && body.text().length() >= minChars)) {
            return body;
        }
        // the article that holds the headline, when it holds the story's text: not a longer card of another story's
        Element headline = StoryHeader.headlineElement(doc);
        Element own = headline == null ? null : headline.closest("article");
        if (own != null && own.closest("article article") == null && paragraphChars(own) >= Math.max(minChars, 1)) {
            return LiveBlogs.stream(doc, own);
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
     * The story's time element, not a teaser's; in a story header outside any article element, the page's first; one
     * marked as the publication's before any other (GeneratePress writes its "updated" time first), also in a meta list's
     * item of the story's header (Blocksy's {@code li[itemprop=datePublished] > time}), and never the modification's; or null.
     */
    static Element timeElement(Document doc) {
        return doc.select("time[pubdate][datetime], time[itemprop=datePublished][datetime], time.published[datetime], "
                        + "[itemprop=datePublished] > time[datetime]").stream()
                .filter(t -> thisStory(t) || t.closest("article header, article [class*=entry-header]") != null).findFirst()
                .or(() -> doc.select("article time[datetime], time[datetime]").stream().filter(StoryLocator::thisStory)
                        .filter(t -> !t.is("[itemprop=dateModified]")).findFirst()) // (tagDiv's only time is "entry-date updated")
                .orElse(null);
    }

    /** No metadata and no text line gave a date: the story's own date element ("Published Dec. 1, 2025 6 AM PT"), as written. */
    static void readDateElement(Document doc, ArticleDraft draft) {
        if (draft.publishedAt != null) {
            return;
        }
        for (Element e : doc.select("time:not([datetime]), [class*=date], [class*=timestamp], [class*=published]")) {
            // (a time element's exact time in its title, its text relative: <time title="2026-12-05 08:30">dzisiaj, 08:30</time>)
            String when = e.is("time[title]") ? e.attr("title") : e.text();
            DateExtractor.FoundDate d = thisStory(e) ? MetaDateLine.parse(when).map(MetaDateLine.Result::published)
                    .orElse(null) : null;
            if (d != null) {
                draft.offerPublished(d.instant(), TimeProvenance.TEXT, when.strip());
                break;
            }
        }
    }
}
