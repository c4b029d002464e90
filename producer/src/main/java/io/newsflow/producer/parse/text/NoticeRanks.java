package io.newsflow.producer.parse.text;

import java.util.regex.Pattern;

/**
 * How far the outlet a closing notice names is trusted against the page's other names for it. A copyright line's
 * holder ranks above the masthead ("© 2026 La Presse de Tunisie" over "La Presse"), unless it is a company, a society
 * or a publisher that owns the outlet the masthead names ("Copyright 2026 by Capitol Broadcasting Company", "Copyright ©
 * 2026 American Chemical Society" under C&amp;EN's page). Another notice ("Source: Reuters", "Source: O País" on an
 * aggregator's page) ranks above them both: it names the outlet the story came from.
 */
final class NoticeRanks {
    /** A company's name, not an outlet's: "Capitol Broadcasting Company", "Nine Entertainment Co", "Mediahuis Group". */
    private static final Pattern OWNER = Pattern.compile("(?iu)\\s(?:company|co\\.?|corporation|corp\\.?|holdings?|group|"
            + "entertainment|broadcasting|society|association|publishing)$");
    /** A company's legal form in the copyright line: "Copyright 2026 Nexstar Media Inc.", "... Newspapers Ltd", "... (M) Bhd". */
    private static final Pattern LEGAL_FORM = Pattern.compile("\\b(?:Inc|LLC|Ltd|Corp|GmbH|plc|Bhd|Berhad|Pty)\\b");

    private NoticeRanks() {
    }

    /** The rank of the {@code name} a notice {@code line} gives, a copyright line's or another's. */
    static int of(String line, String name, boolean copyright) {
        if (!copyright) {
            return TextArticleParser.NOTICE;
        }
        return OWNER.matcher(name).find() || LEGAL_FORM.matcher(line).find() ? TextArticleParser.SIGNATURE : TextArticleParser.COPYRIGHT;
    }
}
