package io.newsflow.producer.parse.text;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.avro.ArticleType;

/**
 * Maps the words a page uses for a kind of piece (a section name, a kicker, a label) to an
 * {@link ArticleType}: "Opinion", "Comment", "Op-Ed", "Meinung" are opinion; "Analysis", "Explainer"
 * are analysis; "News", "Breaking news" are news. Anything else says nothing about the type.
 */
public final class ArticleTypes {
    private static final Map<String, ArticleType> WORDS = Map.ofEntries(
            Map.entry("opinion", ArticleType.OPINION), Map.entry("opinions", ArticleType.OPINION),
            Map.entry("comment", ArticleType.OPINION), Map.entry("commentary", ArticleType.OPINION),
            Map.entry("op-ed", ArticleType.OPINION), Map.entry("oped", ArticleType.OPINION),
            Map.entry("column", ArticleType.OPINION), Map.entry("columns", ArticleType.OPINION),
            Map.entry("editorial", ArticleType.OPINION), Map.entry("viewpoint", ArticleType.OPINION),
            Map.entry("point of view", ArticleType.OPINION), Map.entry("opinión", ArticleType.OPINION),
            Map.entry("meinung", ArticleType.OPINION), Map.entry("kommentar", ArticleType.OPINION),
            Map.entry("gastkommentar", ArticleType.OPINION), Map.entry("gastbeitrag", ArticleType.OPINION),
            Map.entry("opinie", ArticleType.OPINION), Map.entry("tribune", ArticleType.OPINION),
            Map.entry("guest essay", ArticleType.OPINION), Map.entry("letters", ArticleType.OPINION),
            Map.entry("analysis", ArticleType.ANALYSIS), Map.entry("news analysis", ArticleType.ANALYSIS),
            Map.entry("explainer", ArticleType.ANALYSIS), Map.entry("analyse", ArticleType.ANALYSIS), Map.entry("décryptage", ArticleType.ANALYSIS),
            Map.entry("análisis", ArticleType.ANALYSIS), Map.entry("analisi", ArticleType.ANALYSIS),
            Map.entry("anàlisi", ArticleType.ANALYSIS), // (Catalan's and Sardinian's)
            Map.entry("in depth", ArticleType.ANALYSIS), Map.entry("in-depth", ArticleType.ANALYSIS),
            Map.entry("анализ", ArticleType.ANALYSIS), Map.entry("аналитика", ArticleType.ANALYSIS), Map.entry("аналітика", ArticleType.ANALYSIS),
            Map.entry("мнение", ArticleType.OPINION), Map.entry("мнения", ArticleType.OPINION), Map.entry("колонка", ArticleType.OPINION),
            Map.entry("думка", ArticleType.OPINION), Map.entry("думки", ArticleType.OPINION), // (Russian's and Ukrainian's)
            Map.entry("news", ArticleType.NEWS), Map.entry("breaking news", ArticleType.NEWS),
            Map.entry("breaking", ArticleType.NEWS), Map.entry("latest news", ArticleType.NEWS),
            Map.entry("notícia", ArticleType.NEWS), Map.entry("noticia", ArticleType.NEWS)); // (a type field's value: "Tipo Notícia")

    private ArticleTypes() {
    }

    /** The type a label names, or {@code UNKNOWN}. */
    public static ArticleType fromLabel(String label) {
        if (label == null) {
            return ArticleType.UNKNOWN;
        }
        String key = label.strip().toLowerCase(Locale.ROOT).replaceAll("[:.!]+$", "");
        // (the site's news as a whole in any language, "Berita", "Nachrichten", is news as "News" is)
        return WORDS.getOrDefault(key, BreadcrumbDetector.isNewsRoot(key) ? ArticleType.NEWS : ArticleType.UNKNOWN);
    }

    /** A label opening the headline before a colon or a bar: "Analysis: UK electricity ...", "Opinion | Why ...". */
    private static final Pattern HEADLINE_LABEL = UnicodeRegex.compile("^([\\p{L} -]{4,20}?)\\s*(?::|\\s\\|)\\s+\\S.*");

