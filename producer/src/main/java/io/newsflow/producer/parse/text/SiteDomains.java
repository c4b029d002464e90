package io.newsflow.producer.parse.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a short line under a writer's name names the page's own site, though it holds no outlet's word: it is the
 * page's first line, its name over the menu ("By Hannah Gaskill" / "Baltimore Sun" on a page that opens with "Baltimore
 * Sun"), or the page's addresses spell it ("Taylor Seely" / "Arizona Republic" over "tseely@arizonarepublic.com"): the
 * site's name, not the writer's, is what an address's domain spells.
 */
final class SiteDomains {
    /** The name part of an address: "arizonarepublic" in "tseely@arizonarepublic.com" or "www.arizonarepublic.com". */
    private static final Pattern ADDRESS = Pattern.compile("(?i)(?<![\\w.-])(?:[\\w.+-]+@|https?://|www\\.)?([a-z\\d][a-z\\d-]{3,40})"
            + "\\.(?:com|org|net|news|co\\.uk|com\\.au|[a-z]{2})(?![\\w-])");
    /** Letters enough that a name spelt by an address is no coincidence. */
    private static final int MIN_LETTERS = 6;

    private SiteDomains() {
    }

    /** The line is the page's first line, or the page's own addresses spell it. */
    static boolean namesSite(PageLines lines, String line) {
        String name = line.strip();
        return !name.isEmpty() && (name.equalsIgnoreCase(lines.get(0).strip()) || spelledByAddress(lines, name));
    }

    private static boolean spelledByAddress(PageLines lines, String name) {
        String letters = name.replaceFirst("(?i)^the\\s+", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d]", "");
        if (letters.length() < MIN_LETTERS) {
            return false;
        }
        for (int i = 0; i < lines.size(); i++) {
            Matcher address = ADDRESS.matcher(lines.get(i));
            while (address.find()) {
                String host = address.group(1).toLowerCase(Locale.ROOT).replace("-", "");
                if (host.equals(letters) || host.equals("the" + letters)) {
                    return true;
                }
            }
        }
        return false;
    }
}
