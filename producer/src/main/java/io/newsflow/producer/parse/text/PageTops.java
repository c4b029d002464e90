package io.newsflow.producer.parse.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a scrape may hold above the site's name at the top of the page: a skip link ("Skip to main content"), a cookie
 * banner ("Nous utilisons des cookies pour améliorer votre expérience. Accepter Refuser"), the window's title, the
 * headline and the name after a bar ("Nieuwe treinverbinding ... | De Limburger" over "De Limburger"). Under them the
 * page opens as it would without them; a skip link, a cookie banner and a government site's banner ("An official website
 * of the United States government" / "Here's how you know") are furniture wherever they stand.
 */
final class PageTops {
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern SKIP_LINK = Pattern.compile("(?iu)\\s*(?:skip to (?:main )?content|skip navigation|zum inhalt springen|"
            + "ir al contenido|aller au contenu|vai al contenuto)\\s*");
    /**
     * A cookie banner or link in English: the site telling its reader it uses cookies ("We use cookies ...", "FashionUnited
     * uses cookies to give you the best experience."), asking them to agree, its buttons and its footer's links. Not a
     * sentence about cookies ("The regulator said the company's use of cookies broke privacy law.").
     */
    private static final Pattern COOKIE = UnicodeRegex.compile("\\bwe (?:use|place|set) (?:some |essential |necessary )*cookies\\b"
            + "|\\b(?:this|our) (?:site|website|web site) uses cookies\\b|^\\S+(?: \\S+)? uses cookies to (?:give|improve|ensure|provide|offer|enhance)\\b"
            + "|\\bcookies?\\b.{0,100}\\b(?:you agree|you consent|your consent|you accept)\\b|\\bby continuing\\b.{0,100}\\bcookies?\\b"
            + "|\\b(?:accept|reject|manage|allow)(?: all| additional)? cookies\\b|^cookies on \\S+"
            + "|(?:^|[·|.]\\s*)cookie (?:policy|settings|preferences|notice)\\W*(?:$|[·|.])|[|·]\\s*cookies\\s*$", F);
    /** Cookies and the banner's buttons in the other languages read ("Accepter Refuser", "Akzeptieren", "Aceptar"). */
    private static final Pattern COOKIE_CHOICE = UnicodeRegex.compile("\\bcookies?\\b.{0,200}\\b(?:accepter|refuser|paramétrer|akzeptieren"
            + "|ablehnen|zustimmen|aceptar|rechazar|configurar|accetta|accetto|rifiuta|accepteren|weigeren|akkoord|aceitar|recusar)\\b", F);
    /** A government site's banner over its name: "An official website of the United States government" / "Here's how you know". */
    private static final Pattern GOVERNMENT_BANNER = UnicodeRegex.compile("an official (?:website|site) of the .{2,60} government|"
            + "here['’]s how you know", F);
    /** The separators a window's title puts before the site's name. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+");

    private PageTops() {
    }

    /** "Skip to main content", "Zum Inhalt springen": a skip link's label, the page's first furniture. */
    static boolean isSkipLink(String line) {
        return SKIP_LINK.matcher(line).matches();
    }

    /** A government site's banner, its first line or its second ("Here's how you know"). */
    static boolean isGovernmentBanner(String line) {
        return GOVERNMENT_BANNER.matcher(line.strip()).matches();
    }

    /** How many lines stand above the site's name: a banner's two, a skip link's, cookie banner's or window title's one, or none. */
    static int linesAboveName(List<String> lines) {
        if (lines.size() > 2 && isGovernmentBanner(lines.get(0)) && isGovernmentBanner(lines.get(1))) {
            return 2;
        }
        return lines.size() > 1 && aboveName(lines.get(0), lines.get(1)) ? 1 : 0;
    }

    /** True when the line speaks of cookies and the reader's choice of them. */
    static boolean isCookieBanner(String line) {
        return COOKIE.matcher(line).find() || COOKIE_CHOICE.matcher(line).find();
    }

    /**
     * The first line is a skip link, a cookie banner, a page widget's (" date 2026-12-07 + ↺ − 16 px", "Share | Tweet |
     * Print | A A A"), or a window's title ending with the second line, the site's name.
     */
    static boolean aboveName(String first, String second) {
        return isSkipLink(first) || isCookieBanner(first) || JunkLineDetector.isWidgetLine(first) || isWindowTitleOver(first, second);
    }

    /** The first line is the window's title, a headline and the second line, the site's name, after a bar or a dash. */
    static boolean isWindowTitleOver(String first, String second) {
        String[] title = TITLE_SEPARATOR.split(first.strip());
        return title.length >= 2 && !second.isBlank() && title[title.length - 1].equalsIgnoreCase(second.strip());
    }
}
