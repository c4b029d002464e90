package io.newsflow.producer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.newsflow.producer.parse.text.Byline;
import io.newsflow.producer.parse.text.BylineDetector;
import io.newsflow.producer.parse.text.NameCase;
import io.newsflow.producer.parse.text.Outlets;
import io.newsflow.producer.parse.text.PersonNames;

/**
 * The writers an HTML page names outside its JSON-LD, most trusted first: the author meta tags, a social card's
 * writer, then the byline elements of this story (not a teaser's), and a writer's profile card (the name in bold
 * over the writer's role).
 */
final class HtmlAuthors {
    /** The elements a theme writes a byline in: a rel=author link, an h-entry's microformat, Drupal's node author. */
    private static final String BYLINES = "[rel=author], .byline, .author, [itemprop=author], [class*=byline], [class*=author-name], "
            + "[class*=author__name], [class*=__author], " // (a block theme's "wp-block-post-author__name"; Wagtail's "blog__author")
            + "[class*=author_name], " // (Odoo's blog: "o_wblog_author_name")
            + "[class*=authors], [class*=meta_author], [class*=meta-author], " // (JNews's "jeg_meta_author": "by <a>Siti Rahman</a>")
            + ".auteur, .autor, .autora, .autore, .autrice, .p-author, .field--name-uid, [class*=field--name-field-author], "
            + ".bio, " // (a blog starter's "Written by <strong>Name</strong> who ...": the name in bold, as a profile card's)
            + "[data-framer-name=Author], [class*=blog-author], " // (a site builder's layer named by its role: Framer's; Weebly's)
            + "[class~=(?:^|\\s)(?!comment-)[a-z]+-author(?:\\s|$)], " // (a theme's prefix: ColorMag's "cm-author"; no commenter's)
            + "a[href*=/author/], a[href*=/authors/], a[class*=author-link], " // (a link to the writer's page: a utility-class site's; Hashnode's)
            + "article > header address, "; // (the story's header's contact block, its writer: Facebook's Instant Articles)
    /** The site's title, a heading of the page's own: no byline, whatever its markup calls it. */
    private static final String SITE_TITLE = "h1, [id*=blog-title], [class*=blog-title], [id*=site-title], [class*=site-title]";
    /** A byline only with its lead-in ("Par Jeanne Le Goff", "Written by ..."): not a mail's sign-off or a writer's biography. */
    private static final String LEAD_IN_BYLINES = "[class*=signature], [class*=author-block], [class*=author-box], "
            + "[class*=post-footer]"; // (TypePad's "Posted by <a>Harriet Lowe</a> on December 05, 2026 at 10:15 AM in <a>Roads</a>")
    /** The lead-in bylines that are a box about the writer, whose name in bold says who without a lead-in. */
    private static final String AUTHOR_BOXES = "[class*=author-block], [class*=author-box]";
    /** What a theme sets after the writer's name, before the date in the next element: "By Chinedu Okafor -". */
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("[\\s\\p{Pd}|·•]+$");

    private HtmlAuthors() {
    }

    /** Adds the page's writers to a draft that has none yet (JSON-LD's come first), from the first of these that names any. */
    static void read(Document doc, ArticleDraft draft) {
        if (!draft.authors.isEmpty()) {
            return;
        }
        // an outlet or a channel as the author tag ("Morven Isles Gazette" on its Telegraph page): the outlet, below the site's
        String tag = HtmlArticleParser.meta(doc, "article:author");
        draft.offerSource(tag != null && !tag.startsWith("http") && Outlets.hasOutletWord(tag) && Outlets.looksLikeOutlet(tag) ? tag : null, 45);
        List<String> names = tagged(doc);
        names = names.isEmpty() ? HeaderBylines.inHeader(doc) : names;
        names = names.isEmpty() ? DefinitionListMeta.writers(doc) : names; // ("<dt>Written by</dt><dd>Peter Lindqvist</dd>")
        names = names.isEmpty() ? marked(doc) : names;
        names = names.isEmpty() ? HeaderBylines.underHeadline(doc, draft) : names;
        names = names.isEmpty() ? HeaderBylines.besideDate(doc) : names;
        (names.isEmpty() ? footerCard(doc) : names).forEach(draft::addAuthor);
    }

    /** A story's meta list: the writer, the date, the category, the comments' count and a few more. */
    private static final int MAX_META_ITEMS = 8;

    /**
     * The author tags' writers (Parse.ly's, Sailthru's, Dable's, cXense's, microdata's and Dublin Core's name them as the
     * author tag does; Highwire's {@code citation_author} and DCTERMS' creator as a citation does, "Okafor, Chidi"), else a
     * card's.
     */
    private static List<String> tagged(Document doc) {
        List<String> names = new ArrayList<>();
        for (Element m : doc.select("meta[name=author], meta[property=article:author], meta[property=og:article:author], meta[name=parsely-author], "
                + "meta[name=sailthru.author], meta[property=dable:author], meta[name=cXenseParse:author], meta[name=dc.creator], meta[name=DC.creator], "
                + "meta[name=dcterms.creator], meta[name=byl], meta[name=citation_author], [itemprop=author] > meta[itemprop=name]")) {
            String content = m.is("[name=citation_author], [name=dcterms.creator]") // ("Okafor, Chidi": a citation's order)
                    ? m.attr("content").replaceFirst("^([^,]+),\\s*([^,]+)$", "$2 $1") : m.attr("content");
            if (!content.startsWith("http")) {
                names.addAll(authorsOf(content));
            }
        }
        names = names.isEmpty() ? ParselyPages.authors(doc) : names;
        String cardWriter = names.isEmpty() ? StoryHeader.cardWriter(doc) : null; // Ghost's, Substack's, beehiiv's card
        return cardWriter != null ? authorsOf(cardWriter) : names;
    }

