package io.newsflow.producer.parse.text;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The label over an outlet's plea for support near a page's end ("Support Our Journalism", "The Ledger needs you",
 * "Support Eurasianet"): the plea under it is furniture ({@link FurnitureBlocks}), and so are the related links beside it.
 */
final class PleaLabels {

    private PleaLabels() {
    }

    /** A plea's label near the page's end ("Support Our Journalism" / "India needs fair ... journalism ..."): under it, the plea. */
    private static final Set<String> SUPPORT_LABELS = Set.of("support our journalism", "support us", "support independent journalism",
            "support quality journalism", "donate", "become a member", "become a supporter");
    /** "L'Humanité a besoin de vous", "The Ledger needs you", "Die taz braucht dich": the outlet asking, over its plea. */
    private static final Pattern NEEDS_YOU = UnicodeRegex.compile("[\\p{L}'’ .-]{2,40} (?:a besoin de vous|needs you|braucht (?:dich|sie|euch)|te necesita|precisa de você)");
    /** Lines under a plea's label that may close the page: a paragraph or two, a button or two ("Dear readers," / ... / "Donate"). */
    static final int MAX_PLEA_LINES = 5;

    /** True when the line is only a plea's label ("Support Our Journalism", "Support us", "Donate", "A Message from X:"). */
    static boolean isSupportLabel(String line) {
        String label = LinkBlocks.label(line);
        return SUPPORT_LABELS.contains(label) || label.startsWith("a message from ") || NEEDS_YOU.matcher(label).matches(); // (a label's length is bounded by LinkBlocks.label)
    }

    /** "Support Eurasianet", "Support The Moscow Times": a plea's label naming the outlet itself. */
    static boolean supportsOutlet(String line, String outlet) {
        String label = LinkBlocks.label(line);
        return outlet != null && label.startsWith("support ") && label.substring("support ".length()).equals(LinkBlocks.label(outlet));
    }
}
