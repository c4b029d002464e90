package io.newsflow.producer.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import io.newsflow.avro.BlockKind;
import io.newsflow.avro.TimeProvenance;
import io.newsflow.producer.parse.text.Byline;
import io.newsflow.producer.parse.text.BylineDetector;
import io.newsflow.producer.parse.text.ContactLines;
import io.newsflow.producer.parse.text.CreditLines;
import io.newsflow.producer.parse.text.DateExtractor;
import io.newsflow.producer.parse.text.JunkLineDetector;
import io.newsflow.producer.parse.text.LinkBlocks;
import io.newsflow.producer.parse.text.MetaDateLine;
import io.newsflow.producer.parse.text.Outlets;
import io.newsflow.producer.parse.text.PersonNames;
import io.newsflow.producer.parse.text.PromotedOutlets;
import io.newsflow.producer.parse.text.SignatureDetector;

/**
 * Reads body blocks from an HTML container: {@code h2}-{@code h4} become headings, {@code p},
 * {@code blockquote} and {@code li} paragraphs, after page furniture (scripts, navigation, share
 * bars, figures and captions, related links, ads) is removed. Paragraphs that are bylines, date
 * lines or republication notices give facts instead of text, as in plain text.
 */
final class HtmlBlocks {

    /** The rank of an agency's closing credit: over the page's site name (50), as JSON-LD's agency author (65). */
    private static final int AGENCY_SIGNATURE = 65;

    /** Labels that introduce a link to another article: "Read more", "Lire aussi", "Mehr zum Thema". */
    private static final String RELATED_LABELS = "read more|read also|also read|related|see also|lire aussi|à lire aussi|"
            + "lesen sie auch|mehr zum thema|leer más|lee también|leggi anche|lees ook|czytaj (?:też|także)|leia também|baca juga";
    private static final Pattern INLINE_RELATED = Pattern.compile("(?iu)\\s*(?:\\p{Pd}\\s*)?(?:" + RELATED_LABELS
            + ")\\s*:\\s*([^:]{1,160})$");
    /** The same labels (and a few more) opening a block with no colon, the link on its own line after it ("Mehr zum Thema<br>Title"). */
    private static final Pattern LABEL_OVER_LINK = Pattern.compile("(?iu)^(?:" + RELATED_LABELS
            + "|more on this|veja também|läs också|læs også|les også)\\s+(.{1,160})$");

    private HtmlBlocks() {
    }

    /** True when a string holds HTML markup rather than plain text. */
    static boolean looksLikeHtml(String text) {
        return text.matches("(?s).*<(p|div|br|h[1-6]|article|span|a|em|strong|b|i|ul|li)\\b[^>]*>.*"); // ("... <b>strike</b> ...")
    }

    /** Appends the blocks of an HTML fragment (a feed item's content, a JSON body with markup). */
    static void appendFragment(ArticleDraft draft, String html) {
        appendBlocks(draft, Jsoup.parseBodyFragment(html).body());
    }

    /** A page's story container's blocks; a heading left closing them heads a list gone as furniture ("More posts"). */
    static void appendPageBlocks(ArticleDraft draft, Element container) {
        appendBlocks(draft, container);
        while (!draft.body.isEmpty() && draft.body.get(draft.body.size() - 1).getKind() == BlockKind.HEADING) {
            draft.body.remove(draft.body.size() - 1);
        }
    }