    /** The writers this story's byline elements name, in natural case. */
    private static List<String> marked(Document doc) {
        List<String> names = new ArrayList<>();
        for (Element e : doc.select(BYLINES + LEAD_IN_BYLINES)) {
            // another story's byline; but a block the theme names as the post's own authors counts wherever it stands
            // (Material for MkDocs' .md-post__authors is in the post's sidebar, a nav; so is ABlog's card of the post)
            if (!StoryLocator.thisStory(metaListOrSelf(e)) && !e.is("[class*=post__authors], [class*=post-authors]")
                    && e.closest(HeaderDates.POST_CARD) == null
                    || e.closest(SITE_TITLE) != null) {
                continue; // (the site's title, marked as its author: WriteFreely's <h1 id="blog-title"><a class="h-card p-author">)
            }
            List<String> found = e.is(LEAD_IN_BYLINES) ? BylineDetector.standalone(unglued(e.text())).map(Byline::authors).orElse(List.of())
                    : authorsOf(unglued(HtmlPlainText.segmented(e)));
            // (an author box's bio, the name in bold and no lead-in: "<strong>Lena Kowalski</strong> is a reporter covering ...")
            found = found.isEmpty() && (!e.is(LEAD_IN_BYLINES) || e.is(AUTHOR_BOXES)) ? profileName(e) : found;
            found.forEach(n -> names.add(NameCase.natural(n)));
        }
        return names;
    }

    /** A lead-in in an element of its own, glued to the name in the text: "<span>By</span><a>Owen Pritchard</a>". */
    private static final Pattern GLUED_LEAD_IN = Pattern.compile("^(By|Par|Por|Von|Door|Av|Af)(?=\\p{Lu}\\p{Ll})");

    private static String unglued(String text) {
        return GLUED_LEAD_IN.matcher(text.strip()).replaceFirst("$1 ");
    }

    /** The names an author tag or byline element gives, whether or not it opens with "By", without a trailing separator. */
    static List<String> authorsOf(String text) {
        String names = TRAILING_SEPARATOR.matcher(text).replaceFirst("");
        return BylineDetector.standalone(names).map(Byline::authors).orElseGet(() -> PersonNames.split(names));
    }

    /**
     * For a byline in a list item: the list, when it stands beside the headline (Elementor's post-info widget, a list of the
     * writer, date and category in the block next to the title's), which is the story's own meta, not other stories' list.
     */
    private static Element metaListOrSelf(Element e) {
        Element item = e.closest("li");
        Element h1 = item == null ? null : StoryHeader.headlineElement(e.ownerDocument());
        Element around = h1;
        for (int up = 0; around != null && up < 3; up++) {
            around = around.parent();
        }
        boolean meta = around != null && !around.is("body, html") && item.parent() != null
                && item.parent().children().size() <= MAX_META_ITEMS // (a list of more items is a list of stories)
                && item.parent().parents().contains(around);
        return meta ? item.parent() : e;
    }

    /**
     * A profile card's or a bio's name in bold: Material for MkDocs' "<strong>Jorien Kuipers</strong><br>Marine ecologist",
     * Gatsby's starter's "Written by <strong>Tomas Berg</strong> who lives by the river".
     */
    private static List<String> profileName(Element e) {
        Element bold = e.selectFirst("strong, b");
        if (bold != null && PersonNames.isName(bold.text().strip())) {
            return List.of(bold.text().strip());
        }
        return labelledName(e);
    }

    /** A card's label over the name ("Author" / "Alun Griffiths" / a line of bio: Hugo's Blowfish and Congo), or none. */
    private static List<String> labelledName(Element scope) {
        Element label = scope.select("div, span, p, dt").stream().filter(x -> x.children().isEmpty()
                && CARD_LABEL.matcher(x.text().strip()).matches()).findFirst().orElse(null);
        Element next = label == null ? null : label.nextElementSibling();
        return next != null && PersonNames.isName(next.text().strip()) ? List.of(next.text().strip()) : List.of();
    }

    /** A labelled author card in the story's own footer, without a byline class (Hugo's Congo theme); or none. */
    private static List<String> footerCard(Document doc) {
        return doc.select("article > footer").stream().map(HtmlAuthors::labelledName).filter(n -> !n.isEmpty()).findFirst().orElse(List.of());
    }

    private static final Pattern CARD_LABEL = Pattern.compile("(?iu)author|written by|auteur|autor|autore|autorin|writer");
}
