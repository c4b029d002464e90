package io.newsflow.producer.parse.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads bylines. A standalone byline line: {@code By Jane Doe and John Smith},
 * {@code By JANE DOE | The Harbour Times | Oct. 7, 2024}, {@code Reporting by Jane Doe; Editing by
 * John Smith}, {@code Author: Jane Doe}, {@code Jillian Ambrose Energy correspondent},
 * {@code Jane Tremblay · CBC News}; a newsroom signature ({@code Por Redacción}) names no author. An inline byline opening a paragraph:
 * {@code Tomas HALVORSEN, TechLedger: The draft...} (surname in capitals, then the outlet and a colon).
 */
public final class BylineDetector {
    private static final int MAX_LINE = 160;
    private static final Pattern LEAD_IN = Pattern.compile("(?iu)^\\W{0,2}(?:by|von|par|por|door|di|przez|"
            + "words by|written by|text by|story by|reported by|author|authors|autor|auteur|text|texto)\\s*:?\\s+(.+)$");
    /** "Ein Kommentar von Katrin Vogel", "A commentary by ...": a label naming the kind of piece, then the author. */
    private static final Pattern LABELLED = Pattern.compile("(?iu)^\\W{0,2}(?:(?:an?|ein|eine|une?|una?|uno)\\s+)?"
            + "(kommentar|analyse|analysis|commentary|column|kolumne|essay|opinion|op-ed|chronique|tribune|editorial|review)\\s+"
            + "(?:von|by|par|por|di|door|de)\\s+(.+)$");
    /** "Posted on 14/06/2024 by Olivia Grant": a date line that ends with the author. */
    private static final Pattern DATE_THEN_BY = Pattern.compile("(?iu)^(.*\\d.*?)\\s+(?:by|von|par|por|door)\\s+(.+)$");
    private static final Pattern REPORTING = Pattern.compile("(?iu)^\\W{0,2}reporting by\\s+(.+?)(?:;|\\)|$)");
    private static final Pattern INLINE = Pattern.compile("^((?:[\\p{Lu}][\\p{L}\\p{M}'’.-]*\\s+){1,3}"
            + "(?:(?:van|de|der|von|da|di|du|la|le|del|dos)\\s+)*[\\p{Lu}][\\p{Lu}\\p{M}'’-]+(?:[\\s-][\\p{Lu}][\\p{Lu}\\p{M}'’-]+)*)"
            + "(?:\\s*,\\s*|\\s+for\\s+|\\s*/\\s*|\\s*\\()([^:,()]{2,40}?)\\)?\\s*(?::|\\s[–—-])\\s+(\\S.*)$", Pattern.DOTALL);
    /** "SANTIAGO, Chile — By ...": a dateline written before the byline. */
    private static final Pattern DATELINE_PREFIX = Pattern.compile("^[\\p{Lu}][\\p{Lu}\\p{M} .'’-]{1,30}(?:,\\s*[\\p{L} .]{2,30})?\\s+[—–-]\\s+(?=\\p{L})");
    /** The part after the name in "Jillian Ambrose Energy correspondent": up to three words of beat, then a newsroom role. */
    private static final Pattern ROLE = Pattern.compile("(?iu)^(?:[\\p{L}-]+\\s+){0,3}"
            + "(?:correspondent|editor|reporter|writer|columnist|journalist|(?:korrespondent|redakteur|reporter)(?:in)?|"
            + "correspondant(?:e)?|journaliste|rédacteur|rédactrice|envoyée? spéciale?|corresponsal|periodista|redactora?|"
            + "giornalista|corrispondente|inviato|inviata|verslaggever|dziennikarz|dziennikarka|korespondent(?:ka)?)$");
    private static final int MAX_ROLE_BYLINE_WORDS = 8;
    private static final Pattern WRITES_FOR = Pattern.compile("(?iu)^(.+?)\\s+for\\s+(\\p{L}[\\p{L}\\d.&' -]{1,40})$");
    /** One word with two capitals or a digit: a brand, not a given name ("G1", "KXAN", "MailOnline"). */
    private static final Pattern BRAND = Pattern.compile("(?=\\S*(?:\\p{Lu}\\S*\\p{Lu}|\\d))[\\p{L}\\d.&-]{2,20}");
    /** "Aus Baku berichtet Susanne Götze", "From Kyiv, Jane Doe reports" is not: the place, the verb, then the names. */
    private static final Pattern REPORTS_FROM = Pattern.compile("(?iu)^(?:aus|from|de|desde|da|uit|z)\\s+\\p{Lu}[\\p{L}\\p{M} .,'’-]{1,40}?"
            + "\\s+(?:berichtet|berichten|reports|report|informa|informan|rapporte|riferisce|bericht|relacjonuje)\\s+(.+)$");
    /** Desks a newsroom signs with ("Redazione Web", "Redaktion Wirtschaft"): no outlet. */
    private static final Pattern DESKS = Pattern.compile("(?iu)web|online|digital|digitale|internet|esteri|cronaca|economia|"
            + "politica|sport|cultura|interni|nachrichten|wirtschaft|politik|inland|ausland|kultur|noticias|actualidad|"
            + "économie|politique|société|monde|binnenland|buitenland|economie");
    /** "PAP, oprac. Katarzyna Zielińska": agency copy compiled by an editor ("oprac.", "bearb.", "adapt."). */
    private static final Pattern COMPILED_BY = Pattern.compile("(?iu)^([^,]{2,40}),\\s*(?:oprac\\.|opr\\.|opracowanie:?|bearb\\.|"
            + "bearbeitet von|adapt\\.|adapted by|compiled by)\\s*(.+)$");
    /** "Redazione ANSA", "Redaktion Spiegel": the outlet's newsroom signs, no author. */
    private static final Pattern NEWSROOM_OF = Pattern.compile("(?iu)^(?:redazione|redacción|rédaction|redaktion|redactie|redakcja)"
            + "\\s+((?-i:\\p{Lu})[\\p{L}.&'’ -]{1,40})$");
    /** "Por Redacción", "Par la rédaction", "By Staff", "Von der Redaktion": signed by the newsroom, not a person. */
    private static final Pattern STAFF = Pattern.compile("(?iu)^\\W{0,2}(?:by|por|par|von|door|di|przez)\\s+(?:la\\s+|der\\s+|de\\s+|"
            + "the\\s+|our\\s+|unserer\\s+)?(?:redacción|rédaction|redaktion|redactie|redazione|redakcja|staff|staff reporters?|"
            + "staff writers?|newsroom|editorial (?:staff|team|board)|web desk|news desk|desk)\\b[\\p{L} .,|·-]{0,40}$");
    /** "political reporter Sarah Lim", "onze redacteur Pieter de Vries": a role written before the name. */
    private static final Pattern ROLE_BEFORE_NAME = Pattern.compile("(?iu)^(?:(?:our|onze|unserem|unserer|unseren|notre|nos|"
            + "nuestro|nuestra|il nostro|la nostra|nasz|nasza|naszego)\\s+)?(?:[\\p{L}-]+\\s+){0,2}"
            + "(?:correspondents?|editors?|reporters?|writers?|journalists?|columnists?|redacteur|redactrice|redactie|"
            + "verslaggever|correspondent(?:e|en)?|korrespondent(?:en|in)?|redakteur(?:in)?|reporter(?:in)?|"
            + "envoyée? spéciale?|correspondant(?:e)?|corresponsal|redactor(?:a)?|enviad[ao] especial|inviat[oa]|"
            + "corrispondente|korespondent(?:ka)?|dziennikarz|dziennikarka)\\s+(?=\\p{Lu})");
    private static final Pattern SEGMENTS = Pattern.compile("\\s*[|•·]\\s*|\\s+[–—]\\s+");

