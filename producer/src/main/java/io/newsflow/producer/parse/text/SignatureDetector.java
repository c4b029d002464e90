package io.newsflow.producer.parse.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines that close an article and name its outlet: republication notices ({@code This article was first
 * published by Portline.Info and is republished with permission.}, {@code Republished from The Harbour Times}), copyright
 * lines ({@code © 2024 The Harbour Times. All rights reserved.}), a group's member ({@code Daily Monitor is a member of the
 * Nation Media Group}), bare signatures ({@code Portline.Info}, {@code — TechLedger}) and agency credits ({@code dpa/AFP},
 * {@code Le Monde avec AFP}: the outlet when one is named, else the agencies).
 */
public final class SignatureDetector {
    private static final int MAX_NOTICE = 300;
    private static final int MAX_SIGNATURE_WORDS = 5;
    /** A closing line of more words, and no copyright's mark, is a paragraph of the story. */
    private static final int MAX_PARAGRAPH_WORDS = 20;
    private static final Pattern COPYRIGHT_MARK = Pattern.compile("(?iu)©|\\(c\\)|copyright|" + CopyrightHolders.RESERVATIONS);
    private static final Pattern REPUBLISHED = UnicodeRegex.compile("(?iu)^\\W{0,3}(?:this\\s+(?:article|story|piece|post|column|op-ed|report|interview|analysis|review|essay|feature|"
            + "commentary|editorial|extract|excerpt)\\s+(?:was|is|has been|first|originally)\\s+)?(?:first\\s+|originally\\s+)?(?:published|appeared|ran|posted|produced)\\s+(?:first\\s+|originally\\s+)?(?:by|on|in|at)\\s+"
            + "(.+?)(?:\\s+(?:and|on|under|with|is|has|as|in \\d{4})\\b.*|[,;](?:\\s.*)?|\\.(?:\\s.*)?)?$");
    private static final Pattern REPUBLISHED_FROM = UnicodeRegex.compile("(?iu)^\\W{0,3}(?:this\\s+(?:article|story|piece|post|column)\\s+"
            + "(?:is|was|has been)\\s+(?=republished|reprinted|reproduced|syndicated))?"
            + "(?:republished|reprinted|reproduced|syndicated|printed|source|courtesy of|via|quelle|fuente|fonte|bron|źródło|zdroj|kaynak"
            + "|(?:an? )?(?:edited )?translation|translated)" // ("Edited translation from Al-Masry Al-Youm")
            + "(?:\\s+with\\s+(?:kind\\s+)?permission)?\\s*(?:from|of|by|:)\\s+(.+?)(?-i:/\\p{Ll}{1,4})?(?:\\s+(?:and|with|under)\\b.*|\\s*\\(https?://[^)]*\\)|[,;](?:\\s.*)?|\\.(?:\\s.*)?)?$");
    /** The same notices in French, German, Spanish, Italian, Dutch and Portuguese: "Cet article a d'abord été publié par X". */
    private static final Pattern REPUBLISHED_ELSEWHERE = UnicodeRegex.compile("(?iu)^\\W{0,3}(?:"
            + "cet article a (?:d'abord |initialement |été initialement |été d'abord )?(?:été )?publié (?:par|dans|sur)|"
            + "dieser (?:artikel|beitrag|text) (?:erschien|wurde) (?:zuerst |ursprünglich )?(?:bei|in|auf|von)|"
            + "este artículo (?:se publicó|fue publicado) (?:originalmente |primero )?(?:en|por)|"
            + "questo articolo è stato pubblicato (?:originariamente |per la prima volta )?(?:su|da|in)|"
            + "dit artikel verscheen (?:eerder |eerst |oorspronkelijk )?(?:in|op|bij)|"
            + "este (?:artigo|texto) foi publicado (?:originalmente )?(?:em|no|na|pelo|pela))\\s+(.+?)"
            + "(?:\\s+(?:veröffentlicht|publiziert))?(?:[,;]?\\s+(?:le|am|el|il|op|em|on|et|und|y|e|en)\\s.*)?[.;]?\\s*$");
    /** A wire's footer that names it and dates the story: "This report by The Canadian Press was first published Dec. 3, 2024." */
    static final Pattern REPORT_BY = UnicodeRegex.compile("(?iu)^\\W{0,3}this (?:report|story|article) by (.+?) was (?:first )?published\\b.{0,40}$");
    /** "A version of this story appeared in X"; WordPress's feed footer "The post ... appeared first on X" (es, pt, fr, de too). */
    private static final Pattern APPEARED = UnicodeRegex.compile("(?iu)^(?:\\W{0,3}a version of this (?:article|story) (?:first )?appeared (?:in|on)|"
            + "the post .{1,250}? appeared first on|la entrada .{1,250}? se publicó primero en|o post .{1,250}? apareceu primeiro em|"
            + "l['’]article .{1,250}? est apparu en premier sur|der beitrag .{1,250}? erschien zuerst auf) (.+?)\\.?$");
    /** Medium's feed footer: "<story> was originally published in Transit Notes on Medium, where people are continuing ...". */
    private static final Pattern ON_MEDIUM = UnicodeRegex.compile("(?iu)^.{1,250}? was originally published in (.+?) on Medium, where people are continuing the conversation\\b.*$");
    private static final List<String> AGENCY_NAMES = WireAgencies.NAMES;
    private static final String AGENCY = "(?:" + String.join("|", AGENCY_NAMES) + ")";
    /** The agencies whose names are not capitals, by their names in capitals ("KYODO" is Kyodo). */
    private static final Map<String, String> AGENCIES_IN_CAPITALS = inCapitals(AGENCY_NAMES);
    /**
     * "(ANP)", "dpa/AFP", "bid/dpa" (the writer's initials, then the agency), "Lusa/Fim" (Lusa's
     * end mark): a credit naming only agencies.
     */
    private static final Pattern AGENCY_CREDIT = UnicodeRegex.compile("^\\(?(?:(?!" + AGENCY + "/)[a-z]{2,4}/)*(" + AGENCY + "(?:\\s*[/,&]\\s*" + AGENCY
            + ")*)\\)?(?:\\s*/\\s*(?:Fim|FIM|fim))?\\.?$");
    /** Agencies that sign off in lower case before their editors' initials, and how they write their names. */
    static final Map<String, String> LOWER_CASE_AGENCIES = Map.of("ats", "ATS", "sda", "SDA",
            "afp", "AFP", "apa", "APA", "ansa", "ANSA", "efe", "EFE", "belga", "Belga", "anp", "ANP", "dpa", "dpa", "ritzau", "Ritzau");
    /** The keys of {@link #LOWER_CASE_AGENCIES} as a pattern's alternation ("ats|sda|..."), for the sign-offs' patterns. */
    static final String LOWER_CASE_AGENCY_WORDS = String.join("|", new TreeSet<>(LOWER_CASE_AGENCIES.keySet()));
    private static final Pattern AGENCY_SIGN_OFF = UnicodeRegex.compile("^/?(" + LOWER_CASE_AGENCY_WORDS + ")/(?:[a-z]{2,6})?$"); // ("/ritzau/")
    /** "Le Monde avec AFP", "The Local with AFP", "Spiegel mit dpa": the outlet, with agency copy. */
    private static final Pattern WITH_AGENCY = UnicodeRegex.compile("^(.+?)\\s+(?:avec|with|mit|con|met|com|z|i|und|and|et)\\s+(?:l'|der\\s+)?"
            + AGENCY + "(?:\\s*[/,&]\\s*" + AGENCY + ")*\\.?$");
    private static final Pattern RESERVED_FIRST = UnicodeRegex.compile("(?iu)^(?:all rights reserved|riproduzione riservata|"
            + "tous droits réservés|todos los derechos reservados|alle rechte vorbehalten)\\.?\\s+(?=©|\\(c\\)|copyright)"
            + "|^저작권자\\s*[:：]?\\s*(?=[©ⓒ]|\\(c\\))"); // (Korean's "copyright holder" first: "저작권자 © 남해일보 무단전재 ...")
    private static final Pattern SELF_REFERENCE = UnicodeRegex.compile("(?i)the\\s+(?:times|post|journal|paper|newspaper|magazine|site)");
    private static final Pattern BIO = UnicodeRegex.compile("(?u)^\\p{Lu}[\\p{L}\\p{M}.'’ -]{2,60}\\s+is\\s+(?:a|an|the)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,2}(?i:correspondent|reporter|editor|journalist|writer|columnist|contributor)"
            + "\\s+(?:for|at|with)\\s+(\\p{Lu}[\\p{L}\\p{M}\\d.&'’ -]{1,50}?)\\.?$");
    /** "© 2025 The Irish Times DAC", and the outlet first: "Daily Sabah © 2025". */
    private static final Pattern COPYRIGHT = UnicodeRegex.compile("(?iu)^\\s*(?:©|\\(c\\)|copyright)\\s*.+$|"
            + "^\\s*\\p{Lu}[\\p{L}.&'’ -]{1,40}\\s(?:©|\\(c\\))\\s*\\d{4}\\W*$");
    /** The site builder's credit after the copyright: "· Made on Tilda", "| Powered by WordPress", "- Site by Studio X". */
    private static final Pattern BUILT_WITH = UnicodeRegex.compile("(?iu)\\s*[·|•\\p{Pd}]\\s*(?:made (?:on|with)|powered by|built (?:on|with)|"
            + "designed by|(?:web)?site by)\\b.*$");
    /** "Riproduzione riservata ©", "All rights reserved.": the reservation alone, naming no outlet. */
    private static final Pattern RESERVATION_ONLY = UnicodeRegex.compile("(?iu)^\\W*(?:all rights reserved|riproduzione riservata|"
            + "tous droits réservés|todos los derechos reservados|alle rechte vorbehalten|todos os direitos reservados)"
            + "[\\s.]*(?:©|\\(c\\))?\\W*$");

