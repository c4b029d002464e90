package io.newsflow.producer.parse.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a person's name ({@code Jane Doe}, {@code Élodie MARCHETTI}, {@code Pieter de Graaf}) from
 * other capitalised phrases, and splits author lists ({@code Jane Doe and John Smith},
 * {@code A. Nowak, B. Kowalski & C. Wiśniewska}) into names in natural case.
 */
public final class PersonNames {
    // (or a word of a script without case: "राहुल शर्मा", "أحمد السيد")
    // (a caseless script's initial too: Tamil's "கே." of "கே. ராஜேஷ்", a syllable or two and a full stop)
    // (its parts joined by a hyphen or an apostrophe: Hebrew's "פת-יה", its geresh in "ג'ון")
    private static final Pattern WORD = UnicodeRegex.compile("[\\p{Lu}][\\p{L}\\p{M}'’.-]*|[\\p{Lu}]\\.|[\\p{Lo}\\p{IsGeorgian}][\\p{Lo}\\p{IsGeorgian}\\p{M}\\u200C\\u200D]*"
            + "(?:[-'’\\u05F3][\\p{Lo}\\p{IsGeorgian}][\\p{Lo}\\p{IsGeorgian}\\p{M}\\u200C\\u200D]*)*"
            + "|\\p{Lo}\\p{M}*(?:\\p{Lo}\\p{M}*)?\\.");
    /** Four Tibetan syllables parted by tshegs, no shad closing them: a name of two names ({@link #isName}). */
    private static final Pattern TIBETAN_NAME = Pattern.compile("[\\u0F40-\\u0FBC]+(?:\\u0F0B[\\u0F40-\\u0FBC]+){3}");
    /** A nickname quoted between a given name and a surname: "Liam 'Akiba' Wright". */
    private static final Pattern NICKNAME = UnicodeRegex.compile("['‘\"“]\\p{Lu}[\\p{L}\\p{M}.-]*['’\"”]");
    /** An initial and a full stop glued to a name, no space: "Б.Болдбаатар", "Ц.Оюунгэрэл"; shouted, "B.DULGUUN". */
    private static final Pattern GLUED_INITIAL = UnicodeRegex.compile("\\p{Lu}\\.(?:\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'’-]+|\\p{Lu}{4,}[\\p{Lu}'’-]*)");
    /** The days' names, which West Africa gives as given names ("Sunday Michael Ogwu"). */
    static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> PARTICLES = Set.of("van", "der", "den", "de", "da", "di", "du", "von", "la", "le",
            "del", "della", "dos", "das", "do", "bin", "ibn", "al", "ter", "ten", "y");
    private static final Set<String> NOT_NAME = Set.of("correspondent", "meteorologist", "editor", "reporter", "staff", "writer", "desk",
            "news", "agency", "press", "team", "bureau", "chief", "senior", "contributor", "columnist", "analyst",
            "associated", "reuters", "afp", "service", "services", "online", "daily", "times", "post", "the", "our",
            "for", "to", "your", "my", "customers", "subscribers", "more", "about", "with",
            "source", "quelle", "fuente", "fonte", "bron", "źródło", // "Source Ørsted": a release's label, then its issuer
            "political", "economics", "business", "editorial", "board", "newsroom", "media", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "dydd", "updated", "published", "photo", "university",
            "institute", "ministry", "council", "centre", "center", "minister", "president", "professor", "fellow", "by",
            // a newsroom's beats: "Local Democracy Reporter", "Digital Health Editor" name no one
            "local", "democracy", "foreign", "national", "deputy", "assistant", "digital", "data", "investigations",
            "environment", "health", "education", "sports", "sport", "culture", "technology", "science", "transport",
            "energy", "climate", "crime", "courts", "city", "world", "markets", "finance", "politics",
            "haber", "merkezi", // Turkish "Haber Merkezi", the newsroom; "Rédaction LNT", "Redacción EFE": a newsroom, no one
            "rédaction", "redacción", "redazione", "redaktion", "redactie", "redakcja", "redação", "redacção",
            "communications", "office", "unit", "department", "studio", "studios"); // a body's desk ("Press Office"), a brand's studio
    private static final Set<String> BUTTON_VERBS = Set.of("read", "load", "show", "see", "view", "learn", "discover", "find",
            "explore", "click", "tap", "get", "watch", "hear", "know", "and", "much", "even", "no", "once", "any", "some");
    private static final Pattern SEPARATORS = UnicodeRegex.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\ben\\b|\\bi\\b|\\boraz\\b)\\s*");
    private static final int MAX_BYLINE_NAME_WORDS = 4;
    private static final Pattern HANDLES = UnicodeRegex.compile("@[\\p{L}\\d_/.-]*");
    /** The writer's address after the name: "Lennart Dodoo, lennart.dodoo@frontpageafricaonline.com". */
    private static final Pattern MAIL_SUFFIX = Pattern.compile("\\s*,?\\s+" + ContactLines.MAIL_ADDRESS + "$");
    private static final Pattern PLACE_SUFFIX = UnicodeRegex.compile("\\s+(?:in|from|en|à|a|w|aus|reporting from|at(?: the)?)\\s+[\\p{Lu}]"
            + "(?![^:;!?]*?\\b\\p{Ll}+\\s+\\p{Ll}+\\s+\\p{Ll}+\\b)[^:;!?]{0,50}$" // (a place's words: three lower-case in a row are a sentence's, "in Badia a new library opened")
            + "|\\s+(?:من|في)\\s+\\p{IsArabic}+(?:\\s\\p{IsArabic}+)?$"); // (Arabic's "from Riyadh": "محمد الحميدي من الرياض")

    /** "Dr. Aisha Khan", "Prof Jan Nowak": a title before the name is not part of it. */
    private static final Pattern HONORIFIC = UnicodeRegex.compile("^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame|Rev|Herr|Frau|Mme|Mlle|"
            + "Sr|Sra|Dott|Dott\\.ssa|Ing|Mag|Dhr|Mevr)\\.?\\s+(?=\\p{Lu})");
    /** "Tom Ambrose (now) and Rachel Hall (earlier)": a live blog's shift notes. */
    private static final Pattern SHIFT_NOTE = UnicodeRegex.compile("\\s*\\((?:now|earlier|later|until \\d[^)]*|from \\d[^)]*)\\)");
    /** "(avec AFP)", "(with Reuters)": an agency credit after the names. */
    private static final Pattern AGENCY_SUFFIX = UnicodeRegex.compile("\\s*\\((?:avec|with|mit|con|met|z|com)\\s+[^()]{1,30}\\)\\s*$");

    private PersonNames() {
    }

    /** True when the phrase reads as one person's name: 2-5 capitalised words (particles allowed), no digits, no role words. */
    public static boolean isName(String phrase) {
        String text = phrase.strip();
        if (GLUED_INITIAL.matcher(text).matches() && !Outlets.namesOutletWord(text)) {
            return true; // "Б.Болдбаатар": Mongolian writes the father's initial glued to the name (shouted, "B.DULGUUN": no domain)
        }
        if (text.isEmpty() || text.length() > 60 || text.matches(".*\\d.*") || Outlets.hasOutletWord(text)) {
            return false;
        }
        if (TIBETAN_NAME.matcher(text).matches()) {
            return true; // "བསོད་ནམས་བཀྲ་ཤིས", Sonam Tashi: Tibetan writes a name's two names, two syllables each, with no space
        }
        String[] words = text.split("\\s+");
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        int capitalised = 0;
        for (int k = 0; k < words.length; k++) {
            String w = words[k];
            String lower = w.toLowerCase(Locale.ROOT);
            // (a day's name opening a name of three words is a given name, as West Africa gives them: "Sunday Michael Ogwu")
            if (NOT_NAME.contains(lower.replaceAll("[^\\p{L}]", "")) && !(k == 0 && words.length >= 3 && WEEKDAYS.contains(lower))
                    && !isSurnameMore(words, k)) {
                return false;
            }
            if (WORD.matcher(w).matches() || k > 0 && k < words.length - 1 && NICKNAME.matcher(w).matches()) {
                capitalised++;
            } else if (!PARTICLES.contains(lower)) {
                return false;
            }
        }
        return capitalised >= 2 && WORD.matcher(words[0]).matches();
    }

    /** "Manoj More", "Thomas More": a surname, last after a given name; "Read More", "Load More" are a page's buttons. */
    private static boolean isSurnameMore(String[] words, int k) {
        return k == words.length - 1 && k >= 1 && words[k].equals("More") && !BUTTON_VERBS.contains(words[k - 1].toLowerCase(Locale.ROOT));
    }

    /**
     * "Kelsey Marlow Fox News": a name of two or three words, then an outlet with an outlet's word, with nothing
     * between (the site's link under the name, copied as one line); the two, or null.
     */
    public static String[] nameThenOutlet(String segment) {
        String[] words = segment.strip().split("\\s+");
        for (int n = 2; n <= 3 && n < words.length; n++) {
            String name = String.join(" ", Arrays.copyOfRange(words, 0, n));
            String outlet = String.join(" ", Arrays.copyOfRange(words, n, words.length));
            if (isName(name) && Outlets.hasOutletWord(outlet) && Outlets.looksLikeOutlet(outlet)) {
                return new String[] {name, outlet};
            }
        }
        return null;
    }

    /**
     * True when the whole line is a list of names ("Tom Ambrose (now) and Rachel Hall (earlier)",
     * "Patricia Nilsson in Berlin and Peggy Hollinger in Paris"), nothing else.
     */
    public static boolean isNameList(String line) {
        String cleaned = SHIFT_NOTE.matcher(line.strip()).replaceAll("");
        String[] parts = SEPARATORS.split(cleaned);
        for (String part : parts) {
            // "Patricia Nilsson in Berlin and Peggy Hollinger in Paris": where each reports from
            if (!isName(PLACE_SUFFIX.matcher(part.strip()).replaceAll("").strip())) {
                return false;
            }
        }
        return parts.length > 0;
    }

    /** The line without a place after the names: "Kate Connolly in Berlin" gives "Kate Connolly". */
    public static String withoutPlace(String line) {
        return PLACE_SUFFIX.matcher(withoutHandles(line)).replaceAll("");
    }

    /**
     * The line without social handles glued to the names ("Kif Leswing@in/kifleswing/@KifLeswing" gives "Kif Leswing") or
     * the writer's address after them.
     */
    public static String withoutHandles(String line) {
        return HANDLES.matcher(MAIL_SUFFIX.matcher(line.strip()).replaceFirst("")).replaceAll("").strip();
    }

    /**
     * Line i, under the headline, is a byline without "By": names alone ({@link #isBareNameList}), or a name and, after a
     * comma, a paper or town over the date stamp in its block ("Jan Novotný, Právo" / "5. 12. 2026 15:30").
     */
    static boolean isBareByline(PageLines lines, int i) {
        String line = lines.get(i);
        return isBareNameList(withoutPlace(line)) || lines.inDatedBlock(i) && !AffiliatedBylines.names(line).isEmpty(); // (or several, by ";")
    }

    /** "Conor Gallagher", "Tom Ambrose (now) and Rachel Hall (earlier)": names alone, each of at most four words. */
    public static boolean isBareNameList(String line) {
        String text = line.strip();
        List<String> names = split(text);
        // (not the writers' towns under their names: "Rio de Janeiro e São Paulo")
        return text.split("\\s+").length <= MAX_BYLINE_NAME_WORDS * 2 + 3 && isNameList(text)
                && names.stream().allMatch(n -> n.split("\\s+").length <= MAX_BYLINE_NAME_WORDS)
                && !Places.allPlaces(names);
    }

    /**
     * A name of one word after a byline's label: a Tibetan one, its two to six syllables parted by tshegs and no space
     * ("བསོད་ནམས་རྡོ་རྗེ"), or a Lao given name alone, as Lao pages sign ("ໂດຍ: ສົມພອນ").
     */
    private static final Pattern ONE_WORD_NAME = Pattern.compile("[\\u0F40-\\u0FBC]+(?:\\u0F0B[\\u0F40-\\u0FBC]+){1,5}\\u0F0B?|[\\u0E81-\\u0EDF]{3,20}");

    /**
     * The names after a byline's label ({@link #split}); or one Tibetan word of syllables, which only the label tells from
     * any other word ("རྩོམ་པ་པོ། བསོད་ནམས་རྡོ་རྗེ").
     */
    static List<String> splitLabelled(String list) {
        List<String> names = split(list);
        return names.isEmpty() && ONE_WORD_NAME.matcher(list.strip()).matches() ? List.of(list.strip()) : names;
    }

    /** The names in an author list, in natural case; parts that are not names are skipped. */
    public static List<String> split(String list) {
        List<String> names = new ArrayList<>();
        String cleaned = SHIFT_NOTE.matcher(AGENCY_SUFFIX.matcher(list.strip()).replaceFirst("")).replaceAll("");
        for (String part : SEPARATORS.split(cleaned)) {
            String name = PLACE_SUFFIX.matcher(part.strip()).replaceAll("").replaceAll("[.,;:]+$", "").strip();
            name = HONORIFIC.matcher(name).replaceFirst("");
            if (isName(name)) {
                names.add(NameCase.natural(name));
            }
        }
        return names;
    }
}
