package io.newsflow.producer.parse.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page that opens with the site's name and one more line in a block of their own, over the menu's block (or a menu
 * bar, or the story's trail): "Sudan Tribune" / "Plural news and views on Sudan", "Cook Islands News" / "Te Tuatua Mou o
 * te Kuki Airani", "TC Weekly News" / "Turks and Caicos Islands". The second line is the site's tagline whatever it says,
 * furniture as it is in one block with the menu ({@link PageBlock}), unless it is the name written out (it has an
 * outlet's word, or ends with the logo's: "Newsday" / "Trinidad and Tobago Newsday"); or, under a logo in capitals, the
 * name written out ("WAFA" / "Palestine News &amp; Info Agency"). Neither line is the headline.
 */
final class OpeningMastheads {
    /** A logo in capitals: "WAFA", "TATOLI"; or initials and what the site is: "GDN Online" (over "Gulf Daily News"). */
    private static final Pattern CAPITALS_LOGO = Pattern.compile("\\p{Lu}{2,8}(?: (?:Online|News|Media))?");
    /** "Tajikistan news": a place's news in sentence case, what the site is, where a name would write "News". */
    private static final Pattern PLACE_NEWS = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2} news");

    private OpeningMastheads() {
    }

    /** "Diario de Mendoza", "Newspaper of Tasmania": the kind of paper and its place, under the name what the paper is. */
    private static final Pattern PAPER_OF_PLACE = Pattern.compile("(?iu)(?:diario|periódico|jornal|journal|quotidien|giornale|quotidiano"
            + "|zeitung|newspaper|daily|dagblad|krant) (?:de|del|do|da|du|di|of|von|aus) (?:the )?(\\p{Lu}[\\p{L}'’ -]{1,30})");

    /** "Zimbabwe News", "Sierra Leone News" ("CHICAGO NEWS"): a place's name and "News", what a site or its section covers. */
    static boolean placesNews(String line) {
        return line.regionMatches(true, line.length() - " news".length(), " news", 0, " news".length()) && !line.endsWith(" news")
                && Places.isPlace(line.substring(0, line.length() - " News".length()));
    }

    /**
     * Whether the page's first two lines are such a block: the name, then its tagline or its name written out; the menu
     * under them in a block of its own, or in theirs as a bar ("TNM" / "The News Minute" / "Karnataka  Tamil Nadu  ...").
     */
    static boolean overMenu(PageLines lines) {
        boolean trail = lines.size() > 2 && BreadcrumbDetector.detect(lines.get(2)).isPresent();
        // (the trail may close the block as a menu bar would: "Mapuexpress" / "Informativo Mapuche" / "Inicio / Kimeltuwün")
        if (lines.size() <= 2 || !lines.sameBlock(0, 1) || lines.sameBlock(1, 2) && !JunkLineDetector.isMenu(lines.get(2)) && !trail) {
            return false;
        }
        boolean menu = lines.inVerticalMenu(2) || JunkLineDetector.isMenu(lines.get(2)) || trail;
        String logo = lines.get(0).strip();
        String second = lines.get(1).strip();
        // (a phrase of a menu item's shape too, alone with the name: "Leading the way"; not a section's name, "News")
        boolean shaped = PageBlock.taglineShaped(logo, second) || PageBlock.isMenuItem(second) && !SectionNames.isSection(second)
                && !BreadcrumbDetector.isNewsRoot(second) && !BreadcrumbDetector.isHomeRoot(second)
                || overBar(lines, second);
        Matcher paperOf = PAPER_OF_PLACE.matcher(second);
        boolean tagline = PLACE_NEWS.matcher(second).matches() // ("Tajikistan news": a description, in sentence case)
                || paperOf.matches() && Places.isPlace(paperOf.group(1)) // ("Los Andes" / "Diario de Mendoza")
                || placesNews(second) && !CAPITALS_LOGO.matcher(logo).matches() // ("ZimLive" / "Zimbabwe News": what the site is)
                || shaped && (!Outlets.looksLikeOutlet(second) || SiteTaglines.matches(second) // ("PNG's Home of News")
                || !Outlets.hasOutletWord(second) && !TopMenus.endsWithLogo(logo, second));
        boolean writtenOut = CAPITALS_LOGO.matcher(logo).matches() && Outlets.looksLikeOutlet(second) && Outlets.hasOutletWord(second)
                || OutletInitials.spellEveryWord(logo, second); // ("CdM" / "Café del Montenegro")
        // ("Bernews" / "Bermuda News" / "Bernews » Business": a trail rooted in the first line names it the site, the second its tagline)
        tagline = tagline || menu && BreadcrumbDetector.rootedAt(lines.get(2), logo);
        // (the name written out over other furniture too: "HINA" / "Croatian News Agency" / "News in English")
        return (Outlets.looksLikeOutlet(logo) || PageLines.isLowerCaseLogo(logo)) && (menu && (tagline || writtenOut) || lines.isJunk(2) && writtenOut);
    }

    /**
     * A line between the name and its menu bar in one block, a sentence of the site's own ("Pulitzer Prize-winning,
     * nonpartisan reporting on ..."): no headline stands over the menu, nor a date or a writer's byline.
     */
    private static boolean overBar(PageLines lines, String second) {
        return lines.sameBlock(1, 2) && JunkLineDetector.isMenu(lines.get(2)) && second.split("\\s+").length <= MAX_SLOGAN_WORDS
                && !BylineDetector.hasLeadIn(second) && MetaDateLine.parse(second).isEmpty() && !second.endsWith("?");
    }

    /**
     * The page's first line a writer's role in shape over the rest of its block ("Kent Reporter" / "News > Business", "Bikol
     * Reporter"): under no one's name a role is no one's, so it is the site's name; not a lead-in's credit ("Door Redactie").
     */
    static boolean roleShapedName(PageLines lines, int i) {
        return lines.pageOpensAt(i) && i + 1 < lines.size() && lines.sameBlock(i, i + 1) && UnmarkedBylines.isRole(lines.get(i))
                && !BylineDetector.hasLeadIn(lines.get(i)) && Outlets.looksLikeOutlet(lines.get(i));
    }

    /** The most words of a site's sentence about itself over its menu bar. */
    private static final int MAX_SLOGAN_WORDS = 16;

    /**
     * The site's name from the page's opening line when it is the name and its tagline after a bar, over the menu ("Sun
     * Online | Maldives news, sports, business and tourism" / "News | Business | ..."): the line is furniture, as a tagline.
     */
    static Optional<String> taglinedOverMenu(PageLines lines, int i) {
        String line = lines.get(i).strip();
        String name = TopMenus.withoutTagline(line);
        boolean menu = i + 1 < lines.size() && (lines.inVerticalMenu(i + 1) || JunkLineDetector.isMenu(lines.get(i + 1)));
        return lines.pageOpensAt(i) && menu && !name.equals(line) && Outlets.looksLikeOutlet(name) ? Optional.of(name) : Optional.empty();
    }
}
