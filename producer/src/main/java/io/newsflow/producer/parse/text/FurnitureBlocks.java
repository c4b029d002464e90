package io.newsflow.producer.parse.text;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.avro.ArticleType;
import io.newsflow.producer.parse.ArticleDraft;

/**
 * Furniture that comes in runs of lines or says something about the page: a related label and the
 * headlines it links to ("Mehr zum Thema" / ...), a wire's contacts ("To contact the reporter on
 * this story:" / addresses), a press release's "News provided by" over its company, WordPress's
 * "Posted in <category> | Comments Off on ...", a site's name among its menu words, a column of
 * share buttons. Each yields its facts (authors, outlet, section) to the draft and is skipped.
 */
final class FurnitureBlocks {
    /** "News provided by" over the name of the company that issued a press release. */
    private static final Pattern PROVIDED_BY = UnicodeRegex.compile("(?iu)^\\W*(?:news|content|press release)?\\s*provided by\\W*$");
    /** WordPress's category line: "Posted in Shipping News | Comments Off on <title>". */
    private static final Pattern POSTED_IN = UnicodeRegex.compile("(?iu)^\\W*posted in\\s+([^|]{2,60}?)\\s*"
            + "(?:\\|\\s*(?:comments off on .+|leave a comment|no comments|\\d+ comments?)\\s*)?$");
    /** A video player's length ("Duration: 1 minute 32 seconds", "Duration: 2:14"), over the video's caption. */
    private static final Pattern VIDEO_DURATION = UnicodeRegex.compile("(?iu)^\\W*(?:duration|dauer|durée|duración|durata|duur)"
            + "\\s*:?\\s*\\d[\\d:]*(?:\\s*(?:hours?|minutes?|mins?|seconds?|secs?|min|s|sek\\w*|seg\\w*|sec\\w*)\\b[\\s,]*(?:\\d+\\s*"
            + "(?:seconds?|secs?|s|sek\\w*|seg\\w*|sec\\w*)\\b)?)?\\W*$");
    /** A masthead's name is short: the site's name among its menu words ("TechLedger", "The Harbour Times"). */
    private static final int MAX_MASTHEAD_WORDS = 4;

    private FurnitureBlocks() {
    }

    /** A site's address and what it is, in lower case: "24.kg news agency", "kun.uz news portal". */
    private static final Pattern DOMAIN_AND_KIND = Pattern.compile("(\\S+\\.\\p{L}{2,6}) (?:news agency|news portal|news site|news|online)");

