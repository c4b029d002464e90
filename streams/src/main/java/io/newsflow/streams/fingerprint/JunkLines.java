package io.newsflow.streams.fingerprint;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises wrapper lines that a scraper may leave in a body and that differ between republications
 * of the same story: share widgets, font-size buttons, "published / updated" stamps, breadcrumbs,
 * republication notices, copyright lines, photo credits and a closing signature naming the outlet.
 *
 * <p>It works on already normalised text (lower case, no quotes, unified dashes). A rule only ever
 * matches a whole block, and only short blocks, so a real paragraph that merely mentions
 * "published" or "share" is never dropped.
 */
public final class JunkLines {

    /** Blocks longer than this many characters are never junk: real prose is longer than wrappers. */
    static final int MAX_JUNK_LENGTH = 200;

    private static final List<Pattern> RULES = List.of(
            // share widgets: "share | tweet | print | a a a"
            Pattern.compile("^(?:(?:share|tweet|print|email|e-mail|facebook|twitter|x|linkedin|whatsapp|telegram|copy link|comments?|save|a|\\d+)[\\s|/•·,]*)+$"),
            // font-size and date widgets: "date 2024-10-07 + ↺ - 16 px"
            Pattern.compile("^(?:date\\s+)?[\\d./ -]*\\d[\\d./ -]*[+↺\\s-]*\\d+\\s*px$"),
            // "published 08.10.2024 09:14 | updated 08.10.2024 11:02", "last updated: ..."
            Pattern.compile("^(?:first |last )?(?:published|updated|posted|modified)\\b[^a-z]*(?:\\|\\s*(?:last )?(?:updated|modified)\\b[^a-z]*)?(?:[a-z]{3,9}\\b[^a-z]*)?$"),
            // breadcrumbs: "home / world / europe"
            Pattern.compile("^home\\s*(?:/|>|»|›)\\s*.*$"),
            // republication and syndication notices
            Pattern.compile("^(?:this (?:article|story|piece) (?:was|is|has been) (?:first |originally )?(?:published|republished|syndicated)|republished with permission|originally published (?:by|on|in|at)|first published (?:by|on|in|at)).*$"),
            // calls to action and related links
            Pattern.compile("^(?:read more|read also|related|see also|advertisement|sponsored|subscribe|sign up|follow us|click here|listen to this article|more on this story|you may also like)\\b.*$"),
            // copyright and credits
            Pattern.compile("^(?:©|\\(c\\)|copyright\\b).*$|^.*\\ball rights reserved\\.?$"),
            Pattern.compile("^(?:photo|image|picture|video|graphic|illustration)(?: credit)?\\s*:.*$"));

    /** A bare domain-like signature such as "portline.info". */
    private static final Pattern DOMAIN = Pattern.compile("^[a-z0-9-]+(?:\\.[a-z0-9-]+)+$");

    /**
     * Whether a normalised block is wrapper junk.
     *
     * @param block a normalised, non-empty block
     * @param normalizedSource the outlet's normalised name, or empty
     * @param lastBlock whether the block closes the body (where signatures sit)
     * @return true when the block should not take part in fingerprints
     */
    public boolean isJunk(String block, String normalizedSource, boolean lastBlock) {
        if (block.length() > MAX_JUNK_LENGTH) {
            return false;
        }
        for (Pattern rule : RULES) {
            if (rule.matcher(block).matches()) {
                return true;
            }
        }
        if (!normalizedSource.isEmpty() && block.equals(normalizedSource)) {
            return true;
        }
        return lastBlock && DOMAIN.matcher(block).matches();
    }
}
