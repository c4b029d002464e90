package io.newsflow.producer.parse.text;

import java.util.List;
import java.util.regex.Pattern;

import io.newsflow.avro.ArticleType;
import io.newsflow.producer.parse.ArticleDraft;

/**
 * Where a large site's page starts its story: a scraped header holds taglines, account links and
 * menu words ("Exclusive news, data and analytics for ...", "Print subscriptions", "Manage Products
 * and Account Information") that read like headlines. When the first byline or date stamp comes,
 * the headline is the line just above it, or the one above that when a standfirst stands between
 * them; the lines read before the headline were the site's header and are dropped. A kicker just
 * above the headline names the section, whatever the header offered before.
 */
final class HeaderTrim {
    private static final int MIN_HEADLINE_WORDS = 4;
    /** A header line is short: a line this long means the story's text has begun, and nothing is trimmed. */
    private static final int MAX_HEADER_WORDS = 40;
    private static final int MAX_HEADER_LINES = 12;
    // (and the ideographic full stop, and Armenian's, Devanagari's, Urdu's, Ethiopic's, Myanmar's and Khmer's)
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?\"”»。！？" + Headlines.OTHER_FULL_STOPS + "]$");
    /** A country or region after a writer's town: its code ("RD", "USA") or a name of up to three words. */
    private static final Pattern REGION = Pattern.compile("\\p{Lu}{2,3}|\\p{Lu}[\\p{L}.]+(?: \\p{Lu}[\\p{L}.]+){0,2}");
    /** "à Québec", "in Brussels", "aus Berlin": where the writer files from, under the name. */
    private static final Pattern WRITERS_TOWN_PREPOSITION = Pattern.compile("^(?:à|in|en|em|aus|from|desde|da|depuis)\\s+(?=\\p{Lu})");

    private HeaderTrim() {
    }

    /**
     * Between the headline (and standfirst) and the text, where a byline stands: one or two lines of content so far; or up
     * to four short ones when line i stands right over the story's stamp ("Delfi" / "Verslas" / headline / "Rūta
     * Jankauskienė" / "2025 m. gruodžio 2 d. 09:12"), a header the stamp's trim takes apart.
     */
    static boolean underHeadline(List<String> content, PageLines lines, int i) {
        return !content.isEmpty() && (content.size() <= 2 || content.size() <= 4 && headerOnly(content)
                && i + 1 < lines.size() && lines.sameBlock(i, i + 1) && MetaDateLine.parse(lines.get(i + 1)).isPresent());
    }

    /**
     * Whether the lines read so far can all be a site's header (menus, taglines, account links): a
     * few lines, none of them a sentence. A kicker is looked for only there.
     */
    static boolean headerOnly(List<String> content) {
        if (content.size() > MAX_HEADER_LINES) {
            return false;
        }
        for (String line : content) {
            String t = line.strip();
            if (Headlines.words(t) > MAX_HEADER_WORDS || SENTENCE_END.matcher(t).matches() && !Headlines.ABBREVIATED_END.matcher(t).matches()
                    && !brandExclamation(t)) {
                return false;
            }
        }
        return true;
    }

    /** One word and an exclamation mark is a name ("Ya!", "Yahoo!"), no sentence. */
    private static boolean brandExclamation(String t) {
        return t.endsWith("!") && Headlines.words(t) == 1;
    }

    private static boolean isHeadline(String line) {
        return Headlines.isTitleLike(line) && Headlines.words(line) >= MIN_HEADLINE_WORDS;
    }

    /** Whether the line opens the story's byline or date stamp ("By ...", "Kate Connolly in Berlin" over a date). */
    static boolean opensByline(PageLines lines, int i) {
        String line = lines.get(i);
        if (BylineDetector.standalone(line).isPresent() || MetaDateLine.parse(line).map(r -> r.published() != null).orElse(false)) {
            return true;
        }
        return i + 1 < lines.size() && PersonNames.isBareNameList(PersonNames.withoutPlace(line))
                && MetaDateLine.parse(lines.get(i + 1)).isPresent();
    }

    /**
     * What the header lines gave before the story's start was known: the last kicker (line,
     * section, type), the first kicker that set the draft's section or type, and the names a
     * bare byline line gave (and its line), which a menu's "Software Updates" can fake.
     */
    static final class HeaderFacts {
        int kickerLine = -1;
        String kickerSection;
        ArticleType kickerType = ArticleType.UNKNOWN;
        int firstKickerFactLine = -1;
        int bareNameLine = -1;
        List<String> bareNames = List.of();

        void kicker(int line, Kicker kicker, ArticleDraft draft, boolean secondOfPair) {
            if (firstKickerFactLine < 0 && (draft.section == null && kicker.section() != null
                    || draft.articleType == ArticleType.UNKNOWN && kicker.type() != ArticleType.UNKNOWN)) {
                firstKickerFactLine = line;
            }
            // "Politics" / "Queensland": a section over its sub-section, a block of their own over the headline: the section
            boolean stacked = secondOfPair && kickerLine == line - 1 && kickerSection != null;
            kickerLine = line;
            kickerSection = stacked ? kickerSection : kicker.section();
            kickerType = kicker.type();
        }

        /** Takes line i's bare names as the byline, the writer's role ("Consumer affairs correspondent") and outlet under them; returns the last line read. */
        int takeBareNames(PageLines lines, int i, ArticleDraft draft) {
            List<String> affiliated = AffiliatedBylines.names(lines.get(i)); // (writers parted by ";": "Monica Chen, Taipei; Jessie Shen, DIGITIMES Asia")
            (affiliated.size() > 1 ? affiliated : PersonNames.split(PersonNames.withoutHandles(lines.get(i)))).forEach(draft::addAuthor);
            bareNameLine = i;
            bareNames = List.copyOf(draft.authors);
            int last = i;
            String next = last + 1 < lines.size() ? PersonNames.withoutHandles(lines.get(last + 1)) : "";
            int comma = next.indexOf(','); // (the role, then its outlet or beat: "UK / EMEA News Reporter, Infosecurity Magazine")
            if (next.length() > 0 && lines.sameBlock(last, last + 1) && (UnmarkedBylines.isRole(next)
                    || comma > 0 && next.substring(comma + 1).strip().split("\\s+").length <= 3 && UnmarkedBylines.isRole(next.substring(0, comma)))) {
                last++;
            }
            return last + 1 < lines.size() && lines.sameBlock(last, last + 1) ? BylineOutlets.takeOutletUnder(lines, last, draft) : last;
        }

        /** Line i stands right under the bare name line, in its block. */
        private boolean underBareNames(PageLines lines, int i) {
            return bareNameLine >= 0 && bareNameLine == i - 1 && lines.sameBlock(i - 1, i);
        }

        /**
         * Line i, right under the bare name line in its block, names only places: the writers' towns ("Rio de Janeiro e
         * São Paulo", "New Delhi,"), which leave the text before the bare-name byline rule could read them as writers.
         */
        boolean writersTowns(PageLines lines, int i) {
            if (!underBareNames(lines, i)) {
                return false;
            }
            // "Isabelle Porter" / "à Québec": the town may come with its preposition
            String line = WRITERS_TOWN_PREPOSITION.matcher(lines.get(i).strip().replaceAll("[,.;:]+$", "")).replaceFirst("");
            String[] townAndRegion = line.split(",\\s*", 2); // ("Santiago, RD", "Kandy, Sri Lanka": the town, then its country)
            return Places.isPlace(line) || Places.allPlaces(PersonNames.split(line))
                    || townAndRegion.length == 2 && Places.isPlace(townAndRegion[0]) && REGION.matcher(townAndRegion[1]).matches();
        }

        /**
         * A bare name on line i is a byline: the draft has no author yet, or line i stands right under the bare name
         * line, in its block, and the draft's authors all came from those lines (a co-author's name stacked under it).
         */
        boolean takesBareName(PageLines lines, int i, ArticleDraft draft) {
            return draft.authors.isEmpty() || underBareNames(lines, i) && draft.authors.equals(bareNames);
        }
    }

    /**
     * Drops the header lines read before the headline. {@code content} and {@code contentLines}
     * (each content line's index in {@code lines}) change in place. Returns whether the story's start is
     * settled: false while no headline stands above the stamp (a date in the site's header), so that a
     * later byline may still decide it.
     */
    static boolean trim(List<String> content, List<Integer> contentLines, ArticleDraft draft, HeaderFacts facts) {
        int last = content.size() - 1;
        // the text has begun (a long line, or a sentence before the standfirst's place): nothing is header any more
        if (content.stream().anyMatch(l -> Headlines.words(l) > MAX_HEADER_WORDS)
                || !headerOnly(content.subList(0, last))) {
            return true;
        }
        int headline = last;
        // headline then standfirst, on consecutive lines
        if (last > 0 && contentLines.get(last - 1) + 1 == contentLines.get(last) && isHeadline(content.get(last - 1))) {
            headline = last - 1;
        }
        if (!isHeadline(content.get(headline))) {
            return false; // no headline above this stamp yet (a date in the site's header): a later one decides
        }
        if (headline == 0) {
            return true;
        }
        // a kicker stands above the headline only with no dropped header line between them:
        // "Valleys Chronicle" over the menu "News Sport What's On ..." is the site's name, not a section
        int lastDropped = contentLines.get(headline - 1);
        content.subList(0, headline).clear();
        contentLines.subList(0, headline).clear();
        int start = contentLines.get(0);
        boolean kickerAbove = facts.kickerLine < start && facts.kickerLine >= start - 2 && facts.kickerLine > lastDropped;
        if (facts.firstKickerFactLine >= 0 && (facts.firstKickerFactLine < start - 2 || !kickerAbove)) {
            // the section or type came from a menu word of the dropped header ("News")
            draft.section = kickerAbove ? facts.kickerSection : null;
            draft.articleType = kickerAbove ? facts.kickerType : ArticleType.UNKNOWN;
        } else if (kickerAbove && facts.kickerSection != null) {
            draft.section = facts.kickerSection;
        }
        if (facts.bareNameLine >= 0 && facts.bareNameLine < start) {
            draft.authors.removeAll(facts.bareNames); // a name read in the header, above the headline
        }
        return true;
    }
}
