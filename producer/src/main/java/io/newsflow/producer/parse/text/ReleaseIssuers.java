package io.newsflow.producer.parse.text;

import io.newsflow.producer.parse.ArticleDraft;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issuer over a release's header: a name over a release's label ("Northsea Grid" / "PRESS RELEASE") or over its
 * stamps and headline, as ministries set out their releases ("国土交通省" / "令和7年12月2日" / "港湾局" / the headline). The
 * issuer names the source, and the lines under it are the release's metadata, not its headline. At the release's end,
 * its boilerplate names the issuer too ("About the University of Bergen": {@link #issuerFromBoilerplate}).
 */
final class ReleaseIssuers {

    private ReleaseIssuers() {
    }

    /**
     * "Northsea Grid" / "PRESS RELEASE": a name over a release's label is its issuer, whom the label's section follows;
     * in one block, or each alone in its own (a PDF sets them in different sizes).
     */
    static boolean overPressRelease(PageLines lines, int i) {
        boolean adjacent = i + 1 < lines.size() && (lines.sameBlock(i, i + 1)
                || !(i > 0 && lines.sameBlock(i - 1, i)) && !(i + 2 < lines.size() && lines.sameBlock(i + 1, i + 2)));
        return adjacent && Outlets.isPressRelease(lines.get(i + 1))
                && Outlets.looksLikeOutlet(lines.get(i)) && !SectionNames.isSection(lines.get(i).strip());
    }

    /**
     * "国土交通省" / "令和7年12月2日" / "港湾局" / the headline: the page's first line, a name alone in its block, over a stamp's
     * block (the date, perhaps with the issuing office's line) and then a headline alone in its block, as ministries set
     * out their releases, in a script without case or with an outlet's word; a headline over its date has the story under
     * the date instead.
     */
    static boolean overStamp(PageLines lines, int i) {
        int stamp = i + 1 < lines.size() ? lines.nextNonJunk(i + 1) : lines.size();
        if (lines.nextNonJunk(0) != i || i + 1 < lines.size() && lines.sameBlock(i, i + 1) || stamp >= lines.size()
                // (a caseless name or one with an outlet's word: a short headline in headline case may stand over its stamps)
                || !(Outlets.isCaseless(lines.get(i)) || Outlets.hasOutletWord(lines.get(i)))
                || SectionNames.isSection(lines.get(i).strip()) // not "Energy" / its stamps
                || !KickerDetector.detect(lines.get(i)).isEmpty() || MetaDateLine.parse(lines.get(stamp)).isEmpty()) {
            return false;
        }
        int end = stamp + 1 < lines.size() && lines.sameBlock(stamp, stamp + 1) ? stamp + 2 : stamp + 1; // (the office's line)
        int headline = end < lines.size() ? lines.nextNonJunk(end) : lines.size();
        return headline < lines.size() && (end == stamp + 1 || !lines.sameBlock(stamp + 1, end)) // (end may be the page's end)
                && !(headline > 0 && lines.sameBlock(headline - 1, headline)) && Headlines.isTitleLike(lines.get(headline))
                && headline + 1 < lines.size() && !lines.sameBlock(headline, headline + 1);
    }

    /** "About the University of Bergen": a press release's boilerplate heading, over "The University of Bergen is ...". */
    private static final Pattern ABOUT = Pattern.compile("^About\\s+(?:the\\s+)?(\\p{Lu}.{1,60}?)\\s*$");
    /** How far from the end a press release's boilerplate may stand. */
    private static final int ABOUT_WINDOW = 4;

    /**
     * The issuer of a press release, from the boilerplate that closes it: "About the University of
     * Bergen" over a paragraph that opens with that name. A weak clue ({@code SIGNATURE}).
     */
    static void issuerFromBoilerplate(ArticleDraft draft, List<String> content) {
        for (int k = content.size() - 2; k >= Math.max(1, content.size() - ABOUT_WINDOW); k--) {
            Matcher about = ABOUT.matcher(content.get(k).strip());
            if (about.matches() && Outlets.looksLikeOutlet(about.group(1))
                    && content.get(k + 1).strip().replaceFirst("^The\\s+", "").startsWith(about.group(1))) {
                draft.offerSource(about.group(1), TextArticleParser.SIGNATURE);
                return;
            }
        }
    }
}
