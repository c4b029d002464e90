package io.newsflow.producer.parse.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The story's own record printed under it, no part of its text: an agency's number for the story ("Story Code: 3241857",
 * Tasnim's; "News ID: 85012345", IRNA's; "News Code 123456", Mehr's) and a keywords line for search engines ("Content
 * Highlights: Kochi Water Metro new routes", Mathrubhumi's), its topics ("More: Ferries | New York City | Night"), the
 * print issue it ran in ("Газета «Коммерсантъ» №226 от 06.12.2026, стр. 2"), the company and ticker a finance page files
 * it under ("CSX Corporation (CSX)"), an update stamp with a two-digit year ("Last Updated: 04/12/26 10:32pm"), the journal
 * of the research a science story reports ("Source: Geophysical Research Letters"). Used
 * by {@link JunkLineDetector}.
 */
final class StoryMetaLines {
    private static final Pattern META = Pattern.compile("(?iu)^\\W*(?:(?:story|news|article|item) (?:code|id|number|no\\.?)\\s*:?\\s*\\d{4,12}"
            + "|content highlights\\s*:.{1,160}"
            // the story's topics after "More:", parted by bars ("More: Ferries | New York City | Night", the New Yorker's)
            + "|more\\s*:\\s*[^|]{1,40}(?:\\|[^|]{1,40}){1,10}"
            // a podcast's music credit ("Music: \"Morning Tide\" by Sea Glass, used under licence.")
            + "|music\\s*:\\s*.{1,80}\\b(?:by|courtesy of|used under licen[cs]e|licensed)\\b.{0,80}"
            // the print issue it ran in: "Газета «Коммерсантъ» №226 от 06.12.2026, стр. 2", "Журнал «Огонёк» №48 от 01.12.2026, стр. 10"
            + "|(?:газета|журнал|приложение) «[^»]{1,60}»\\s*№\\s*\\d{1,4}(?:/[\\w-]+)?\\s+от\\s+\\d{1,2}\\.\\d{1,2}\\.\\d{4}(?:\\s*,\\s*стр\\.\\s*\\d{1,3})?"
            // Persian's story code ("کد خبر: 85012345"), a Polish publisher's rights notice ("Materiał chroniony prawem autorskim ...")
            + "|کد خبر\\s*:?\\s*\\d{4,12}|materiał chroniony prawem autorskim\\b.{0,200}"
            // a premium badge over or under the story ("Golem Plus Artikel", "SZ Plus")
            + "|\\p{Lu}[\\p{L}.]{1,20} plus(?: artikel)?"
            // the company a finance page files the story under, by its ticker ("CSX Corporation (CSX)", "Union Pacific (NYSE:UNP)")
            + "|(?-i:(?:\\p{Lu}[\\p{L}.&'’-]*\\s+){0,4}(?:(?:Corp(?:oration)?|Inc|Co|Ltd|Group|Holdings|Company)\\.?\\s+\\([A-Z]{1,5}\\)"
            + "|\\p{Lu}[\\p{L}.&'’-]*\\s+\\((?:NYSE|NASDAQ|Nasdaq|TSX|LSE|ASX|OTC)\\s*:\\s*[A-Z.]{1,6}\\)))"
            // an update stamp whose two-digit year leaves day and month to guess ("Last Updated: 04/12/26 10:32pm", Sky Sports'
            // 4 December on a 12-hour clock): it dates no publication, so it is only furniture
            + "|(?:last )?updated\\s*:?\\s*\\d{1,2}/\\d{1,2}/\\d{2}(?:,?\\s*\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?)?"
            // where the story was filed, News18's "Location : New Delhi, India"
            + "|location\\s*:\\s*\\p{Lu}[\\p{L}\\p{M} ,.'’-]{1,60}"
            // where the text first ran, by its address ("- Este texto foi publicado originalmente em https://...")
            + "|(?:este (?:texto|artigo)|this (?:article|story)) (?:foi publicado|was (?:first |originally )?published) (?:originalmente )?(?:em|at|on) https?://\\S+)\\W*$");

    /** The research a science story reports, by its journal: "Source: Geophysical Research Letters" (Eos's). */
    private static final Pattern SOURCE = Pattern.compile("(?i)^source\\s*:\\s*(.{2,80})$");

    private StoryMetaLines() {
    }

    /** Whether the whole line is such a record. */
    static boolean matches(String line) {
        Matcher source = SOURCE.matcher(line.strip());
        return META.matcher(line.strip()).matches() || source.matches() && ResearchNewsEnds.namesJournal(source.group(1));
    }
}