    /** Appends the blocks found in the container, in document order. */
    static void appendBlocks(ArticleDraft draft, Element container) {
        Element copy = container.clone();
        copy.select(StoryFurniture.SELECTOR).stream().filter(e -> e != copy).forEach(Element::remove); // (the story itself may say "comments")
        // an article inside the story is another story's teaser ("Más información" / a linked headline), unless the
        // story is made of them, a live blog's updates: without them no paragraph would be left
        List<Element> inner = copy.select("article").stream().filter(e -> e != copy).toList();
        if (inner.stream().mapToInt(e -> e.select("p").eachText().size()).sum() < copy.select("p").eachText().size()) {
            inner.forEach(Element::remove);
        }
        // (a FAQ's question, a details element's summary over its answer; not a table of contents' or a code block's)
        var blocks = copy.select("h2, h3, h4, p, blockquote, li, details:has(p) > summary, " + DataTables.ROWS);
        Element last = blocks.isEmpty() ? null : blocks.last();
        if (blocks.isEmpty()) {
            BodyText.appendBlocks(draft, copy.wholeText());
            return;
        }
        boolean listedAfterLabel = false; // the items under "Sources", "Related": citations and links, not the story
        for (Element block : blocks) {
            listedAfterLabel = listedAfterLabel && block.tagName().equals("li");
            if (listedAfterLabel) {
                continue;
            }
            if (block.tagName().equals("li") && !block.select("p").isEmpty()
                    || block.tagName().equals("blockquote") && !block.select("p").isEmpty()) {
                continue;
            }
            if (NavigationBlocks.isNavigation(block)) {
                continue;
            }
            String text = block.is("tr") ? DataTables.rowText(block) : withoutInlineLink(block);
            PromotedOutlets.named(text).ifPresent(outlet -> draft.offerSource(outlet, -4)); // "Thanks for reading Rail Notes!"
            listedAfterLabel = !block.tagName().equals("li") && LinkBlocks.isRelatedLabel(text);
            if (text.isEmpty() || JunkLineDetector.isJunk(text) || LinkBlocks.isRelatedLabel(text) || LinkBlocks.isTagLabel(text)
                    || consumed(draft, text) || block == last && ContactLines.isWritersAddress(text)) { // (the writer's address closing it)
                continue;
            }
            // "Le Courrier de l'Ouest avec AFP" closing the story: its signature, not its text (a person's name: ClosingWriters)
            Optional<String> signature = block == last ? SignatureDetector.signature(text).filter(s -> !PersonNames.isName(s) || Outlets.hasOutletWord(s))
                    : Optional.empty();
            if (signature.isPresent() && !text.matches(".*\\p{Ll}[.!?]$")) {
                // an agency's credit closing the story ("(dpa)"): its copy, over the site's own name as a text's is
                draft.offerSource(signature.get(), SignatureDetector.agencyCredit(signature.get()).isPresent() ? AGENCY_SIGNATURE : -3);
                continue;
            }
            if (block.tagName().matches("h[2-4]|summary")) {
                draft.heading(text);
            } else {
                draft.paragraph(text);
            }
        }
    }

    /**
     * The block's text without a trailing "Read more: <a>Other story</a>" (or its French, German,
     * Spanish, Italian, Dutch, Polish or Portuguese form): a link to another article set inside a
     * paragraph of this one. Only a label followed by exactly a link's text is cut.
     */
    private static String withoutInlineLink(Element block) {
        String text = block.text().strip();
        Matcher over = LABEL_OVER_LINK.matcher(text);
        if (over.matches() && block.select("a").eachText().contains(over.group(1).strip())) {
            return ""; // the whole block is the label and a link to another story
        }
        Matcher m = INLINE_RELATED.matcher(text);
        if (m.find() && block.select("a").eachText().contains(m.group(1).strip())) {
            return text.substring(0, m.start()).strip();
        }
        return text;
    }

    private static boolean consumed(ArticleDraft draft, String text) {
        Optional<MetaDateLine.Result> meta = MetaDateLine.parse(text);
        if (meta.isPresent()) {
            DateExtractor.FoundDate d = meta.get().published();
            if (d != null) {
                draft.offerPublished(d.instant(), TimeProvenance.TEXT, text);
            }
            return true;
        }
        Optional<Byline> byline = BylineDetector.standalone(text);
        if (byline.isPresent()) {
            byline.get().authors().forEach(draft::addAuthor);
            draft.offerSource(byline.get().source(), -1);
            if (byline.get().date() != null) { // "Posted by Karen Liu on December 4, 2026"
                draft.offerPublished(byline.get().date().instant(), TimeProvenance.TEXT, text);
            }
            return true;
        }
        Optional<String> notice = SignatureDetector.notice(text);
        if (notice.isPresent()) {
            draft.offerSource(notice.get(), -2);
            CreditLines.writer(text).ifPresent(draft::addAuthor); // "Quelle: MDR SACHSEN/Jana Fischer"
            return true;
        }
        return repeatsAuthors(draft, text);
    }

    /**
     * "Wanjiru Mwangi &amp; Otieno Odhiambo · 1 Dec 2025": a line of the writers the metadata named, perhaps with a date,
     * repeated over the text; no byline's lead-in says so, but the names do.
     */
    private static boolean repeatsAuthors(ArticleDraft draft, String text) {
        if (draft.authors.isEmpty() || text.length() > BylineDetector.MAX_LINE) {
            return false;
        }
        boolean named = false;
        for (String segment : MetaDateLine.SEGMENTS.split(text.strip())) {
            if (DateExtractor.find(segment, text).isPresent()) {
                continue;
            }
            List<String> names = PersonNames.split(segment);
            if (names.isEmpty() || !names.stream().allMatch(n -> draft.authors.stream().anyMatch(n::equalsIgnoreCase))) {
                return false;
            }
            named = true;
        }
        return named;
    }
}