    /**
     * When line {@code i} opens furniture, reads its facts into the draft and returns the index of
     * its last line; else -1. {@code beforeContent}: no headline or text has been read yet.
     */
    static int skip(PageLines lines, int i, ArticleDraft draft, boolean beforeContent) {
        String line = lines.get(i);
        Matcher category = POSTED_IN.matcher(line.strip());
        if (category.matches()) {
            draft.offerSection(category.group(1).contains(",") ? null : category.group(1)); // (of several, in the blog's order, none)
            return i;
        }
        // "Watch" / "Duration: 1 minute 32 seconds" / "Aerial footage shows ...": a video, its length and its caption
        if (VIDEO_DURATION.matcher(line).matches()) {
            boolean caption = i + 1 < lines.size() && lines.sameBlock(i, i + 1)
                    && CreditedCaptions.words(lines.get(i + 1).strip()) <= CreditedCaptions.MAX_CAPTION_WORDS;
            return caption ? i + 1 : i;
        }
        int caption = CreditedCaptions.end(lines, i); // "Getty Images" / "Felixstowe handles almost half of ...": a credit, its caption
        if (caption >= 0) {
            return caption;
        }
        if (ContactLines.isLabel(line)) {
            return contacts(lines, i, draft);
        }
        int disclosure = DisclosureBlocks.end(lines, i); // "Disclosure statement" / "... receives funding from ..."
        if (disclosure >= 0) {
            return disclosure;
        }
        // a press release's header: the issuing company under "News provided by"
        if (beforeContent && PROVIDED_BY.matcher(line).matches() && i + 1 < lines.size()
                && Outlets.looksLikeOutlet(lines.get(i + 1))) {
            draft.offerSource(lines.get(i + 1).strip(), TextArticleParser.SIGNATURE);
            return i + 1;
        }
        // "ANSA.it" alone above the story: the site's address as its masthead; or with what it is, "24.kg news agency"
        Matcher kind = DOMAIN_AND_KIND.matcher(line.strip());
        if (beforeContent && (Outlets.isDomain(line) || kind.matches() && Outlets.isDomain(kind.group(1)))) {
            draft.offerSource(kind.matches() ? kind.group(1) : line.strip(), TextArticleParser.MASTHEAD);
            return i;
        }
        if (beforeContent && MastheadShapes.networkOverPaper(lines, i)) {
            return i; // "SaltWire" / "The Chronicle Herald" / the menu: the network's brand over its paper's name
        }
        // the site's name among the menu words, over a menu bar ("Prairie Post" / "News | ...", also "la diaria", "Dân trí",
        // "Business News") or over the story's section label in its block ("ABC News" / "Federal Politics" / the headline)
        boolean overMenuBar = MastheadShapes.overMenuBar(lines, i);
        if (beforeContent && (isMasthead(line) || overMenuBar && (PageLines.isLowerCaseLogo(line) || Outlets.looksLikeOutlet(line)
                && Outlets.hasOutletWord(line) && line.strip().contains(" ") || NameCase.isSentenceCasePhrase(line)))
                && !lines.nameOverTaglineAndMenu(i) && !CrumbTrails.sectionUnderMasthead(lines, i, draft) // ("GZH" / menu / "Mobilidade")
                && HeaderWriters.overDeskAndStamp(lines, i, draft.source) == null // (a writer's: "MATT BURGESS" / "SECURITY" / stamp)
                && (lines.inMenu(i) || Outlets.hasOutletWord(line)
                && i + 1 < lines.size() && (lines.isJunk(i + 1) || overSection(lines, i))
                || shoutedOverSection(lines, i) // (or the page's first line alone over a menu: "El Faro English", "Modern Ghana")
                || overMenuBar)) {
            draft.offerSource(line.strip(), TextArticleParser.MASTHEAD);
            return i;
        }
        if (lines.inMenu(i) && JunkLineDetector.isShareWord(line)) { // "Dela / Facebook / X / Mejla": share buttons, a word a line
            return i;
        }
        if (!beforeContent && (LinkBlocks.isTagLine(line) || LinkBlocks.isTickerLabel(line))) {
            // "Topics: Riyadh Metro" / "Saudi Arabia", "In This Article:" / "TSLA": the tags or tickers under the label
            return LinkBlocks.tagsUnder(lines, i);
        }
        if (!beforeContent && (PleaLabels.isSupportLabel(line) || PleaLabels.supportsOutlet(line, draft.source))
                && lines.size() - 1 - i <= PleaLabels.MAX_PLEA_LINES) {
            return lines.size() - 1; // "Support Our Journalism", "Support Eurasianet" / its plea, closing the page
        }
        if (!beforeContent && LinkBlocks.isRelatedLabel(line)) {
            int last = RelatedHeadlines.blockEnd(lines, i);
            for (int k = i; k <= last; k++) { // "Related" / "More from the BBC": a label under the first names the site
                LinkBlocks.moreFrom(lines.get(k)).ifPresent(outlet -> draft.offerSource(outlet, TextArticleParser.MASTHEAD));
            }
            return last;
        }
        return -1;
    }

    /**
     * "Trending" / "Most read" above the story and the other stories' headlines under it: skipped up
     * to the story's own headline, the one a standfirst, byline or date line follows (or up to a
     * breadcrumb). Returns the index of the rail's last line.
     */
    static int railBeforeStory(PageLines lines, int label) {
        int i = label;
        for (int linked = 0; linked < LinkBlocks.MAX_LINKED_HEADLINES && i + 1 < lines.size()
                && LinkBlocks.isLinkedHeadline(lines.get(i + 1)) && BreadcrumbDetector.detect(lines.get(i + 1)).isEmpty()
                && !opensStory(lines, i + 1); linked++) {
            i++;
        }
        return i;
    }

