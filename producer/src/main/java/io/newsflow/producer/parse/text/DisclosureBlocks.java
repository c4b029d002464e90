package io.newsflow.producer.parse.text;

import java.util.regex.Pattern;

/**
 * A research outlet's disclosure and partners blocks (The Conversation's, and its republishers'): a label opening its
 * block, then its statement, in the same block or the next ("Disclosure statement" / "Sarah Whitfield receives funding
 * from the Australian Research Council."; "Partners" / "University of Wollongong provides funding as a member of The
 * Conversation AU."). Both say who pays, not what happened: furniture, dropped label and statement together.
 */
final class DisclosureBlocks {

    private static final Pattern LABEL = UnicodeRegex.compile("(?iu)disclosure statement|disclosures?|partners|competing interests"
            + "|conflicts? of interest");
    /** What such a block says: who funds or employs the writer, and who is a member or partner. */
    private static final Pattern FUNDING = UnicodeRegex.compile("(?iu)\\b(?:receives? funding|funding|funded|consults? for|works? for"
            + "|owns? shares|member of|partner of|no relevant affiliations|does not work for)\\b");

    private DisclosureBlocks() {
    }

    /**
     * The last line of what a disclosure label opening its block on line i labels (the rest of its block, else the next
     * block), or -1 when line i is no such label.
     */
    static int end(PageLines lines, int i) {
        if (i + 1 >= lines.size() || i > 0 && lines.sameBlock(i - 1, i) || !LABEL.matcher(lines.get(i).strip()).matches()) {
            return -1;
        }
        int last = i + 1;
        StringBuilder block = new StringBuilder(lines.get(last));
        // (not the republication notice under it: "This article is republished from The Conversation ...", the outlet)
        while (last + 1 < lines.size() && lines.sameBlock(last, last + 1) && SignatureDetector.notice(lines.get(last + 1)).isEmpty()) {
            block.append(' ').append(lines.get(++last));
        }
        return FUNDING.matcher(block).find() ? last : -1;
    }
}
