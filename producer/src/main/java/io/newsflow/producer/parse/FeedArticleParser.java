package io.newsflow.producer.parse;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;

import io.newsflow.avro.InputFormat;
import io.newsflow.avro.RejectionReason;
import io.newsflow.avro.TimeProvenance;
import io.newsflow.producer.parse.text.BreadcrumbDetector;
import io.newsflow.producer.parse.text.ArticleTypes;
import io.newsflow.producer.parse.text.NameCase;
import io.newsflow.producer.parse.text.PersonNames;
import io.newsflow.producer.parse.text.SignatureDetector;

/**
 * Parses RSS 0.9x/1.0/2.0 and Atom feeds with ROME: one article per item, the item's number as its
 * line. The feed's title is the source (without a section or place it adds: {@link FeedTitles}), the
 * item's first category its section, its published date a {@code FEED} time (an Atom {@code updated}
 * alone is not a publication time). Item content ({@code content:encoded}, Atom {@code content}) is the
 * body; a separate description is the lead.
 */
public final class FeedArticleParser {

    /** A CMS teaser ("The board can begin ... fishermen. […]"): the body's opening, cut, not a standfirst. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern REDIRECT = Pattern.compile("^https?://(?:www\\.)?google\\.[a-z.]+/url\\?(?:[^#]*&)?url=(https?://[^&]+)");
    private static final Pattern CUT_MARK = Pattern.compile("\\s*(?:\\[(?:…|\\.\\.\\.|&hellip;)\\]|…|\\.\\.\\.)\\s*$");
    /** WordPress's footer after a description's teaser: "... The post X appeared first on Y." (es, pt, fr, de too) */
    private static final Pattern FEED_FOOTER = Pattern.compile("(?iu)\\s*(?:the post|la entrada|o post|l['’]article|der beitrag) .{1,250}? "
            + "(?:appeared first on|se publicó primero en|apareceu primeiro em|est apparu en premier sur|erschien zuerst auf) [^.]{1,80}\\.?$");

    private FeedArticleParser() {
    }