    /**
     * The outlet describing itself under the story: "Newsroom is an independent, New Zealand-owned news site.", "Slate is
     * published by The Slate Group, a Graham Holdings Company.", "Little Snoring Parish News is run by volunteers. Send ...".
     */
    private static final Pattern SELF_DESCRIBED = UnicodeRegex.compile("(?u)^\\W{0,3}(\\p{Lu}[\\p{L}\\p{M}\\d.&'’ -]{1,40}?) is (?:(?:an? |the )"
            + "(?:independent|non-?profit|reader-(?:funded|supported)|publicly funded)\\b[\\p{L}\\p{M},'’ -]{0,60}?\\b(?:news (?:site|website|outlet|"
            + "organi[sz]ation|service)|newsroom|newspaper|magazine)|published by (?:the )?\\p{Lu}[\\p{L}&'’ -]{2,40}(?:, an? [\\p{L}&'’ -]{2,40})?"
            + "|(?:run|produced|written) by (?:local )?volunteers)(?:\\.(?:\\s.{0,60})?)?$");

    private SignatureDetector() {
    }

    /** The outlet a republication notice or copyright line names, when the line is one. */
    public static Optional<String> notice(String line) {
        String text = line.strip().matches("(?i)\\((?:source|quelle|fuente|fonte|bron|źródło)\\s*:[^()]+\\)") // ("(Bron: Starnieuws)")
                ? line.strip().substring(1, line.strip().length() - 1) : line.strip();
        if (text.length() > MAX_NOTICE) {
            return Optional.empty();
        }
        for (Pattern p : new Pattern[] {REPORT_BY, REPUBLISHED, REPUBLISHED_FROM, APPEARED, REPUBLISHED_ELSEWHERE, ON_MEDIUM, Outlets.GROUP_MEMBER, SELF_DESCRIBED}) {
            Matcher m = p.matcher(text);
            if (m.matches()) {
                String outlet = NameCase.outlet(m.group(1).strip()).replaceFirst("^[Tt]he\\s+(?=\\p{Ll})", ""); // ("Printed from THE X")
                // (a group's member only when the group publishes or the name is a paper's: not "Safaricom is part of the Vodacom Group")
                if (outlet.startsWith("the ") || outlet.matches("(?i)(the\\s+)?(website|site|blog|page)") || ResearchNewsEnds.namesJournal(outlet)
                        || p == Outlets.GROUP_MEMBER && !Outlets.MEDIA_GROUP.matcher(m.group(2)).find() && !Outlets.hasOutletWord(outlet)) {
                    continue;
                }
                Optional<String> agency = agencyCredit(outlet); // ("Quelle: DPA": dpa, as the agency writes itself)
                return Outlets.looksLikeOutlet(outlet) || agency.isPresent() || p == Outlets.GROUP_MEMBER
                        ? Optional.of(agency.orElse(outlet)) : CreditLines.outlet(text); // "Quelle: dpa", "Quelle: MDR SACHSEN/Jana Fischer"
            }
        }
        if (RESERVATION_ONLY.matcher(text).matches()) {
            return Optional.of("");
        }
        // "RIPRODUZIONE RISERVATA © Copyright ANSA": the reservation written first
        text = RESERVED_FIRST.matcher(text).replaceFirst("").replace('ⓒ', '©');
        if (COPYRIGHT.matcher(text).matches()) {
            String outlet = CopyrightHolders.clean(BUILT_WITH.matcher(text).replaceFirst("")); // not "Portloe Post · Made on Tilda"
            return outlet.isEmpty() ? Optional.of("") : Optional.of(outlet);
        }
        return Optional.empty();
    }

