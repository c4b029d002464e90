package io.newsflow.producer.parse.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bylines that credit a desk or an agency's copy rather than name a writer alone, for {@link BylineDetector}: a desk's place
 * over the outlet ("SANTIAGO / LA VOZ"), a bureau ("ET Bureau", "NT NETWORK", "Post News Network"), an outlet with an agency
 * ("Le Monde avec AFP", "By Euronews with AP"), a writer with one ("By Maria Lopez with AP"), an agency alone ("Agence QMI"),
 * and, for a "Reporting by" credit without a writer, a wire's staff ("(Reporting by Reuters staff; Editing by ...)").
 */
final class DeskCredits {
    /** "SANTIAGO / LA VOZ", "MADRID / EL MUNDO": a desk's place and the outlet, both in capitals, where a byline stands. */
    private static final Pattern PLACE_DESK = Pattern.compile("^(\\p{Lu}[\\p{Lu} .'-]{1,30}?)\\s+/\\s+(\\p{Lu}[\\p{Lu}\\d .&'-]{1,30})$");
    /** "TDT | Manama": a paper's initials and the town its desk writes from, where a byline stands. */
    private static final Pattern INITIALS_DESK = Pattern.compile("^(\\p{Lu}{2,5})\\s*[|/]\\s*(\\p{Lu}[\\p{L}\\p{M} .'-]{1,30})$");
    /** "By TCWN Staff", "By Observer Staff": a paper's initials or one word of its name, and its staff; "Staff Report": no one named. */
    private static final Pattern OWN_STAFF = Pattern.compile(
            "^(?:[Bb]y\\s+)?(?:(\\p{Lu}{2,6}|\\p{Lu}\\p{Ll}{2,15})\\s+[Ss]taff(?:\\s+(?:[Ww]riters?|[Rr]eporters?))?|[Ss]taff\\s+[Rr]eport)$");
    /** "By Team Herald", "Team ET": the paper's team, by its name's word or initials; "By The Ubyssey Editorial Board". */
    private static final Pattern OWN_TEAM = Pattern.compile("^(?:[Bb]y\\s+)?(?:(?:[Tt]eam|TEAM)\\s+(?:\\p{Lu}{2,6}|\\p{Lu}\\p{Ll}{2,15})"
            + "|(?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}[Ee]ditorial\\s+[Bb]oard)$");
    private static final Pattern ARTICLE = Pattern.compile("(?i)^the\\s+"); // (a paper's name's article: withoutArticle)
    /** "By Kafkadesk Prague office": the outlet's name, its office's town and "office". */
    private static final Pattern OWN_OFFICE = Pattern.compile("^(?:[Bb]y\\s+)?(\\p{Lu}[\\p{L}.]{2,20})\\s+\\p{Lu}\\p{L}+\\s+office$");
    /** "By Staff Writer | December 5, 2026": a staff credit, a separator and the date. */
    private static final Pattern STAFF_DATED = Pattern.compile("(?iu)^(?:by\\s+)?(?:staff(?: writers?| reporters?| correspondents?)?|"
            + "(?:our )?correspondents?|newsroom|news desk)\\s*[|·•–—-]\\s*(.{6,40}\\d{4}.{0,12})$");
    private static final Pattern DESK = Pattern.compile("^(?:\\p{Lu}[\\p{L}&.-]*\\s+){1,3}(?:Bureau|Desk|Newsdesk|Redaktion|Network|NETWORK)$|^[\\p{L}\\p{M}]+\\.?(?:\\s+[\\p{L}\\p{M}]+\\.?)?\\s+"
            + "(?:ব্যুরো|ডেস্ক|প্রতিবেদক|সংবাদদাতা|রিপোর্ট|ब्यूरो|डेस्क|संवाददाता|सर्विस|ਬਿਊਰੋ|ਡੈਸਕ|ਸਰਵਿਸ|ప్రతినిధి|ലേഖകൻ|ലേഖിക|ವಾರ್ತೆ|ಸುದ್ದಿಲೋಕ|ବ୍ୟୁରୋ|ରିପୋର୍ଟ|रिपोर्ट|वृत्तसेवा|رپورٹر|نمائندہ|ڈیسک)$|^[\\p{L}・]{2,20}(?:編集部|编辑部)$"); // ("চট্টগ্রাম ব্যুরো", "নিজস্ব সংবাদদাতা", "सेतोपाटी संवाददाता", "ইত্তেফাক রিপোর্ট", "بزنس رپورٹر", "ダイヤモンド編集部")
    /** "Agence QMI", "Agencia Brasil", "Anadolu Agency": an agency's name alone where the byline stands, its copy. */
    private static final Pattern AGENCY = Pattern.compile("^(?:(?:Agence|Agencia|Agência|Agenzia|Agentur)(?:\\s+\\p{Lu}[\\p{L}.&-]*){1,3}"
            + "|(?:\\p{Lu}[\\p{L}.&-]*\\s+){1,3}(?:News\\s+)?Agency)$");
    /** A wire's closing credit naming its staff, no writer: "(Reporting by Pacific Wire staff; Editing by Sonia Ellis)". */
    private static final Pattern STAFF_REPORTING = Pattern.compile("(?iu)^\\W{0,2}reporting by\\s+((?:\\p{Lu}[\\p{L}&.'’-]*\\s+){1,4})staff"
            + "\\s*(?:[;,]\\s*(?:writing|editing)\\s+by\\s+[^;()]{2,80}){0,2}\\)?\\.?$");