    /** Parses the feed; a feed that does not parse is one rejection, an empty item one rejection each. */
    public static List<ParseOutcome> parse(String xml, String origin, Instant ingestedAt) {
        if (Sitemaps.is(xml)) {
            return List.of(Sitemaps.rejection(xml, origin, ingestedAt)); // links to pages, not a feed of their text
        }
        xml = AtomEntryDocuments.asFeed(xml); // (an entry document: a feed of one entry)
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setXmlHealerOn(true);
            input.setAllowDoctypes(false);
            input.setPreserveWireFeed(true); // an Atom category's label, which the common model drops
            feed = input.build(new StringReader(xml));
        } catch (FeedException | IllegalArgumentException e) {
            return List.of(ParseOutcome.rejected(Rejection.ofText(origin, null, RejectionReason.MALFORMED,
                    "not a readable RSS or Atom feed: " + e.getMessage(), xml, InputFormat.UNKNOWN, ingestedAt)));
        }
        InputFormat format = feed.getFeedType() != null && feed.getFeedType().toLowerCase(Locale.ROOT).startsWith("atom")
                ? InputFormat.ATOM : InputFormat.RSS;
        List<ParseOutcome> out = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        Map<String, String> logins = WordPressExports.displayNames(feed); // (a WordPress export's authors, read once for its items)
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            String raw = (entry.getTitle() == null ? "" : entry.getTitle()) + "\n" + entry.getLink();
            out.add(ArticleAssembler.assemble(draft(entry, feed, logins), format, origin, i + 1, raw, ingestedAt));
        }
        if (out.isEmpty()) {
            out.add(ParseOutcome.rejected(Rejection.ofText(origin, null, RejectionReason.NO_CONTENT,
                    "feed has no items", xml, format, ingestedAt)));
        }
        return out;
    }

    private static final Set<String> PLACEHOLDER_AUTHORS = Set.of("unknown", "admin", "administrator", "anonymous",
            "noreply", "no-reply", "webmaster");
    private static final Set<String> DEFAULT_CATEGORIES = Set.of("uncategorized", "uncategorised",
            "sin categoría", "non classé", "senza categoria", "geen categorie", "sem categoria", "okategoriserade",
            "bez kategorii", "allgemein");

    private static ArticleDraft draft(SyndEntry entry, SyndFeed feed, Map<String, String> logins) {
        ArticleDraft draft = new ArticleDraft();
        draft.url = redirected(entry.getLink() != null ? entry.getLink() : entry.getUri());
        draft.title = entry.getTitle() == null ? null : Jsoup.parse(entry.getTitle()).text();
        for (SyndPerson person : entry.getAuthors()) {
            // "By Joyanne Pursaga and Chris Kitching": some feeds write the whole byline in dc:creator
            if (!draft.offerWrittenByline(person.getName())) {
                PersonNames.split(person.getName() == null ? "" : person.getName()).forEach(draft::addAuthor);
            }
        }
        // (a WordPress export's login, "mkowalska", as its author's display name)
        String written = entry.getAuthor() == null ? null : logins.getOrDefault(entry.getAuthor().strip(), entry.getAuthor());
        if (draft.authors.isEmpty() && written != null && !written.isBlank() && !draft.offerWrittenByline(written)) {
            String author = written.replaceAll("^\\S+@\\S+\\s*\\((.*)\\)$", "$1");
            List<String> names = PersonNames.split(author);
            (names.isEmpty() ? List.of(NameCase.natural(author)) : names).forEach(draft::addAuthor);
        }
        // a blog's default category names no section ("Uncategorized", "Sin categoría", "Non classé"); Medium's are tags
        List<String> categories = "Medium".equals(feed.getGenerator()) ? List.<String>of() : categoryNames(entry).stream()
                .filter(c -> !DEFAULT_CATEGORIES.contains(c.strip().toLowerCase(Locale.ROOT))).toList();
        draft.offerSource(FeedTitles.outlet(feed.getTitle(), feed.getDescription(), categories, draft.authors));
        draft.authors.removeIf(a -> a.equalsIgnoreCase(draft.source)); // an item signed by the outlet names no writer
        // a blogging platform's stand-in for a missing name ("Unknown", Blogger's; "admin", WordPress's)
        draft.authors.removeIf(a -> PLACEHOLDER_AUTHORS.contains(a.toLowerCase(Locale.ROOT)));
        // "KYODO", "AFP" (natural-cased "Afp" by now): an agency credited, no writer
        draft.authors.removeIf(a -> SignatureDetector.agencyCredit(a.toUpperCase(Locale.ROOT)).isPresent()
                || SignatureDetector.agencyCredit(a).isPresent());
        if (categories.isEmpty() && entry.getModule(DCModule.URI) instanceof DCModule dc && !dc.getSubjects().isEmpty()) {
            draft.offerSection(categoryLabel(dc.getSubjects().get(0).getValue())); // RSS 1.0's dc:subject ("Transport")
        }
        if (!categories.isEmpty()) {
            // a news root first ("News", "Sudan war") is the type, as on a trail; the next category is the section
            boolean root = categories.size() > 1 && BreadcrumbDetector.isNewsRoot(categories.get(0).strip());
            draft.offerSection(categoryLabel(categories.get(root ? 1 : 0)));
            categories.forEach(c -> draft.offerType(ArticleTypes.fromLabel(c)));
        }
        if (entry.getPublishedDate() != null) {
            draft.offerPublished(entry.getPublishedDate().toInstant(), TimeProvenance.FEED, entry.getPublishedDate().toInstant().toString());
        }
        String content = entry.getContents().stream().map(SyndContent::getValue).filter(v -> v != null && !v.isBlank())
                .findFirst().orElseGet(() -> ItemExtensions.turboContent(entry)); // (or a Yandex Turbo feed's page)
        String description = entry.getDescription() == null ? null : entry.getDescription().getValue();
        if (content != null) {
            BodyText.appendBlocks(draft, content);
            String lead = description == null ? null : withoutFooter(Jsoup.parse(description).text());
            if (lead != null && !lead.isBlank() && !draft.body.isEmpty() && !isTeaserOf(lead, draft.body.get(0).getText())) {
                draft.lead = lead;
            }
        } else if (description != null) {
            BodyText.appendBlocks(draft, description);
        }
        FeedContentHeads.read(draft); // (the headline again at the content's head, and the subtitle under it: Medium's)
        AggregatedItems.read(entry, draft);
        ItemExtensions.readPodcastHost(entry, draft); // (an episode's host, where no writer is named)
        return draft;
    }

    /**
     * The item's categories' names; an Atom category's human label where it gives one ({@code term="Storage"
     * label="Energy storage"}), as its reader shows it.
     */
    private static List<String> categoryNames(SyndEntry entry) {
        if (entry.getWireEntry() instanceof Entry atom && !atom.getCategories().isEmpty()) {
            return atom.getCategories().stream().map(c -> c.getLabel() != null && !c.getLabel().isBlank() ? c.getLabel() : c.getTerm())
                    .filter(Objects::nonNull).toList();
        }
        return WordPressExports.sectionCategories(entry).stream().map(SyndCategory::getName).filter(Objects::nonNull).toList();
    }

    /** The description repeats the body's first paragraph, whole or cut short with an ellipsis. */
    private static boolean isTeaserOf(String description, String firstParagraph) {
        String teaser = wordsOnly(CUT_MARK.matcher(description).replaceFirst(""));
        String opening = wordsOnly(firstParagraph);
        return opening.equals(teaser) || teaser.length() >= 40 && opening.startsWith(teaser);
    }

    private static String wordsOnly(String text) {
        return NOT_WORD.matcher(ArticleIds.normaliseText(text)).replaceAll(" ").strip();
    }

    /**
     * A category as a section: a term written as a slug ("verkehr", "world-news") in natural case ("Verkehr", "World
     * news"); any other name as written.
     */
    static String categoryLabel(String name) {
        String s = name == null ? null : name.strip();
        if (s == null || s.isEmpty() || !s.matches("[\\p{Ll}\\d]+(?:-[\\p{Ll}\\d]+)*") || !Character.isLetter(s.charAt(0))) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1).replace('-', ' ');
    }

    /** A feed item's description without that footer. */
    private static String withoutFooter(String text) {
        return FEED_FOOTER.matcher(text).replaceFirst("");
    }

    /** A search feed's redirect ("https://www.google.com/url?...&url=https://site/story&..."): the story's own address. */
    private static String redirected(String link) {
        Matcher m = link == null ? null : REDIRECT.matcher(link);
        return m != null && m.find() ? m.group(1) : link;
    }
}