    /** Line i is a headline a byline or date line follows, directly or under a standfirst. */
    private static boolean opensStory(PageLines lines, int i) {
        return i + 1 < lines.size() && (isStamp(lines.get(i + 1))
                || i + 2 < lines.size() && Headlines.isTitleLike(lines.get(i + 1)) && isStamp(lines.get(i + 2)));
    }

    private static boolean isStamp(String line) {
        return BylineDetector.standalone(line).isPresent() || MetaDateLine.parse(line).isPresent();
    }

    /** "To contact the reporter on this story:" and the addresses under it: the reporters are authors. */
    private static int contacts(PageLines lines, int label, ArticleDraft draft) {
        boolean reporters = ContactLines.namesReporters(lines.get(label));
        int i = label;
        while (i + 1 < lines.size() && ContactLines.isAddress(lines.get(i + 1))) {
            String name = ContactLines.name(lines.get(++i));
            if (reporters && name != null && !draft.authors.contains(name)) {
                draft.addAuthor(name);
            }
        }
        return i;
    }

    /** "DER SPIEGEL" over "Wirtschaft": a name in capitals, no place's, over a listed section in its block. */
    private static boolean shoutedOverSection(PageLines lines, int i) {
        String name = lines.get(i).strip();
        return (NameCase.isShouted(name) || Outlets.isTwoLetterBrand(name)) && overListedSection(lines, i)
                && !BlockMastheads.kickerWord(name); // not "LIVE" / "Politics"
    }

    /**
     * Line i, which names no place, stands over a listed section in its block: where a masthead stands
     * ("DER SPIEGEL" / "Wirtschaft", "La Vanguardia" / "Economía"), whatever else tells it one.
     */
    static boolean overListedSection(PageLines lines, int i) {
        return i + 1 < lines.size() && lines.sameBlock(i, i + 1) && !Places.isPlace(lines.get(i))
                && SectionNames.isSection(lines.get(i + 1));
    }

    /** The next line of the block is a section's label: a listed section, or a kicker over the headline after it. */
    private static boolean overSection(PageLines lines, int i) {
        String next = lines.get(i + 1);
        return lines.sameBlock(i, i + 1) && (SectionNames.isSection(next) || i + 2 < lines.size()
                && !lines.sameBlock(i + 1, i + 2) && KickerDetector.detect(next, lines.get(i + 2)).isPresent());
    }

    /** The site's logo as text opening its menu: its name in capitals or with an outlet's word ("DER SPIEGEL"). */
    static boolean isLogo(String line) {
        String t = line.strip();
        return isMasthead(line) && (t.length() > 3 && NameCase.isShouted(t) || Outlets.hasOutletWord(t));
    }

    /** Capitals that open a menu as its items, not as the site's name: "US / World / Business". */
    private static final Set<String> MENU_ACRONYMS = Set.of("US", "UK", "EU", "UN", "AI", "TV");

    /**
     * "DN", "FT", "NRK", "C&EN": the page's first line, an outlet's initials of two to four capitals over its menu; not a
     * place's or a field's letters that a menu lists first ("US", "AI").
     */
    static boolean isInitialsLogo(String line) {
        String t = line.strip();
        return t.length() >= 2 && t.length() <= 5 && t.replace("&", "").length() <= 4 && t.chars().allMatch(c -> Character.isUpperCase(c) || c == '&')
                && Character.isUpperCase(t.charAt(0)) && Character.isUpperCase(t.charAt(t.length() - 1)) && isMasthead(t) && !MENU_ACRONYMS.contains(t);
    }

    static boolean isMasthead(String line) {
        String t = line.strip();
        // (a leading "The" is no word of the name's count: "The St Kitts Nevis Observer")
        return t.replaceFirst("^The\\s+", "").split("\\s+").length <= MAX_MASTHEAD_WORDS && Outlets.looksLikeOutlet(t) && !SectionNames.isSection(t)
                && ArticleTypes.fromLabel(t) == ArticleType.UNKNOWN && !BreadcrumbDetector.isNewsRoot(t); // "Nyheter" alone
    }
}
