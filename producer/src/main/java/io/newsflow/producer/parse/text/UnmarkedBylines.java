package io.newsflow.producer.parse.text;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bylines without "By": a name with its beat and role ({@code Jillian Ambrose Energy correspondent}), the role first
 * ({@code Verslaggever Mark Visser}), {@code Aus Baku
 * berichtet Susanne Götze}, agency copy compiled by an editor ({@code PAP, oprac. Katarzyna Zielińska}), a name and the
 * outlet or agency the writer files for ({@code Jan Novotný, ČTK}, {@code Juliana Elias, da CNN}), the town ({@code
 * Matthias Benz, Zürich}) or the day ({@code Doaa A. Moneim , Monday 1 Dec 2025}), a writer under a "Source" label, and
 * newsroom signatures that name no author ({@code Por Redacción}, {@code Redazione ANSA}, a role alone on its line). A
 * name and outlet in segments ({@code Jane Tremblay · CBC News}) is {@link SegmentedBylines}'s.
 */
final class UnmarkedBylines {
    /** Newsroom roles in the languages newsflow reads (a bare role line, or around a name). */
    private static final String ROLE_WORDS = "editors?[- ]in[- ]chief|correspondents?|editors?|reporters?|writers?|columnists?|journalists?|meteorologists?|(?:digital |news )producers?|"
            + "(?:korrespondent|redakteur|redaktor|reporter)(?:in|en)?|correspondant(?:e)?|journaliste|rédacteur|rédactrice|"
            + "redacteur|redactrice|redactie|envoyée? spéciale?|corresponsal|periodista|redactora?|enviad[ao] especial|"
            + "giornalista|corrispondente|inviat[oa]|verslaggever|correspondent(?:e|en)?|dziennikarz|dziennikarka|"
            + "korespondent(?:ka)?|\\p{L}{3,}(?:redakteur|korrespondent|journalist|reporter|redaktør)(?:in)?"; // "Erhvervsjournalist"
    /** A role's desk, no outlet: "Von Anna Schmidt, ARD-Hauptstadtstudio"; "Redaktorin News", "Redakteur Politik" on a card. */
    private static final Pattern BROADCAST_DESK = UnicodeRegex.compile("(?iu)^[\\p{L}-]*studio(?:\\s+\\p{Lu}[\\p{L}-]*)?$|"
            + "^(?:redaktor|redakteur|reporter|korrespondent)(?:in)?\\s+\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?$");
    /** "The newsroom" in the languages newsflow reads ("Redazione ANSA", "Par la rédaction"). */
    private static final String NEWSROOMS = "redazione|redacción|rédaction|redaktion|redactie|redakcja|redacția|redacţia|redactia|redação|redacção|redaksia|redakcija|редакција|редакция|redaccion|"
            + "equipo|equipe|équipe|haber merkezi|מערכת"; // "Por Equipo Emol": the outlet's team; Turkish "Haber Merkezi", the newsroom
            // (and Hebrew's "מערכת", the editorial staff: "מערכת וואלה! כסף")
    /** After the name in "Jillian Ambrose Energy correspondent": up to three words of beat, a role; never "The" (a paper's name). */
    private static final Pattern ROLE = UnicodeRegex.compile("(?iu)^(?!the\\s)(?:[\\p{L}-]+\\s+){0,3}(?:" + ROLE_WORDS + ")$"
            + "|^(?:" + ROLE_WORDS + ")\\s+&\\s+(?:[\\p{L}-]+\\s+){0,2}(?:" + ROLE_WORDS + ")$" // (two roles: "Writer & Senior Digital Producer")
            + "|^\\p{Lu}{2,5}\\s*/\\s*\\p{Lu}{2,5}\\s+(?:[\\p{L}-]+\\s+){0,2}(?:" + ROLE_WORDS + ")$" // (a region's desk: "UK / EMEA News Reporter")
            // (a French or Spanish role, its qualifier after it: "Rédacteur en chef adjoint", "Editor senior")
            + "|^(?:[\\p{L}-]+\\s+){0,2}(?:" + ROLE_WORDS + ")\\s+(?:en\\s+chef(?:\\s+adjointe?)?|senior|sénior|jef[ea]|adjunt[oa])$");
    private static final int MAX_ROLE_BYLINE_WORDS = 8;
    /** "Aus Baku berichtet Susanne Götze", "From Kyiv, Jane Doe reports" is not: the place, the verb, then the names. */
    private static final Pattern REPORTS_FROM = UnicodeRegex.compile("(?iu)^(?:aus|from|de|desde|da|uit|z)\\s+\\p{Lu}[\\p{L}\\p{M} .,'’-]{1,40}?"
            + "\\s+(?:berichtet|berichten|reports|report|informa|informan|rapporte|riferisce|bericht|relacjonuje)\\s+(.+)$");
    /** Desks a newsroom signs with ("Redazione Web", "Redaktion Wirtschaft"): no outlet. */
    private static final Pattern DESKS = UnicodeRegex.compile("(?iu)web|online|digital|digitale|internet|esteri|cronaca|economia|central|general|"
            + "politica|sport|cultura|interni|nachrichten|wirtschaft|politik|inland|ausland|kultur|noticias|actualidad|"
            + "économie|politique|société|monde|binnenland|buitenland|economie|nación|nacional|internacional|mundo|deportes|sociedad|economía");
    /** "PAP, oprac. Katarzyna Zielińska": agency copy compiled by an editor ("oprac.", "bearb.", "adapt."). */
    private static final Pattern COMPILED_BY = UnicodeRegex.compile("(?iu)^([^,]{2,40}),\\s*(?:oprac\\.|opr\\.|opracowanie:?|bearb\\.|"
            + "bearbeitet von|adapt\\.|adapted by|compiled by)\\s*(.+)$");
    private static final Pattern NEWSROOM_ALONE = UnicodeRegex.compile("(?iu)^(?:" + NEWSROOMS + ")$");
    /** "Redazione ANSA", "Redaktion Spiegel": the outlet's newsroom signs, no author. */
    private static final Pattern NEWSROOM_OF = UnicodeRegex.compile("(?iu)^(?:" + NEWSROOMS + ")"
            + "\\s+((?-i:\\p{Lu})[\\p{L}.&'’ -]{1,40}|\\p{Lo}[\\p{L}\\p{M}.&'’! -]{1,40})$"); // (a caseless script's outlet)
    /** "Por Redacción", "Par la rédaction", "By Staff", "Escrito por Redacção": signed by the newsroom, not a person. */
    private static final Pattern STAFF = UnicodeRegex.compile("(?iu)^\\W{0,2}(?:(?:written|escrito|escrita|écrit|scritto|geschrieben)\\s+)?(?:by|por|par|von|door|di|przez)\\s*:?\\s+(?:la\\s+|der\\s+|de\\s+|"
            + "the\\s+|our\\s+|unserer\\s+)?(?:\\p{Lu}[\\p{L}\\d]*\\.(?:com|org|net)\\s+)?(?:" + NEWSROOMS + "|staff|staff reporters?|"
            + "staff writers?|newsroom|editorial (?:staff|team|board)|web desk|news desk|desk)\\b[\\p{L} .,|·-]{0,40}$"
            + "|^(?-i:Na|NA)\\s+(?:mwandishi wetu|waandishi wetu|mwandishi maalumu)\\b[\\p{L} .,|·-]{0,40}$"); // (Swahili's "by our correspondent")
    /** "Jan Novotný, ČTK", "Anna Nowak (PAP)": a name, then the agency the writer files for. */
    private static final Pattern NAME_THEN_AGENCY = UnicodeRegex.compile("^([^,()/]{3,60}?)\\s*(?:,|\\(|/)\\s*([^,()/]{2,40}?)\\)?$");
    private static final Pattern FROM = UnicodeRegex.compile("^(?:da|do|from|for|für|(?i:especial para|special to)(?: a| o| the)?)\\s+(?=\\p{Lu})");
    /** A name, a bar and a contributor's mark before the outlet: "Robin Blinder | Special to E&P". */
    private static final Pattern BARRED_CONTRIBUTOR = UnicodeRegex.compile("^([^,|]{3,60}?)\\s+\\|\\s+((?i:special to|especial para)\\s+[^|]{2,40})$");
    /** "political reporter Sarah Lim", "onze redacteur Pieter de Vries": a role written before the name. */
    private static final Pattern ROLE_BEFORE_NAME = UnicodeRegex.compile("(?iu)^(?:(?:our|onze|unserem|unserer|unseren|notre|nos|"
            + "nuestro|nuestra|il nostro|la nostra|nasz|nasza|naszego)\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:" + ROLE_WORDS
            + ")\\s+(?=\\p{Lu})");
    /** "Source: Kwame Asare Boadu | Myjoyonline.com": the writer under a "Source" label, then the outlet after a bar. */
    private static final Pattern SOURCE_WRITER = UnicodeRegex.compile("(?iu)^\\W{0,2}source\\s*:\\s*([^|]{3,60}?)\\s*\\|\\s*(\\S.{1,40})$");