    /** "By Euronews", "Par Mediapart", "Por Infobae": an outlet's one-word name alone after the label. */
    private static final Pattern ONE_WORD = Pattern.compile("^(?:By|Par|Por)\\s+(\\p{Lu}\\p{Ll}{2,19})\\.?$");
    /**
     * Words such a line holds that name no outlet: a blog's signature, a day, a heading's phrase. (A newsroom's name, "By
     * Staff", "Par Rédaction", "By Desk", is read as a byline without a writer before this is asked.)
     */
    private static final Set<String> NO_OUTLET = Set.of("Admin", "Administrator", "Editor", "Editors", "Editorial",
            "Redaction", "Redação", "Guest", "Team", "Contributor", "Anonymous", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "Design", "Contrast", "Comparison", "Numbers", "Default", "Night", "Day", "Chance", "Accident", "Request", "Invitation", "Appointment");

    private DeskCredits() {
    }

    /** The byline a desk's or an agency's credit gives ({@code text} stripped), or a slashed one's, if the line is one. */
    static Optional<Byline> read(String text) {
        Matcher ownStaff = OWN_STAFF.matcher(text);
        if (ownStaff.matches() && (ownStaff.group(1) == null || SignatureDetector.agencyCredit(ownStaff.group(1)).isEmpty())) {
            // "By TCWN Staff", "By Observer Staff": the paper's initials or its name's word, and its staff (not "Reuters Staff");
            // "Staff Report": the paper's own desk
            return Optional.of(new Byline(List.of(), null, null, null));
        }
        if (OWN_TEAM.matcher(text).matches()) {
            return Optional.of(new Byline(List.of(), null, null, null)); // "By Team Herald": the paper's own team, no one
        }
        Matcher office = OWN_OFFICE.matcher(text);
        if (office.matches()) { // "By Kafkadesk Prague office": the outlet's office in a town, no one
            return Optional.of(new Byline(List.of(), office.group(1), null, null));
        }
        Matcher staffDated = STAFF_DATED.matcher(text);
        if (staffDated.matches()) { // "By Staff Writer | December 5, 2026": no one signs, the day is the story's
            return Optional.of(new Byline(List.of(), null, DateExtractor.find(staffDated.group(1)).orElse(null), null));
        }
        Matcher desk = PLACE_DESK.matcher(text);
        // (the place need not be listed, "A CORUÑA / LA VOZ", "VIGO / LA VOZ", when it is no section or home either)
        if (desk.matches() && (Places.isPlace(desk.group(1)) || !SectionNames.isSection(desk.group(1))
                && !BreadcrumbDetector.isHomeRoot(desk.group(1)) && !BreadcrumbDetector.isNewsRoot(desk.group(1)))
                && Outlets.looksLikeOutlet(desk.group(2)) && !SectionNames.isSection(desk.group(2))) { // not "JAPAN / POLITICS", a trail
            return Optional.of(new Byline(List.of(), desk.group(2).strip(), null, null)); // "SANTIAGO / LA VOZ"
        }
        Matcher initials = INITIALS_DESK.matcher(text);
        if (initials.matches() && (Places.isPlace(initials.group(2)) || !SectionNames.isSection(initials.group(2))
                && !BreadcrumbDetector.isHomeRoot(initials.group(2)) && !BreadcrumbDetector.isNewsRoot(initials.group(2)))) {
            // "TDT | Manama": the paper's initials and its desk's town; "EFE | Buenos Aires": an agency's, its copy
            return Optional.of(new Byline(List.of(), SignatureDetector.agencyCredit(initials.group(1)).orElse(null), null, null));
        }
        // "Le Monde avec AFP", "By Euronews with AP": the outlet (after the label), with agency copy
        Matcher credit = BylineDetector.LEAD_IN.matcher(text);
        String credited = credit.matches() ? credit.group(1).strip() : text;
        String outlet = SignatureDetector.withoutAgency(credited);
        if (credit.matches() && !outlet.equals(credited) && PersonNames.isName(outlet)) {
            return Optional.of(new Byline(List.of(outlet), null, null, null)); // "By Maria Lopez with AP": the writer
        }
        if (DESK.matcher(text.split("\\s*,\\s*", 2)[0]).matches() || !outlet.equals(credited)) { // "ET Bureau", "बिजनेस डेस्क, अमर उजाला": a desk, no one
            return Optional.of(new Byline(List.of(), outlet.equals(credited) ? null : outlet, null, null));
        }
        if (AGENCY.matcher(text).matches()) {
            return Optional.of(new Byline(List.of(), text, null, null)); // "Agence QMI": the agency's copy, no writer
        }
        return SlashedBylines.read(text); // "La Razón Digital / Carla Mendoza / La Paz": the writer among the desk and place
    }