    /**
     * The outlet an author's closing note names: "Anna Berg is a correspondent for Harbour Energy
     * Review." A writer's other work ("a lecturer at Riga Stradiņš University") names no outlet.
     */
    public static Optional<String> bioOutlet(String line) {
        Matcher m = BIO.matcher(line.strip());
        // "the international climate reporter for The Times": a paper's short name for itself, ambiguous out of it
        return m.matches() && Outlets.looksLikeOutlet(m.group(1)) && !SELF_REFERENCE.matcher(m.group(1).strip()).matches()
                ? Optional.of(Outlets.firstOfTwo(m.group(1).strip())) : Optional.empty();
    }

    private static Map<String, String> inCapitals(List<String> names) {
        Map<String, String> capitals = new HashMap<>();
        for (String name : names) {
            String upper = name.toUpperCase(Locale.ROOT);
            if (!upper.equals(name) && !names.contains(upper)) {
                capitals.put(upper, name);
            }
        }
        return Map.copyOf(capitals);
    }

    /** The agencies a line names when it names nothing else ("Reuters", "dpa/AFP", "(ANP)"). */
    public static Optional<String> agencyCredit(String line) {
        String text = line.strip();
        Matcher signOff = AGENCY_SIGN_OFF.matcher(text);
        if (signOff.matches()) { // "ats/vajo": the agency in lower case, then its editor's initials; Ritzau's "/ritzau/"
            return Optional.of(LOWER_CASE_AGENCIES.get(signOff.group(1)));
        }
        Matcher agencies = AGENCY_CREDIT.matcher(text);
        if (!agencies.matches()) {
            // "KYODO", "REUTERS" alone on a line: a wire written in capitals, named as it writes itself
            return Optional.ofNullable(AGENCIES_IN_CAPITALS.get(text));
        }
        // "ASSOCIATED PRESS": a name of words in capitals is written in natural case; "AFP" stays
        return Optional.of(AGENCIES_IN_CAPITALS.getOrDefault(agencies.group(1), agencies.group(1).replace("ASSOCIATED PRESS", "Associated Press")));
    }

