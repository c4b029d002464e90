package io.newsflow.producer.parse.text;

import io.newsflow.avro.ArticleType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises breadcrumb lines ({@code Home / Section / Title}, {@code Home > World > Europe},
 * {@code News › Business}) and reads the section from them. A trail must either start with a home
 * crumb or have at least three short crumbs, so a sentence with a slash ("and/or") is not a trail.
 */
public final class BreadcrumbDetector {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:/|>|›|»|\\\\|→)\\s+");
    private static final int MAX_CRUMB_WORDS = 4;
    private static final Pattern SHORT_CRUMB = Pattern.compile("\\p{Lu}[\\p{L}&'’-]*(?:(?: &| and)? \\p{Lu}[\\p{L}&'’-]*){0,2}"); // "A & B"
    /** A last crumb of more words is the headline ("Home / News / Brussels Weighs Its Own Rules"), not a section. */
    private static final int MAX_SECTION_WORDS = 3;

    /** A root crumb for a site's blog or articles as a whole: the section is the next crumb, and no type is implied. */
    private static final Set<String> BLOG_ROOT = Set.of("blog", "articles", "stories", "magazine", "insights", "posts");

    /** A blog's category line: "Categories: Energy, East Africa", "Filed under: Ports". */
    private static final Pattern CATEGORY = Pattern.compile(
            "(?iu)^\\W*(?:categories|category|filed under|posted in|kategorien?|catégories?|categorías?|categorie|categorieën)"
            + "\\s*:\\s*(\\p{Lu}[\\p{L}&' -]{1,30}?)\\s*(?:[,|;].{0,120})?$");

    /** A Korean portal's note on the section the outlet filed the story in: "이 기사는 언론사에서 사회 섹션으로 분류했습니다." */
    private static final Pattern PORTAL_SECTION = Pattern.compile("^이 기사는 언론사에서 (\\S{1,12}(?: \\S{1,12})?) 섹션으로 분류했습니다\\.?$");

    private BreadcrumbDetector() {
    }

    /** The first category a blog's category line names, if the line is one. */
    static Optional<String> category(String line) {
        Matcher m = CATEGORY.matcher(line.strip());
        Matcher portal = PORTAL_SECTION.matcher(line.strip());
        return m.matches() ? Optional.of(m.group(1).strip()) : portal.matches() ? Optional.of(portal.group(1)) : Optional.empty();
    }

    /** Whether a crumb names the site's home page ("Home", "Accueil", "Startseite"). */
    static boolean isHomeRoot(String label) {
        return label != null && TrailRoots.HOME.contains(label.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether a crumb or label names the site's news as a whole ("News", "Nyheter"). */
    public static boolean isNewsRoot(String label) {
        return label != null && TrailRoots.NEWS.contains(label.strip().toLowerCase(Locale.ROOT));
    }

    /** "Hong Kong/Transport", "News›Transport": two short crumbs parted by a slash or a chevron without spaces. */
    private static final Pattern TIGHT_TRAIL = Pattern.compile("(" + SHORT_CRUMB.pattern() + ")[/›](" + SHORT_CRUMB.pattern() + ")");

    /**
     * "Sport / Football", "Hong Kong / Transport": two crumbs of one or two capitalised words, not a person over an
     * outlet ("Karin Holmberg / TT"); a place first is a crumb even when it reads as a name.
     */
    private static boolean shortTrail(String[] crumbs, boolean arrowed) {
        if (crumbs.length == 2 && arrowed && Outlets.isCaseless(crumbs[0]) && Outlets.isCaseless(crumbs[1])) {
            return true; // "时事 > 中国政库": no capital marks a crumb in a script without case, the spaced arrow does
        }
        return crumbs.length == 2 && SHORT_CRUMB.matcher(crumbs[0]).matches()
                && (SHORT_CRUMB.matcher(crumbs[1]).matches() || subsectionWithAdjective(crumbs))
                // (a name's shape under an arrow is a section's of two words over a crumb of no name's shape, "Southern States >
                // Telangana"; not "Karin Holmberg/TT", nor a writer and a role, "Markus Weber › Freier Autor")
                && (arrowed && !PersonNames.isName(crumbs[1]) || !PersonNames.isName(crumbs[0]) || Places.isPlace(crumbs[0]));
    }

    /** Crumbs parted by a spaced arrow: "Southern States > Telangana", "Sport › Football". */
    private static final Pattern ARROWED = Pattern.compile("\\S\\s+[>›»]\\s+\\S");

    /** A noun and a lower-case adjective, as Romance sites name a subsection: "Politique belge", "Cronaca locale". */
    private static final Pattern NOUN_AND_ADJECTIVE = Pattern.compile("\\p{Lu}\\p{Ll}+ \\p{Ll}{4,}");

    /** "Belgique › Politique belge": under a listed section or a place, a subsection named by a noun and its adjective. */
    private static boolean subsectionWithAdjective(String[] crumbs) {
        return NOUN_AND_ADJECTIVE.matcher(crumbs[1]).matches() && (SectionNames.isSection(crumbs[0]) || Places.isPlace(crumbs[0]));
    }

    /**
     * "Süddeutsche Zeitung > Bayern > München": a trail rooted in the site's own name (a domain, two words or more with an
     * outlet's word, or any name over the site's news root: "MDR > Nachrichten > Sachsen"; not a section's or a place's
     * name) starts at its home page, so the section is the next crumb.
     */
    private static boolean outletRoot(String[] crumbs) {
        String root = crumbs[0];
        // (two crumbs only when the news root is the second: "Guernsey Press > News")
        return (crumbs.length >= 3 || crumbs.length == 2 && isNewsRoot(crumbs[1]))
                && !isNewsRoot(root) && !SectionNames.isSection(root)
                && (Outlets.isDomain(root) || root.contains(" ") && Outlets.hasOutletWord(root)
                    || isNewsRoot(crumbs[1]) && !Places.isPlace(root));
    }

    /**
     * "Accueil Économie", "Startseite Wirtschaft": a home crumb and a listed section, the trail's links scraped without a
     * separator, as two crumbs; else the text alone. A listed section only: "Home Office" is a ministry.
     */
    private static String[] homeAndSection(String text) {
        int space = text.indexOf(' ');
        for (int cut = space; cut > 0; cut = text.indexOf(' ', cut + 1)) {
            String home = text.substring(0, cut);
            String section = text.substring(cut + 1).strip();
            // (not "Home News", a British paper's section for its own country's news, nor "Front Page News", a label)
            if (isHomeRoot(home) && SectionNames.isSection(section) && !text.equalsIgnoreCase("home news")
                    && !text.equalsIgnoreCase("front page news")) {
                return new String[] {home, section};
            }
        }
        return new String[] {text};
    }

    /** "Bernews » Business": whether the line is a trail whose first crumb is the site's own name (its home page). */
    static boolean rootedAt(String line, String siteName) {
        String[] crumbs = SEPARATOR.split(line.strip());
        return siteName != null && crumbs.length >= 2 && crumbs[0].strip().equalsIgnoreCase(siteName.strip());
    }

    /** The breadcrumb when the line is one, a first crumb naming the site read as its home page. */
    static Optional<Breadcrumb> detect(String line, String siteName) {
        String text = line.strip();
        return rootedAt(text, siteName) ? detect("Home" + text.substring(SEPARATOR.split(text)[0].length())) : detect(text);
    }

    /** The breadcrumb when the line is one. */
    public static Optional<Breadcrumb> detect(String line) {
        String text = line.strip();
        if (text.length() > 300) {
            return Optional.empty();
        }
        String[] crumbs = Arrays.stream(SEPARATOR.split(text)).map(String::strip).toArray(String[]::new);
        if (crumbs.length == 1) {
            // "Accueil Économie": the links' text scraped without their separator; "Home | Hyderabad | <the headline>"
            crumbs = CrumbTrails.barred(text).orElse(homeAndSection(text));
        }
        Matcher tight = TIGHT_TRAIL.matcher(text);
        // (only under a place or a listed section: "Lusa/Fim" is a wire's end mark, "Karin Holmberg/TT" a byline)
        if (crumbs.length < 2 && tight.matches() && (Places.isPlace(tight.group(1)) || SectionNames.isSection(tight.group(1))
                || isNewsRoot(tight.group(1)) || isHomeRoot(tight.group(1)))) { // ("Home/News")
            crumbs = new String[] {tight.group(1), tight.group(2)};
        }
        if (crumbs.length < 2) {
            return Optional.empty();
        }
        boolean home = isHomeRoot(crumbs[0]) || outletRoot(crumbs);
        if (!home && crumbs.length < 3 && !shortTrail(crumbs, ARROWED.matcher(text).find())) {
            return Optional.empty();
        }
        for (int i = 0; i < crumbs.length - 1; i++) {
            if (crumbs[i].isEmpty() || crumbs[i].split("\\s+").length > MAX_CRUMB_WORDS || crumbs[i].matches(".*[.!?]$")) {
                return Optional.empty();
            }
        }
        int first = home ? 1 : 0;
        ArticleType rootType = ArticleType.UNKNOWN;
        // "News > Mining > Copper", "Home » News » Ports": the crumb after the root, unless it is a headline
        boolean sectionAfterRoot = crumbs.length >= first + 3
                || crumbs.length == first + 2 && crumbs[first + 1].split("\\s+").length <= MAX_SECTION_WORDS;
        if (sectionAfterRoot && isNewsRoot(crumbs[first])) {
            rootType = ArticleType.NEWS;
            first++;
        } else if (sectionAfterRoot && BLOG_ROOT.contains(crumbs[first].toLowerCase(Locale.ROOT))) {
            first++; // "Home » Blog » Electric Vehicles": the blog as a whole, then its category
        }
        // ("Home » Posts": a static site's folder of all its posts, and nothing under it, names no section)
        boolean folderOnly = crumbs.length == first + 1 && BLOG_ROOT.contains(crumbs[first].toLowerCase(Locale.ROOT)) && home;
        String section = crumbs.length > first && !folderOnly ? ArticleTypes.sectionCase(crumbs[first]) : null;
        String last = crumbs.length >= 3 ? crumbs[crumbs.length - 1] : null;
        if (crumbs.length == 2 && home) {
            last = null;
        }
        ArticleType type = ArticleTypes.fromLabel(section);
        return Optional.of(new Breadcrumb(section, last, type == ArticleType.UNKNOWN ? rootType : type));
    }
}