    /**
     * A "Reporting by" credit ({@code text} stripped) that names no writer but the wire's staff: the wire, which its
     * dateline names too ("(Reporting by Pacific Wire staff; Editing by Sonia Ellis)"); else empty.
     */
    static Optional<Byline> staff(String text) {
        Matcher staff = STAFF_REPORTING.matcher(text);
        return staff.matches() ? Optional.of(new Byline(List.of(), staff.group(1).strip(), null, null)) : Optional.empty();
    }

    /** "Thai PBS World's Bangkok desk", "The Nation's Bangkok bureau": an outlet's desk in a town, no one. */
    private static final Pattern OUTLETS_DESK = Pattern.compile("(?u)^(.{2,40}?)['’]s\\s+(?:\\p{Lu}[\\p{L}-]+\\s+){0,2}(?i:desk|bureau|newsroom)$");
    static final Pattern DESK_SUFFIX = Pattern.compile("(?iu)\\s+(?:staff(?: writers?| reporters?)?|news ?desk|desk|bureau|newsroom)$");
    /** What follows the paper's name in its desk's credit: "Saudi Gazette report", "Peninsula Staff Report", "X Team". */
    private static final Pattern REPORT = Pattern.compile("(?iu)\\s+(?:(?:staff )?report|team|desk|staff (?:&|and) agencies|टीम)$"); // ("... टीम")
    /** The most words an outlet's name standing for a byline has ("The Yomiuri Shimbun"). */
    private static final int MAX_OUTLET_WORDS = 5;

