package io.newsflow.producer.parse.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.avro.ArticleType;

/**
 * A trail of two crumbs without its home root whose first crumb is an item of the site's menu bar: "Retirement Planning >
 * Social Security" under "Practice Management  Investment  Retirement Planning  Regulation  Tax". Both crumbs have a
 * name's shape (two capitalised words), which {@link BreadcrumbDetector} alone takes for a writer and a role; the menu
 * listing the first tells the trail, whose first crumb is the section.
 */
final class MenuCrumbs {
    /** Two short crumbs parted by a spaced arrow or slash. */
    private static final Pattern PAIR = UnicodeRegex.compile(
            "^(\\p{Lu}[\\p{L}&'’-]*(?:(?: &| and)? \\p{Lu}[\\p{L}&'’-]*){0,2})\\s+[>›»/]\\s+(\\p{Lu}[\\p{L}&'’-]*(?:(?: &| and)? \\p{Lu}[\\p{L}&'’-]*){0,2})$");

    private MenuCrumbs() {
    }

    /** The trail line i is, when its first crumb is an item of a menu bar on the page; else empty. */
    static Optional<Breadcrumb> underMenu(PageLines lines, int i) {
        Matcher pair = PAIR.matcher(lines.get(i).strip());
        if (!pair.matches() || !MenuSpellings.listsItem(lines, pair.group(1))) {
            return Optional.empty();
        }
        return Optional.of(new Breadcrumb(ArticleTypes.sectionCase(pair.group(1)), null, ArticleType.UNKNOWN));
    }
}
