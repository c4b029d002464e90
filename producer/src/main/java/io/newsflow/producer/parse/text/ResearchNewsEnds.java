package io.newsflow.producer.parse.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The apparatus that closes a research news page after its text: the paper's reference ("More information: ...",
 * "Journal Reference:", EurekAlert!'s "JOURNAL" / the journal / "DOI"), who provided the story ("Provided by University
 * of Chile", ScienceDaily's "Story Source:" / "Materials provided by ..."), how to cite it ("Citation: ... retrieved 6
 * December 2026 from https://...", "Cite This Page:", a legal blog's "Recommended Citation:", ArchDaily's "Cite: ...")
 * and the site's disclaimer under them; and a press release's contacts under their label ("For More Information" / a
 * name / "Phone" / ...). From its first label to the page's end none of it is the story; the label must stand among the
 * last lines, so that a story's own "More information: call the council" in its middle keeps the paragraphs after it.
 */
final class ResearchNewsEnds {
    private static final Pattern LABEL = UnicodeRegex.compile("(?iu)^\\W*(?:more information|journal information|journal references?"
            + "|story source|original study(?: doi)?|cite|cite this page|cite this article|citation|recommended citation|competing interests)\\s*:.{0,400}$|^(?-i:JOURNAL|Journal)$|^provided by (?-i:\\p{Lu})[^.!?]{1,80}$"
            + "|^(?:for more information|media contacts?|press contacts?|about the authors?|about the editor)\\s*:?$"); // (a press release's contacts: the European Commission's)
    /** How many lines the apparatus may hold from its first label to the page's end. */
    private static final int MAX_LINES = 10;

    /** A scientific journal's name: "Geophysical Research Letters", "Journal of Glaciology", "Nature Climate Change". */
    private static final Pattern JOURNAL_NAME = UnicodeRegex.compile("^(?:.+ (?:Letters|Proceedings|Transactions|Annals|Reviews)"
            + "|.+ Review [A-Z]|(?:The )?Journal of .+|Proceedings of .+|Nature(?: \\p{Lu}\\p{L}+){0,2}|Science(?: Advances)?|Cell|The Lancet(?: \\p{Lu}\\p{L}+)?"
            + "|PNAS|PLOS \\p{Lu}+|eLife)$");

    private ResearchNewsEnds() {
    }

    /** Whether a credit's name is a scientific journal's, the research's source, not the outlet ("Source: Geophysical Research Letters"). */
    static boolean namesJournal(String name) {
        return JOURNAL_NAME.matcher(name.strip()).matches();
    }

    /** Line i opens the apparatus closing the page, a story standing before it. */
    static boolean closes(PageLines lines, int i, List<String> content) {
        return !content.isEmpty() && lines.size() - i <= MAX_LINES && LABEL.matcher(lines.get(i).strip()).matches();
    }
}
