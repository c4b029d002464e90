package io.newsflow.producer.parse.text;

import io.newsflow.avro.ArticleType;
import io.newsflow.producer.parse.ArticleDraft;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A page scraped without blank lines that opens with the site's menu, one item per line, then an
 * account or menu button, then the story's trail ({@link PageLines#inTopMenu}): "RTBF / Info /
 * Régions / Sport / Culture / Auvio / Se connecter / Belgique / Économie / the headline". The menu's
 * first line is the site's name; the trail reads as the one-crumb-a-line trails of
 * {@link CrumbTrails}: its first crumb is the section, and a news root first ("News" / "South Africa",
 * "Nyheter" / "Innenriks") makes the story NEWS and the next crumb its section. Also: whether a page's first line,
 * heading a menu written one item per line, names the site ({@link #isNameOverMenu}).
 */
final class TopMenus {

    private TopMenus() {
    }

    /** Words that open a site's menu as its first item, not as the site's name. */
    private static final Set<String> FIRST_MENU_ITEMS = Set.of("home", "start", "startseite", "inicio", "accueil", "portada",
            "latest", "live", "video", "videos", "podcasts", "menu", "menü", "search", "top stories", "just in", "today",
            "live tv", "tv", "radio", "watch", "listen", "newsletters", "games", "puzzles", "shop", "jobs", "events",
            "obituaries", "e-paper", "epaper", "e-edition", "english", "español", "français", "deutsch", "português",
            "italiano", "nederlands", "polski", "svenska",
            // an edition picker's label: "Seleccione" / "España" / "México" (a skip link's is PageTops.isSkipLink)
            "seleccione", "selecciona", "select", "sélectionnez", "choose");

    /** A brand of digits and a word glued ("15min", "20min"), which reads as a relative stamp anywhere else. */
    private static final Pattern DIGITS_BRAND = Pattern.compile("\\d{1,3}\\p{L}{2,8}");

    /**
     * "Emol" / "Nacional" / "Economía", "The Kyiv Independent" / "War" / "Ukraine": the page's first line, a name
     * heading a menu written one item per line, is the site's; not the menu's first item ("Home", "Latest").
     */
    static boolean isNameOverMenu(String line) {
        String t = withoutTagline(line);
        return (FurnitureBlocks.isMasthead(t) || PageLines.isLowerCaseLogo(t)) // ("infobae": a brand written in lower case)
                && !FIRST_MENU_ITEMS.contains(t.toLowerCase(Locale.ROOT)) && !PageTops.isSkipLink(t)
                && (!JunkLineDetector.isJunk(t) || DIGITS_BRAND.matcher(t).matches()); // ("15min" heads its menu: no stamp there)
    }

    /**
     * "WELT" / "Politik" / "Deutschland": the page's first line, a shouted name of one or two words over a menu whose
     * next item is not shouted, is the site's, even where its word names a section too.
     */
    static boolean isShoutedNameOverMenu(PageLines lines, int i) {
        String t = lines.get(i).strip();
        return t.length() >= 3 && t.split("\\s+").length <= 2 && NameCase.isShouted(t) && Outlets.looksLikeOutlet(t)
                && i + 1 < lines.size() && lines.sameBlock(i, i + 1) && !NameCase.isShouted(lines.get(i + 1).strip());
    }

    /**
     * The site's name from its logo at line i: "DN" over "Diário de Notícias", the initials spelled out by the next line
     * (its capitalised words' first letters, an elided article's name too: "d'Alsace"), is the next line, also when the
     * logo has one letter more ("HAZ" over "Hannoversche Allgemeine", its "Zeitung" left out); any other logo is itself.
     */
    static String spelledOut(PageLines lines, int i) {
        String logo = withoutTagline(lines.get(i));
        if (fullerUnder(lines, i)) {
            return lines.get(i + 1).strip(); // "Newsday" / "Trinidad and Tobago Newsday": the full name under the logo
        }
        if (!FurnitureBlocks.isInitialsLogo(logo) || i + 1 >= lines.size() || !lines.sameBlock(i, i + 1)) {
            return logo;
        }
        String next = lines.get(i + 1).strip();
        return OutletInitials.spell(logo, next) && Outlets.looksLikeOutlet(next) ? next : logo; // ("Última Hora": a section's label too)
    }

    /** Line i, a logo's word, over the site's full name ending with it: "Newsday" / "Trinidad and Tobago Newsday". */
    static boolean fullerUnder(PageLines lines, int i) {
        String logo = lines.get(i).strip();
        String next = i + 1 < lines.size() && lines.sameBlock(i, i + 1) ? lines.get(i + 1).strip() : "";
        return endsWithLogo(logo, next) && next.length() > logo.length() + 3 && Outlets.looksLikeOutlet(next)
                && next.split("\\s+").length <= 5;
    }

    /**
     * Whether {@code next} ends with {@code logo}, a word alone: the shape of a logo over the full name ("Newsday"), or
     * a short form of one word keeping the name's first letter and its end ("mkini" over "Malaysiakini").
     */
    static boolean endsWithLogo(String logo, String next) {
        String word = logo.strip();
        String name = next.strip().toLowerCase(Locale.ROOT);
        String shortForm = word.toLowerCase(Locale.ROOT);
        return !word.contains(" ") && (next.strip().endsWith(" " + word) || word.length() >= 4 && name.length() > word.length() + 3
                && name.charAt(0) == shortForm.charAt(0) && name.endsWith(shortForm.substring(1)) && name.split(" ").length <= 3);
    }

    /**
     * Whether line i belongs to the top menu or its trail; the menu's name and the trail's facts are
     * offered to the draft. Returns the last line consumed, or -1 when line i is neither.
     */
    static int consumed(PageLines lines, int i, ArticleDraft draft) {
        if (lines.inTopMenu(i)) {
            String line = lines.get(i);
            if (i == 0 && Outlets.looksLikeOutlet(line) && !SectionNames.isSection(line) && !BreadcrumbDetector.isNewsRoot(line)) {
                draft.offerSource(line.strip(), TextArticleParser.MASTHEAD);
            }
            return i;
        }
        if (i != lines.topTrailStart()) {
            return -1;
        }
        List<String> trail = lines.topTrail();
        String first = trail.get(0).strip();
        if (BreadcrumbDetector.isNewsRoot(first)) {
            draft.offerType(ArticleType.NEWS);
            if (trail.size() > 1) {
                draft.offerSection(ArticleTypes.sectionCase(trail.get(1)));
            }
        } else {
            draft.offerSection(ArticleTypes.sectionCase(first));
        }
        return i + trail.size() - 1;
    }

    /**
     * "The New Times | Rwanda's Leading Daily": a site's name with what it says it is beside it, parted by a bar
     * ({@link JunkLineDetector#isTagline}), is the name; any other line is itself, stripped.
     */
    static String withoutTagline(String line) {
        String t = line.strip();
        int bar = t.indexOf(" | ") > 0 ? t.indexOf(" | ") : t.indexOf(" - "); // ("Daily Mirror - Sri Lanka Latest Breaking News ...")
        return bar > 0 && t.indexOf(t.substring(bar, bar + 3), bar + 3) < 0 && JunkLineDetector.isTagline(t.substring(bar + 3))
                ? t.substring(0, bar).strip() : t;
    }

    /**
     * Line i stands alone in its block (or over one crumb and the headline) and repeats an item of a menu above it,
     * written one item per line or as a bar.
     */
    /** The words of the headline under such a label, at the fewest (not "Home" under "Collider logo"). */
    private static final int MIN_HEADLINE_WORDS = 4;
    /** A desk's label in sentence case: a capitalised word, then one or two in lower case ("Law firms", "GP contract"). */
    private static final Pattern SENTENCE_CASE_LABEL = UnicodeRegex.compile("\\p{Lu}[\\p{L}&'’-]*(?: \\p{Ll}[\\p{L}'’-]*){1,2}");

    static boolean repeatsMenuItem(PageLines lines, int i) {
        return menuItem(lines, i) != null;
    }

    /**
     * The menu's item that line i, alone in its block, repeats, as the menu writes it ("GOA" over the headline, "Goa" in
     * the menu: a shouted label of the section the menu names); right under the menu bar, a label in sentence case
     * as it is; or null.
     */
    static String menuItem(PageLines lines, int i) {
        // (or over one crumb, the trail's next, or the piece's kind, and the headline: "Theaters" / "Europe", "Lyon" / "Décryptage")
        boolean overCrumb = i + 2 < lines.size() && lines.sameBlock(i, i + 2) && Headlines.isTitleLike(lines.get(i + 2))
                && (KickerDetector.isCrumb(lines.get(i + 1)) || ArticleTypes.fromLabel(lines.get(i + 1)) != ArticleType.UNKNOWN);
        // (or right under the menu bar and over the headline in one block: "Journalism  Politics  Business of News ..." /
        // "Business of News" / the headline, a page scraped without blank lines)
        boolean underBar = i > 0 && i + 1 < lines.size() && lines.sameBlock(i - 1, i + 1) && JunkLineDetector.isMenu(lines.get(i - 1))
                && Headlines.isTitleLike(lines.get(i + 1));
        boolean alone = overCrumb || underBar || (i == 0 || !lines.sameBlock(i - 1, i)) && (i + 1 >= lines.size() || !lines.sameBlock(i, i + 1));
        String item = lines.get(i).strip();
        if (underBar && SENTENCE_CASE_LABEL.matcher(item).matches() && Headlines.words(lines.get(i + 1)) >= MIN_HEADLINE_WORDS) {
            return item; // ("Law firms", "GP contract" over the headline: a desk's label in sentence case, which no menu item repeats)
        }
        for (int k = 0; alone && k < i; k++) {
            if (lines.inVerticalMenu(k) && lines.get(k).strip().equalsIgnoreCase(item)) {
                return lines.get(k).strip();
            }
            if (JunkLineDetector.isMenu(lines.get(k))) {
                String listed = Arrays.stream(BAR.split(lines.get(k).strip())).filter(item::equalsIgnoreCase).findFirst().orElse(null);
                if (listed != null) {
                    return listed;
                }
            }
        }
        return null;
    }

    /** What parts a menu bar's items ("Thời sự | Thế giới | Kinh doanh"). */
    static final Pattern BAR = Pattern.compile("\\s+[|·•]\\s+|\\s{2,}"); // (or two spaces: "Home  Goa  National")

    /**
     * "Japan / World / Business / Sports / Japan", "Startseite / Inland / Ausland / Wirtschaft / Wirtschaft": the
     * last line of a menu written one item per line repeats one of its items, the page marking the current
     * section; that item is the story's section (not a news root: "News" says the type, not the section).
     */
    static boolean closesWithSection(PageLines lines, int i, ArticleDraft draft) {
        if (draft.section != null || i + 1 < lines.size() && lines.sameBlock(i, i + 1) || BreadcrumbDetector.isNewsRoot(lines.get(i))) {
            return false;
        }
        String item = lines.get(i).strip();
        for (int k = i - 1; k >= 0 && lines.sameBlock(k, i); k--) {
            if (lines.get(k).strip().equals(item)) {
                draft.offerSection(ArticleTypes.sectionCase(item));
                return true;
            }
        }
        return false;
    }
}