    /** The opinion or analysis a headline's own label names ("Analysis: ..."), or {@code UNKNOWN}. */
    public static ArticleType fromHeadline(String title) {
        Matcher label = HEADLINE_LABEL.matcher(title == null ? "" : title.strip());
        ArticleType type = label.matches() ? fromLabel(label.group(1)) : ArticleType.UNKNOWN;
        return type == ArticleType.OPINION || type == ArticleType.ANALYSIS ? type : ArticleType.UNKNOWN;
    }

    /** The same disclaimers in German, French, Italian, Spanish, Dutch, Polish, Portuguese. */
    private static final Pattern FOREIGN_OPINION = Pattern.compile(
            "(?u)persönliche meinung|meinung des autors|kommentar|gastbeitrag|opinion personnelle|tribune|"
            + "l'opinione personale|opinione dell'autore|opinión personal|opinión del autor|tribuna|persoonlijke mening|"
            + "opinie|opinia autora|osobiste poglądy|opinião pessoal|opinião do autor");

    private static final Pattern OPINION_WORDS = UnicodeRegex.compile("\\b(opinion|(?:views?|opinions?) expressed|personal views?|commentary|op-ed"
            + "|column|viewpoint|editorial(?! (?:decisions?|independence|control|standards?|polic(?:y|ies)|guidelines|process|judge?ment|team|staff))"
            + "|(?:views|opinions) are (?:his|her|their|the author's) own)\\b"); // (a funder's note: "no control over ...'s editorial decisions")
    private static final Pattern ANALYSIS_WORDS = UnicodeRegex.compile("\\b(analysis|explainer)\\b");

    /** The type an editor's note or disclaimer implies ("personal opinion", "views expressed"), or {@code UNKNOWN}. */
    public static ArticleType fromDisclaimer(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (OPINION_WORDS.matcher(lower).find() || FOREIGN_OPINION.matcher(lower).find()) {
            return ArticleType.OPINION;
        }
        if (ANALYSIS_WORDS.matcher(lower).find()) {
            return ArticleType.ANALYSIS;
        }
        return ArticleType.UNKNOWN;
    }

    /** Two shouted crumbs of one or two words parted by a spaced hyphen: "ISÈRE - GRENOBLE". */
    private static final Pattern SHOUTED_TRAIL = Pattern.compile("(\\p{Lu}[\\p{Lu}\\p{M}'’-]+(?: \\p{Lu}[\\p{Lu}\\p{M}'’-]+)?) - "
            + "\\p{Lu}[\\p{Lu}\\p{M}'’-]+(?: \\p{Lu}[\\p{Lu}\\p{M}'’-]+)?");

    /**
     * A section label in natural case: {@code ANALYSIS} becomes {@code Analysis}, mixed case is kept; a trail of two
     * crumbs in capitals is its first crumb's ("ISÈRE - GRENOBLE": "Isère").
     */
    public static String sectionCase(String label) {
        String s = label.strip();
        Matcher trail = SHOUTED_TRAIL.matcher(s);
        if (trail.matches() && !BreadcrumbDetector.isNewsRoot(trail.group(1))) {
            return sectionCase(trail.group(1)); // "ISÈRE - GRENOBLE": a region and its town, a trail written in capitals
        }
        // "WORLD NEWS" is shouted; "AI", "US", "EU" and "UAE" are acronyms and stay as they are; Cherokee is written in capitals
        if ((s.length() > 3 || s.contains(" ")) && s.equals(s.toUpperCase(Locale.ROOT)) && s.matches(".*\\p{L}{2}.*") && !s.matches(".*\\p{IsCherokee}.*")) {
            String lower = s.toLowerCase(Locale.ROOT);
            String titled = NameCase.natural(s);
            // (a place keeps its capitals: "SOUTH AFRICA" is "South Africa", "REPORT ON BUSINESS" "Report on business")
            return s.contains(" ") && Places.isPlace(titled) ? titled : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }
        return s;
    }
}
