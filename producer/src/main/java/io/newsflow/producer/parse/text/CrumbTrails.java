package io.newsflow.producer.parse.text;

/**
 * The shapes of a site's trail of crumbs written one a line above the headline, for {@link AboveHeadline}:
 * the trail's first crumb ("Ireland" / "Irish News"), a news root over it ("News" / "Ireland"), and one
 * section label alone under the site's name ("Israel & the Region"). Each ends right over a headline of
 * four words or more.
 */
final class CrumbTrails {

    private CrumbTrails() {
    }

    /** Line i is a crumb alone at the end of its block, right over a headline of four words or more. */
    static boolean loneCrumb(PageLines lines, int i) {
        return crumbLabel(lines.get(i).strip()) && !(i + 1 < lines.size() && lines.sameBlock(i, i + 1)) && headlineAfter(lines, i);
    }

    /** A crumb's shape, no news root, and no name with an outlet's word unless a listed section ("Local News"). */
    private static boolean crumbLabel(String line) {
        return KickerDetector.isCrumb(line) && !BreadcrumbDetector.isNewsRoot(line)
                && !(Outlets.hasOutletWord(line) && !SectionNames.isSection(line));
    }

    /** The first line after line i that is no furniture is a headline of four words or more. */
    private static boolean headlineAfter(PageLines lines, int i) {
        int next = lines.nextNonJunk(i + 1);
        return next < lines.size() && Headlines.isTitleLike(lines.get(next)) && lines.get(next).strip().split("\\s+").length >= 4;
    }

    /** "News" / "Ireland": a news root over the trail's first crumb, under the site's name. */
    static boolean newsRootOverTrail(PageLines lines, int i) {
        return BreadcrumbDetector.isNewsRoot(lines.get(i).strip()) && i + 1 < lines.size() && lines.sameBlock(i, i + 1)
                && firstCrumb(lines, i + 1);
    }

    /**
     * Line i opens a block of two or three crumbs, one a line, right over a headline of four words
     * or more; not a news root (the kicker rules read "News" / "Politics") nor a masthead's shape
     * ("The Local", a name with an outlet's word that is no listed section: "Local News" is one).
     */
    static boolean firstCrumb(PageLines lines, int i) {
        String line = lines.get(i).strip();
        if (!crumbLabel(line) || line.startsWith("The ") || i + 1 >= lines.size() || !lines.sameBlock(i, i + 1)) {
            return false;
        }
        int last = i;
        while (last + 1 < lines.size() && lines.sameBlock(last, last + 1)) {
            if (!KickerDetector.isCrumb(lines.get(++last)) || last - i >= 3) {
                return false;
            }
        }
        return headlineAfter(lines, last);
    }
}