    /**
     * The credit a line under the headline stands for, where a byline stands: an agency alone ("Reuters"), "By" and one
     * word ({@link #oneWordOutlet}), or an outlet's name by its word over the date stamp in its block ("The Yomiuri
     * Shimbun" / "6:00 JST, December 5, 2026").
     */
    static Optional<String> underHeadline(PageLines lines, int i, String masthead) {
        String line = lines.get(i);
        String paper = masthead == null ? null : withoutArticle(masthead); // ("Harbour Times report", The Harbour Times)
        String own = withoutArticle(line.strip()); // ("The New Arab Staff & Agencies")
        if (paper != null && own.regionMatches(true, 0, paper, 0, paper.length()) && REPORT.matcher(own.substring(paper.length())).matches()) {
            return Optional.of(masthead); // "Saudi Gazette report" alone under the headline: the paper's own, no writer
        }
        int space = own.indexOf(' ');
        if (space > 1 && OutletInitials.spell(own.substring(0, space), masthead) && REPORT.matcher(own.substring(space)).matches()) {
            return Optional.of(masthead); // "TBS Report" under The Business Standard's headline: its initials, its desk
        }
        Optional<String> credit = SignatureDetector.agencyCredit(line).or(() -> oneWordOutlet(line));
        boolean last = i + 1 >= lines.size() || !lines.sameBlock(i, i + 1);
        // ("PUBLISHED : 05 Dec 2026, 14:30" / "THE NATION": the name closing the stamp's block)
        boolean stampOver = last && i > 0 && lines.sameBlock(i - 1, i) && MetaDateLine.parse(lines.get(i - 1)).isPresent();
        if (credit.isPresent() || last && !stampOver) {
            return credit;
        }
        Matcher possessive = OUTLETS_DESK.matcher(line.strip()); // "Thai PBS World's Bangkok desk": the outlet's desk in a town
        String name = possessive.matches() ? possessive.group(1) : DESK_SUFFIX.matcher(line.strip()).replaceFirst(""); // ("Muscat Daily Staff")
        boolean outletWord = Outlets.hasOutletWord(name) || name.equalsIgnoreCase(masthead)
                || stampOver && name.matches("(?i)the\\s+\\S.*") && !PersonNames.isName(name);
        return name.split("\\s+").length <= MAX_OUTLET_WORDS && !BylineDetector.hasLeadIn(name) && outletWord
                && Outlets.looksLikeOutlet(name) && !isSectionLabel(name)
                && (stampOver || MetaDateLine.parse(lines.get(i + 1)).isPresent() || Datelines.standsAlone(lines.get(i + 1)))
                ? Optional.of(ownService(name, masthead) ? masthead : name) : Optional.empty(); // ("Chandigarh, December 4")
    }

    /**
     * "Himalayan News Service" under The Himalayan Times' headline: the paper's own news service, named by the masthead's
     * own word, is the paper (a word of four letters or more that is no outlet's word: "Himalayan", not "Times").
     */
    private static boolean ownService(String credit, String masthead) {
        if (masthead == null || credit.equalsIgnoreCase(masthead)) {
            return false;
        }
        String name = withoutArticle(masthead);
        if (credit.regionMatches(true, 0, name, 0, name.length()) && credit.length() > name.length() + 1) {
            return true; // "Tribune News Service" of The Tribune: the paper's whole name opening its service's
        }
        String first = credit.split("\\s+")[0];
        String[] words = name.split("\\s+");
        if (credit.matches("(?iu)\\S+\\s+news\\s+(?:service|network)") && (first.equalsIgnoreCase(words[0])
                || first.equalsIgnoreCase(words[words.length - 1]) || OutletInitials.spell(first, masthead))) {
            return true; // "TIMES NEWS SERVICE" of the Times of Oman, its name's first word (or last: "Observer News Service" of
            // Kashmir Observer); "GK News Network" of Greater Kashmir
        }
        List<String> own = Arrays.stream(masthead.split("\\s+")).filter(w -> w.length() >= 4 && !Outlets.hasOutletWord(w))
                .map(w -> w.toLowerCase(Locale.ROOT)).toList();
        return Arrays.stream(credit.split("\\s+")).anyMatch(w -> own.contains(w.toLowerCase(Locale.ROOT)));
    }

    /** A paper's name without its leading "The" ("The Tribune" is "Tribune"), as its desks and services write it. */
    private static String withoutArticle(String name) {
        return ARTICLE.matcher(name).replaceFirst("");
    }

    /** "India News", "Local News", "Business News" over the stamp: the section's label repeated, not an outlet. */
    private static boolean isSectionLabel(String name) {
        String head = name.replaceFirst("(?iu)\\s+news$", "");
        // (SectionNames reads "<a listed section or a country> News" itself: "Local News", "India News"; a town it does not)
        return SectionNames.isSection(name) || !head.equals(name) && (Places.isPlace(head) || SectionNames.isSection(head)
                || head.equalsIgnoreCase("latest"));
    }

    /**
     * The outlet of "By Euronews" alone under the headline: one capitalised word after the label is the outlet's name
     * when it is no desk's signature or phrase (a one-word name after "By" elsewhere may be a heading, so the caller
     * asks only where a byline stands); agencies and brands {@link BylineDetector} reads itself.
     */
    static Optional<String> oneWordOutlet(String line) {
        Matcher m = ONE_WORD.matcher(line.strip());
        return m.matches() && !NO_OUTLET.contains(m.group(1)) ? Optional.of(m.group(1)) : Optional.empty();
    }
}