    /** "Daily Sabah with AA" is Daily Sabah: an outlet without the agency whose copy it carries; else the text itself. */
    static String withoutAgency(String outlet) {
        return outletWithAgency(outlet).orElse(outlet);
    }

    private static Optional<String> outletWithAgency(String text) {
        Matcher withAgency = WITH_AGENCY.matcher(text.strip());
        return withAgency.matches() && Outlets.looksLikeOutlet(withAgency.group(1))
                ? Optional.of(withAgency.group(1).strip()) : Optional.empty();
    }

    /** The outlet a bare closing line names ({@code Portline.Info}, {@code — TechLedger}), when it is one. */
    public static Optional<String> signature(String line) {
        String text = CopyrightHolders.clean(line);
        Optional<String> credited = agencyCredit(text).or(() -> outletWithAgency(text)).or(() -> CreditLines.viaAgency(line)); // "dpa/AFP"
        if (credited.isPresent()) {
            return credited;
        }
        String desk = Outlets.deskSignOff(text); // "red, ORF.at/Agenturen"
        if (desk != null) {
            return Optional.of(desk);
        }
        // (nor what the cleaning leaves of a paragraph of the story, with no copyright's mark: "Tamsin KEAST, An Gannas: An lyverva ...")
        boolean paragraph = line.strip().split("\\s+").length > MAX_PARAGRAPH_WORDS && !COPYRIGHT_MARK.matcher(line).find();
        if (paragraph || text.isEmpty() || text.split("\\s+").length > MAX_SIGNATURE_WORDS || text.matches(".*[!?:,;]$")
                || text.matches(".*\\p{Ll}{2,}\\.$")) {
            return Optional.empty();
        }
        return Outlets.looksLikeOutlet(text) ? Optional.of(text.replaceAll("\\.$", "")) : Optional.empty();
    }
}