    private BylineDetector() {
    }

    /** A standalone byline line, if the line is one. */
    public static Optional<Byline> standalone(String line) {
        String text = line.strip();
        if (text.length() > MAX_LINE) {
            return Optional.empty();
        }
        // a sentence that happens to start with "By" ends like a sentence; a byline does not
        boolean sentenceLike = text.matches("(?s).*\\p{Ll}{2,}[.!?]$");
        Matcher reporting = REPORTING.matcher(text);
        if (reporting.find()) {
            List<String> names = PersonNames.split(reporting.group(1));
            return names.isEmpty() ? Optional.empty() : Optional.of(new Byline(names, null, null, null));
        }
        Matcher labelled = LABELLED.matcher(text);
        if (!sentenceLike && labelled.matches() && !PersonNames.split(labelled.group(2)).isEmpty()) {
            return Optional.of(new Byline(PersonNames.split(labelled.group(2)), null, null, null, labelled.group(1)));
        }
        Matcher dated = DATE_THEN_BY.matcher(text);
        if (!sentenceLike && dated.matches()) {
            Optional<MetaDateLine.Result> meta = MetaDateLine.parse(dated.group(1));
            List<String> names = PersonNames.split(dated.group(2));
            if (meta.isPresent() && !names.isEmpty()) {
                return Optional.of(new Byline(names, null, meta.get().published(), null));
            }
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
        Matcher newsroom = NEWSROOM_OF.matcher(text);
        if (newsroom.matches() && DESKS.matcher(newsroom.group(1).strip()).matches()) {
            return Optional.of(new Byline(List.of(), null, null, null)); // "Redazione Web": a desk, not an outlet
        }
        if (newsroom.matches() && Outlets.looksLikeOutlet(newsroom.group(1))) {
            return Optional.of(new Byline(List.of(), newsroom.group(1).strip(), null, null)); // "Redazione ANSA"
        }
        Matcher roleFirst = ROLE_BEFORE_NAME.matcher(text);
        if (roleFirst.lookingAt() && PersonNames.isName(text.substring(roleFirst.end()))) {
            return Optional.of(new Byline(List.of(NameCase.natural(text.substring(roleFirst.end()))), null, null, null));
        }
        Optional<Byline> withRole = nameWithRole(text);
        if (withRole.isPresent()) {
            return withRole;
        }
        if (ROLE.matcher(text).matches()) {
            return Optional.of(new Byline(List.of(), null, null, null)); // "Local Democracy Reporter" alone: no name
        }
        Matcher m = LEAD_IN.matcher(DATELINE_PREFIX.matcher(text).replaceFirst(""));
        if (sentenceLike || !m.matches()) {
            return Optional.empty();
        }
        List<String> authors = new ArrayList<>();
        String source = null;
        DateExtractor.FoundDate date = null;
        String[] segments = SEGMENTS.split(ROLE_BEFORE_NAME.matcher(m.group(1)).replaceFirst(""));
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i].strip();
            Optional<DateExtractor.FoundDate> found = DateExtractor.find(segment);
            if (found.isPresent()) {
                date = date == null ? found.get() : date;
                continue;
            }
            if (JunkLineDetector.isJunk(segment)) {
                continue;
            }
            // names come first; later segments ("| Porto Diário |") name the outlet, even when it reads like a name
            if (i > 0 && Outlets.looksLikeOutlet(segment)) {
                source = source == null ? segment : source;
                continue;
            }
            // "By JANE SMITH FOR MAILONLINE": the outlet the author writes for
            Matcher writesFor = WRITES_FOR.matcher(segment);
            if (writesFor.matches() && !PersonNames.split(writesFor.group(1)).isEmpty()) {
                authors.addAll(PersonNames.split(writesFor.group(1)));
                source = source == null ? writesFor.group(2).strip() : source;
                continue;
            }
            List<String> names = PersonNames.split(segment);
            if (!names.isEmpty()) {
                authors.addAll(names);
                source = source == null ? trailingOutlet(segment) : source;
            } else if (i == 0 && isOutletByline(segment)) {
                source = segment; // "By The Associated Press", "Par AFP", "Von dpa", "Por G1": no person signs
            } else if (i == 0) {
                return Optional.empty();
            }
        }
        if (authors.isEmpty() && source == null) {
            return Optional.empty();
        }
        return Optional.of(new Byline(authors, source, date, null));
    }

    /**
     * An inline byline opening a paragraph, if present: {@code Firstname LASTNAME, Outlet: text}, also
     * {@code Firstname LASTNAME (Outlet): text}, {@code ... for Outlet: text}, {@code ... / Outlet — text}.
     */
    public static Optional<Byline> inline(String paragraph) {
        Matcher m = INLINE.matcher(paragraph.strip());
        if (!m.matches() || !PersonNames.isName(m.group(1))) {
            return Optional.empty();
        }
        // "NEW YORK (AP) —" is a wire dateline: a place in capitals, not a name with its surname in capitals
        if (m.group(1).equals(m.group(1).toUpperCase(Locale.ROOT)) && Datelines.agency(paragraph.strip()).isPresent()) {
            return Optional.empty();
        }
        String outlet = m.group(2).strip();
        return Optional.of(new Byline(List.of(NameCase.natural(m.group(1))),
                outlet.isEmpty() ? null : outlet, null, m.group(3).strip()));
    }

    /**
     * "Jane Tremblay · CBC News ·": a name, then the outlet (and maybe a date) in segments, without
     * "By". Only below the headline: above it, "Naira Keeps Falling | The Lagos Ledger" is a title.
     */
    public static Optional<Byline> nameThenOutlet(String line) {
        String text = line.strip();
        String[] segments = SEGMENTS.split(text);
        if (text.length() > MAX_LINE || segments.length < 2 || LEAD_IN.matcher(segments[0]).matches()
                || !PersonNames.isName(segments[0].strip())) {
            return Optional.empty();
        }
        String source = null;
        DateExtractor.FoundDate date = null;
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i].strip();
            Optional<DateExtractor.FoundDate> found = DateExtractor.find(segment);
            if (found.isPresent()) {
                date = date == null ? found.get() : date;
            } else if (source == null && (Outlets.hasOutletWord(segment) || SignatureDetector.agencyCredit(segment).isPresent())) {
                source = segment;
            } else if (!segment.isEmpty()) {
                return Optional.empty();
            }
        }
        return source == null ? Optional.empty()
                : Optional.of(new Byline(List.of(NameCase.natural(segments[0].strip())), source, date, null));
    }

    /** "Jillian Ambrose Energy correspondent": the shortest leading name followed by a newsroom role. */
    private static Optional<Byline> nameWithRole(String text) {
        String[] words = text.split("\\s+");
        if (words.length < 3 || words.length > MAX_ROLE_BYLINE_WORDS) {
            return Optional.empty();
        }
        for (int n = 2; n < words.length && n <= 5; n++) {
            String name = String.join(" ", Arrays.asList(words).subList(0, n));
            String role = String.join(" ", Arrays.asList(words).subList(n, words.length));
            if (ROLE.matcher(role).matches() && PersonNames.isName(name)) {
                return Optional.of(new Byline(List.of(NameCase.natural(name)), null, null, null));
            }
        }
        return Optional.empty();
    }

    /** A byline naming an agency ("AFP", "dpa"), an outlet with a tell-tale word, or a one-word brand ("G1", "KXAN"). */
    private static boolean isOutletByline(String segment) {
        return SignatureDetector.agencyCredit(segment).isPresent() || Outlets.hasOutletWord(segment)
                || BRAND.matcher(segment).matches();
    }

    /** In "Jane Doe, Reuters" the single-word part after the names is the outlet. */
    private static String trailingOutlet(String segment) {
        String[] parts = segment.split("\\s*,\\s*");
        if (parts.length < 2) {
            return null;
        }
        String last = parts[parts.length - 1].strip();
        // "JOHN O'NEILL, CHIEF ECONOMICS CORRESPONDENT": a role, not an outlet
        boolean role = ROLE.matcher(last).matches();
        return !role && PersonNames.split(last).isEmpty() && Outlets.looksLikeOutlet(last) ? last : null;
    }
}