    private UnmarkedBylines() {
    }

    /** "Priyanka Deshmukh / TNN / Updated: Dec 2, 2025, 08:12 IST": the writer's segments, then a stamp. */
    private static final Pattern SLASHED_STAMP = UnicodeRegex.compile("^(.{3,80}?)\\s+/\\s+([^/]{6,60})$");

    /** The byline a line without "By" is, if it is one; {@code sentenceLike}: the line ends like a sentence. */
    static Optional<Byline> read(String text, boolean sentenceLike) {
        Matcher slashed = SLASHED_STAMP.matcher(text);
        Optional<MetaDateLine.Result> stamp = slashed.matches() ? MetaDateLine.parse(slashed.group(2)) : Optional.empty();
        if (stamp.isPresent()) { // the stamp's date is the page's to read (an update alone dates nothing)
            return read(slashed.group(1), sentenceLike).map(b -> new Byline(b.authors(), b.source(), stamp.get().published(), b.remainder()));
        }
        if (STAFF.matcher(text).matches()) {
            return Optional.of(new Byline(List.of(), null, null, null)); // "Por Redacción": the newsroom, no author
        }
        Matcher reports = REPORTS_FROM.matcher(text);
        if (!sentenceLike && reports.matches() && !PersonNames.split(reports.group(1)).isEmpty()) {
            return Optional.of(new Byline(PersonNames.split(reports.group(1)), null, null, null));
        }
        Matcher compiled = COMPILED_BY.matcher(text);
        if (compiled.matches() && !PersonNames.split(compiled.group(2)).isEmpty()
                && (SignatureDetector.agencyCredit(compiled.group(1)).isPresent() || Outlets.looksLikeOutlet(compiled.group(1)))) {
            return Optional.of(new Byline(PersonNames.split(compiled.group(2)), compiled.group(1).strip(), null, null));
        }
        Matcher source = SOURCE_WRITER.matcher(text);
        if (source.matches() && PersonNames.isName(source.group(1).strip())
                && (Outlets.looksLikeOutlet(source.group(2)) || Outlets.isDomain(source.group(2)))) {
            return Optional.of(new Byline(List.of(NameCase.natural(source.group(1).strip())), source.group(2).strip(), null, null));
        }
        Matcher barred = BARRED_CONTRIBUTOR.matcher(text); // ("Robin Blinder | Special to E&P": read as after a comma)
        if (barred.matches()) {
            return read(barred.group(1) + ", " + barred.group(2), sentenceLike);
        }
        Matcher agency = NAME_THEN_AGENCY.matcher(text);
        if (agency.matches() && !BylineDetector.hasLeadIn(text) && PersonNames.isName(agency.group(1).strip())) {
            // "Dio Suhenda (The Jakarta Post)", "Emma Kemp, NCA NewsWire" (no role's words: not "Jane Doe, News Editor")
            String outlet = FROM.matcher(agency.group(2).strip()).replaceFirst(""); // "Juliana Elias, da CNN", "…, especial para a Gazeta"
            boolean from = outlet.length() < agency.group(2).strip().length();
            Optional<String> credit = SignatureDetector.agencyCredit(outlet).or(() -> (text.endsWith(")") || !ROLE.matcher(outlet).matches())
                    && (Outlets.hasOutletWord(outlet) || from && !Places.isPlace(outlet)) && Outlets.looksLikeOutlet(outlet)
                    ? Optional.of(outlet) : Optional.empty());
            if (credit.isPresent()) {
                return Optional.of(new Byline(List.of(NameCase.natural(agency.group(1).strip())), credit.get(), null, null));
            }
            // "Matthias Benz, Zürich": the writer and the town the story is written in, as a Swiss or German paper signs
            if (text.indexOf(',') > 0 && !sentenceLike && Places.isPlace(agency.group(2).strip())) {
                return Optional.of(new Byline(List.of(NameCase.natural(agency.group(1).strip())), null, null, null));
            }
            // "Doaa A. Moneim , Monday 1 Dec 2025": the writer, then the day the story was published
            Optional<DateExtractor.FoundDate> date = text.indexOf(',') > 0 ? DateExtractor.find(agency.group(2)) : Optional.empty();
            if (date.isPresent() && date.get().text().length() * 2 > agency.group(2).strip().length()) {
                return Optional.of(new Byline(List.of(NameCase.natural(agency.group(1).strip())), null, date.get(), null));
            }
        }
        if (NEWSROOM_ALONE.matcher(text).matches()) {
            return Optional.of(new Byline(List.of(), null, null, null)); // "Haber Merkezi", "Redacción": the newsroom signs
        }
        Matcher newsroom = NEWSROOM_OF.matcher(text);
        if (newsroom.matches() && DESKS.matcher(newsroom.group(1).strip()).matches()) {
            return Optional.of(new Byline(List.of(), null, null, null)); // "Redazione Web": a desk, not an outlet
        }
        if (newsroom.matches() && Outlets.looksLikeOutlet(newsroom.group(1))) {
            return Optional.of(new Byline(List.of(), newsroom.group(1).strip(), null, null)); // "Redazione ANSA"
        }
        if (newsroom.matches() && Outlets.isCaseless(newsroom.group(1).split(" ")[0])) {
            return Optional.of(new Byline(List.of(), null, null, null)); // "מערכת וואלה! כסף": the site's desk, its outlet the masthead's
        }
        Matcher roleFirst = ROLE_BEFORE_NAME.matcher(text);
        if (roleFirst.lookingAt() && PersonNames.isName(text.substring(roleFirst.end()))) {
            return Optional.of(new Byline(List.of(NameCase.natural(text.substring(roleFirst.end()))), null, null, null));
        }
        Optional<Byline> withRole = nameWithRole(text);
        if (withRole.isPresent()) {
            return withRole;
        }
        if (ROLE.matcher(text).matches() || WriterNotes.isAcademicPost(text)) {
            return Optional.of(new Byline(List.of(), null, null, null)); // "Local Democracy Reporter" alone: no name
        }
        return Optional.empty();
    }

