package io.newsflow.producer.parse.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.producer.parse.ArticleDraft;

/**
 * The outlet a byline names after its writers, parted by a comma: "Jane Doe, Reuters", "By Megan Kowalczyk, Patch
 * Staff", "Von Lars Hinrichsen, dpa"; not a role ("CHIEF ECONOMICS CORRESPONDENT") or a place ("Berlin").
 */
final class BylineOutlets {
    /** A staff credit after the outlet's name: "Patch Staff", "Herald staff writer". */
    private static final Pattern STAFF = UnicodeRegex.compile("\\s+staff(?: writers?| reporters?)?$", Pattern.CASE_INSENSITIVE);

    /**
     * In "Jane Doe, Reuters" the part after the names is the outlet; in a story two newsrooms publish together, the first
     * writer's ("by Maya Chen, ProPublica, and Luis Ortega, The Texas Tribune" on ProPublica's page); or null.
     */
    static String trailing(String segment) {
        int and = segment.indexOf(", and ");
        String first = and > 0 ? trailing(segment.substring(0, and)) : null;
        if (first != null) {
            return first; // "Maya Chen, ProPublica, and Luis Ortega, The Texas Tribune": the first writer's, the page's
        }
        String[] parts = segment.split("\\s*,\\s*");
        if (parts.length < 2) {
            return null;
        }
        // "By Megan Kowalczyk, Patch Staff": the outlet's staff, so the outlet
        String last = withoutStaff(parts[parts.length - 1]);
        // "JOHN O'NEILL, CHIEF ECONOMICS CORRESPONDENT", "Senior Staff Writer" (not "Senior" once its staff is cut): a role
        boolean role = UnmarkedBylines.isRole(last) || UnmarkedBylines.isRole(parts[parts.length - 1].strip());
        Optional<String> agency = SignatureDetector.agencyCredit(last);
        if (agency.isPresent()) {
            return agency.get(); // "Von Lars Hinrichsen, dpa": the agency, in lower case
        }
        // "Von Lukas Weber, Berlin": where the reporter writes from, not the outlet; "..., Senior Editor, UK": the role's region
        boolean place = Places.isPlace(last) || REGION_CODES.contains(last);
        Matcher outletsRole = OUTLETS_ROLE.matcher(last); // "by Lauren Donovan, KOMO News Reporter": the outlet, then the role
        if (role && outletsRole.matches() && Outlets.hasOutletWord(outletsRole.group(1)) && Outlets.looksLikeOutlet(outletsRole.group(1))) {
            return outletsRole.group(1);
        }
        // ("by Tanya Ruiz, University of Chile": the writer's institution, no outlet)
        return !role && !place && PersonNames.split(last).isEmpty() && Outlets.looksLikeOutlet(last) && !WriterNotes.isInstitution(last) ? last : null;
    }

    /** The codes of regions a desk covers, after a writer's role ("Senior Editor, UK", "Correspondent, EMEA"). */
    private static final Set<String> REGION_CODES = Set.of("UK", "US", "USA", "EU", "EMEA", "APAC", "LATAM", "MENA", "ANZ");

    /** The outlet's name without its staff after it: "Patch Staff", "Rigzone Staff", "Gambling Insider Staff Writers". */
    static String withoutStaff(String name) {
        return name == null ? null : STAFF.matcher(name.strip()).replaceFirst("");
    }

    /** An outlet's name and a one-word role after it: "KOMO News Reporter", "Herald Correspondent". */
    private static final Pattern OUTLETS_ROLE = UnicodeRegex.compile("(\\p{Lu}[\\p{L}\\d.&'’-]*(?: \\p{Lu}[\\p{L}\\d.&'’-]*){0,3})"
            + " (?i:reporter|correspondent|writer|editor|photographer|producer|anchor)");

    /** An outlet's pair of names after a writer's, its paper's and its site's: "The Oregonian/OregonLive". */
    private static final Pattern PAPER_AND_SITE = UnicodeRegex.compile("(?:The )?\\p{Lu}[\\p{L}.-]+(?: \\p{Lu}[\\p{L}.-]+){0,3}/\\p{Lu}[\\p{L}.-]+");

    /**
     * The byline's segments with a slash parting each into more ("Av: Karin Holmberg/TT": the name from the agency),
     * but for a paper's and its site's names after the first ("By Gosia Wozniacka | The Oregonian/OregonLive": one outlet).
     */
    static String[] slashParted(String[] segments, Pattern slash) {
        List<String> parted = new ArrayList<>();
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i].strip();
            parted.addAll(i > 0 && isPaperAndSite(segment) ? List.of(segment) : Arrays.asList(slash.split(segment)));
        }
        return parted.toArray(String[]::new);
    }

    /** "The Oregonian/OregonLive": a name that is no person's, a slash and a brand ("OregonLive") or an outlet's word. */
    static boolean isPaperAndSite(String segment) {
        return PAPER_AND_SITE.matcher(segment).matches() && PersonNames.split(segment.split("/")[0]).isEmpty()
                && Outlets.hasOutletWord(segment.substring(segment.indexOf('/') + 1));
    }

    /**
     * The names without a role glued after them with no comma ("Ruth Mosalski Chief Reporter", WalesOnline's): the last
     * one to three words a role and the rest a name; the segment as it is otherwise.
     */
    static String withoutGluedRole(String segment) {
        String[] words = segment.strip().split("\\s+");
        for (int k = 1; k <= 3 && k < words.length - 1; k++) {
            String head = String.join(" ", Arrays.copyOfRange(words, 0, words.length - k));
            String tail = String.join(" ", Arrays.copyOfRange(words, words.length - k, words.length));
            if (Character.isUpperCase(tail.charAt(0)) && UnmarkedBylines.isRole(tail) && PersonNames.isName(head)) {
                return head;
            }
        }
        return segment;
    }

    private BylineOutlets() {
    }

    /**
     * Under the bare names on line {@code last}: the outlet by its word ("BBC Wales News"), or named as the page's first
     * line or its addresses name it ("Notes from Poland", "Arizona Republic" over "tseely@arizonarepublic.com"), taken as
     * the byline's; or the masthead's service written in its language's script ("ቢቢሲ አማርኛ" under "BBC News አማርኛ": one
     * word in common), which names no one. Returns the last line read.
     */
    static int takeOutletUnder(PageLines lines, int last, ArticleDraft draft) {
        String line = lines.get(last + 1).strip();
        if (Outlets.hasOutletWord(line) && Outlets.looksLikeOutlet(line) || SiteDomains.namesSite(lines, line)) {
            draft.offerSource(withoutStaff(line), TextArticleParser.BYLINE); // ("Plastics News Staff")
            return last + 1;
        }
        return servesMasthead(line, draft.source) ? last + 1 : last;
    }

    /** A caseless line of two or three words ending with the masthead's last word: "ቢቢሲ አማርኛ" under "BBC News አማርኛ". */
    private static boolean servesMasthead(String line, String masthead) {
        return masthead != null && Outlets.isCaseless(line) && line.indexOf(' ') > 0 && masthead.indexOf(' ') > 0
                && line.substring(line.lastIndexOf(' ') + 1).equals(masthead.substring(masthead.lastIndexOf(' ') + 1));
    }
}