    /**
     * The role phrase alone ("Chief Economics Correspondent"), or with the ground the writer reports from ("Chief football
     * writer at Anfield", not "at The Times", an outlet), or a broadcaster's desk: names no one and no outlet.
     */
    static boolean isRole(String text) {
        Matcher atGround = ROLE_AT.matcher(text);
        return ROLE.matcher(text).matches() || BROADCAST_DESK.matcher(text).matches() || WriterNotes.isAcademicPost(text) || HEAD_OF.matcher(text).matches()
                || atGround.matches() && ROLE.matcher(atGround.group(1)).matches() && !Outlets.hasOutletWord(atGround.group(2));
    }

    /** A desk's head: "Head of Games B2B", "Deputy Head of News", "Director of Audience". */
    private static final Pattern HEAD_OF = UnicodeRegex.compile("(?iu)^(?:deputy |executive |global )?(?:head|director|chief) of [\\p{L}\\p{N}&'’ -]{2,40}$");
    private static final Pattern ROLE_AT = UnicodeRegex.compile("(?u)^(.{3,60}?)\\s+(?:at|in)\\s+(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2})$");

    /** "political reporter Sarah Lim" without its role. */
    static String withoutLeadingRole(String names) {
        return ROLE_BEFORE_NAME.matcher(names).replaceFirst("");
    }

    /** "Jillian Ambrose Energy correspondent": the shortest leading name followed by a newsroom role. */
    private static Optional<Byline> nameWithRole(String text) {
        String[] words = text.split("\\s+");
        if (words.length < 3 || words.length > MAX_ROLE_BYLINE_WORDS || BylineDetector.hasLeadIn(text)) {
            return Optional.empty(); // ("Par Julien Martin, correspondant à Bruxelles": the lead-in's reader takes it)
        }
        for (int n = 2; n < words.length && n <= 5; n++) {
            // "Ella Stewart, Local Democracy Reporter": a comma may part the name from the role
            String name = String.join(" ", Arrays.asList(words).subList(0, n)).replaceFirst(",$", "");
            String role = PersonNames.withoutPlace(String.join(" ", Arrays.asList(words).subList(n, words.length))); // "… à Lourdes"
            if (ROLE.matcher(role).matches() && PersonNames.isName(name) && !Places.isPlace(name)) { // (not "Hong Kong court convicts editors")
                return Optional.of(new Byline(List.of(NameCase.natural(name)), null, null, null));
            }
        }
        return Optional.empty();
    }
}
