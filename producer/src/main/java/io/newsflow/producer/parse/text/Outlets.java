package io.newsflow.producer.parse.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heuristics for outlet names as they appear in signatures, kickers and bylines: a domain-like name
 * ({@code Portline.Info}), a single capitalised word or CamelCase brand ({@code TechLedger},
 * {@code Reuters}), or up to five capitalised words, optionally with "The" ({@code The Harbour Times}).
 */
public final class Outlets {
    // (its top-level part in lower case, or in capitals after a name in capitals: not a writer's initial glued to the
    // name, as Mongolian writes it, "Б.Болдбаатар")
    private static final Pattern DOMAIN = UnicodeRegex.compile("[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{Ll}{2,}|[\\p{Lu}\\d-]+(?:\\.[\\p{Lu}\\d-]+)*\\.\\p{Lu}{2,}");
    // (a brand may open with its article in lower case: "la Repubblica", "il Fatto Quotidiano", "de Volkskrant", "het Parool")
    private static final Pattern CAPITALISED_WORDS = UnicodeRegex.compile("(?:The\\s+|(?:la|il|de|het)\\s+(?=\\p{Lu})|l['’](?=\\p{Lu}))?(?:[\\p{Lu}\\d][\\p{L}\\p{M}\\d&'’.-]*(?:[|/]\\d{1,3}|/\\p{Lu}{2,6})?)(?:\\s+(?:[\\p{Lu}\\d&][\\p{L}\\p{M}\\d&'’.-]*|[ld]['’]\\p{Lu}[\\p{L}\\p{M}'’-]*|of|the|de|du|des|der|die|den|del|della|di|da|do|dos|das|van|von|het|la|le|el|il|lo|y|e|i|and|für|for|on|am|oa))*!?"); // ("Página|12", "Nextgov/FCW", "l'Humanité", "EurekAlert!", "Transport for NSW", "Above the Law", Sesotho's "Moeletsi oa Basotho")
    private static final Pattern OUTLET_WORD = UnicodeRegex.compile("(?iu)\\b(news|newspapers?|times|post|daily|info|journal|herald|heraldo|noticias|notícias|jornal|giornale|gazzetta|krant|"
            + "tidning|kurier|nachrichten|diário|periódico|periodico|correio|folha|omroep|agence|agencia|agência|agenzia|agentur|agentúra|"
            + "tribune|gazette|press|review|report|ledger|record|register|wire|newswire|observer|chronicle|media|tv|radio|broadcast(?:er|ing)?|agency|monitor|star|"
            + "courier|telegraph|standard|express|today|weekly|insider|dispatch|bulletin|examiner|sentinel|enquirer|inquirer|advertiser|independent|zeitung|nieuws|nyheter|nyheder|uutiset|zprávy|știri|gazeta|diario|"
            + "corriere|tageblatt|le monde|financial|reuters|afp|ap|bloomberg|associated press|dpa|efe|ansa|pap|"
            + "rundschau|anzeiger|presse|abendblatt|tagblatt|morgenpost|allgemeine|shimbun|ilbo|nippo|"
            + "postası|gazetesi|ajansı|haber|haberleri)(?:\\b|(?=\\d))" // ("The Yomiuri Shimbun", "Chosun Ilbo"; Turkish: "Karadeniz Postası")
            + "|(?<=\\p{L} )(?:online|portal)$" // (closing a name: "Kosovo Online", "EMTV Online", "Montevideo Portal")
            + "|روزنامہ|روزنامه|آنلاین|خبرگزاری"); // "News24", "Grazer Rundschau"; Urdu's and Persian's "daily": "روزنامہ جنگ";
    // Persian's "online" and "news agency": "همشهری آنلاین", "خبرگزاری ایسنا"

    /** "red, ORF.at/Agenturen": a newsroom's sign-off, naming its outlet and the agencies whose copy it used. */
    /** "Daily Monitor is a member of the Nation Media Group": the outlet (1) and its group (2). */
    static final Pattern GROUP_MEMBER = UnicodeRegex.compile("(?u)^\\W{0,3}(\\p{Lu}[\\p{L}\\p{M}\\d.&'’ -]{1,40}?) is (?:a )?(?:member|part|"
            + "brand|publication|title|division) of (?:the )?(\\p{Lu}[\\p{L}\\p{M}\\d.&'’ -]{0,70}\\b(?:Media|Group|Publications|Newspapers|Holdings))\\.?$");
    /** A group's name that says it publishes: "Mwananchi Communications Group". */
    static final Pattern MEDIA_GROUP = UnicodeRegex.compile("\\b(?:Media|Communications|Publications|Newspapers|Broadcasting)\\b");
    private static final Pattern DESK_SIGN_OFF = UnicodeRegex.compile("(?iu)^(?:red|redaktion|rédaction|redazione|redacción)\\s*,\\s*"
            + "([\\p{L}\\d.&'’ -]{2,40}?)(?:\\s*/\\s*(?:agenturen|agencies|agences|agenzie|agencias|apa|dpa|reuters|afp))*\\.?$");

    /** A brand written in lower camel case: "derStandard", "nrcNext", "detikNews". */
    private static final Pattern LOWER_CAMEL = UnicodeRegex.compile("\\p{Ll}{1,6}\\p{Lu}\\p{Ll}{2,}(?: \\p{Lu}\\p{Ll}+){0,2}|\\p{Ll}\\p{Lu}{4,}|\\p{Ll}{3,} online"); // (and "iROZHLAS", "heise online")
    /** A brand's shape: in camel case ("TechLedger") or with a number glued on ("Digi24"). */
    private static final Pattern BRAND = UnicodeRegex.compile("[\\p{Lu}][\\p{Ll}]+[\\p{Lu}][\\p{L}]+|\\p{Lu}\\p{Ll}{2,}\\d{1,3}");

    /** A logo's link text: "The Guardian - Back to home", glued or not to the name again. */
    private static final Pattern LOGO_LINK = UnicodeRegex.compile("(?iu)^\\s*(.{2,40}?)\\s+[-–|]\\s+(?:back to (?:the )?home(?:page)?"
            + "|go to (?:the )?home ?page|retour à l['’]accueil|zur startseite|volver a la portada|torna alla home(?:page)?"
            // the page's title: the site's name and its strapline ("Sky News - Breaking News, Stories & Updates")
            + "|(?:breaking|latest|top) news\\b[\\p{L}\\p{M},&'’ ]{0,50}|news,? sport\\b[\\p{L}\\p{M},&'’ ]{0,50})"
            + "(?:\\s*\\1)?\\s*$");

    /** A capitalised word and a paper's lower-case noun, as Central European and Nordic titles write it. */
    private static final Pattern LOWER_CASE_PAPER = UnicodeRegex.compile("24 heures|\\p{Lu}[\\p{L}\\p{M}]+ (?:noviny|listy|novine|novice|"
            + "vesti|vijesti|lehti|sanomat|dziennik|denník|industri|tidende|avis|list|dnevnik" // "Jutarnji list", "Večernji list"
            + "|žinios|rytas|ziņas|avīze|uudised|leht" // ("Verslo žinios", "Lietuvos rytas", "Latvijas avīze", "Eesti Päevaleht")
            + "|газета|правда|новини|новости|вести)(?: \\p{Lu}[\\p{L}\\p{M}]+)?" // "Новая газета", "Комсомольская правда"; "Новая газета Европа"
            // a French regional paper's name, its region's adjective in lower case: "Courrier picard", "Le Républicain lorrain"
            + "|(?:Le |La |L['’])?(?:Courrier|Journal|Républicain|Progrès|Populaire|Écho|Echo|Télégramme|Bien public) \\p{Ll}[\\p{L}-]+");

    private Outlets() {
    }

    /**
     * The site's name in its logo's link text ("The Guardian - Back to home" gives "The Guardian") or in the page's
     * title over the story ("Sky News - Breaking News, Stories & Updates"), if the line is one.
     */
    public static Optional<String> fromLogoLink(String line) {
        Matcher m = LOGO_LINK.matcher(line);
        return m.matches() && looksLikeOutlet(m.group(1).strip()) ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** True when the text is a site's address ("ANSA.it", "Portline.Info"). */
    public static boolean isDomain(String text) {
        return DOMAIN.matcher(text.strip()).matches();
    }

    /** True when the text reads as an outlet name. */
    public static boolean looksLikeOutlet(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 50 || t.split("\\s+").length > 5) {
            return false;
        }
        return DOMAIN.matcher(t).matches() || CAPITALISED_WORDS.matcher(t).matches() || LOWER_CAMEL.matcher(t).matches()
                || LOWER_CASE_PAPER.matcher(t).matches() // "Hospodářské noviny", "Lidové noviny", "Dagens industri"
                || isCaseless(t) // "दैनिक भास्कर", "연합뉴스": no capital tells a name in these scripts
                || languageService(t);
    }

    /** "BBC News አማርኛ", "DW ትግርኛ": an outlet's name in capitals, then its service's language in that language's script. */
    private static boolean languageService(String t) {
        int space = t.lastIndexOf(' ');
        return space > 0 && isCaseless(t.substring(space + 1)) && CAPITALISED_WORDS.matcher(t.substring(0, space)).matches();
    }

    /**
     * One to three words of a script without case (Devanagari, Hangul, Arabic, Han, Thai, Georgian, whose everyday letters
     * Unicode files as lower case), marks allowed; at most eight Han characters, since Chinese and Japanese write a headline
     * without spaces ("新华网", "国际"; not a headline), at most sixteen Thai letters in a run, as Thai writes a sentence so,
     * and at most seven Tibetan syllables (six tshegs), as Tibetan writes a headline without spaces too.
     */
    static final String CASELESS_WORDS = "(?=[^\\p{IsHan}]*(?:\\p{IsHan}[^\\p{IsHan}]*){0,8}$)(?![^\\p{IsThai}]*\\p{IsThai}{17})(?!(?:[^\\u0F0B]*\\u0F0B){7})"
            + "[\\p{Lo}\\p{IsGeorgian}][\\p{Lo}\\p{IsGeorgian}\\p{M}\\u30FB\\u30FC\\u200C\\u200D\\u0F0B\\u0F0C]*(?:\\s[\\p{Lo}\\p{IsGeorgian}][\\p{Lo}\\p{IsGeorgian}\\p{M}\\u30FB\\u30FC\\u200C\\u200D\\u0F0B\\u0F0C]*){0,2}\\u0F0D?";
    // (Tibetan parts a word's syllables with a tsheg, U+0F0B, and writes no space: "ཨ་རིའི་རླུང་འཕྲིན་ཁང་"; a menu's word may end
    // with a shad, U+0F0D: "བོད་ནང་།"; Katakana's long vowel mark, U+30FC, is a modifier letter: "産経ニュース"; its middle dot,
    // U+30FB, parts a name's words: "ダイヤモンド・オンライン")
    private static final Pattern CASELESS = UnicodeRegex.compile(CASELESS_WORDS);

    /** One to three words of a script without case ("연합뉴스", "दैनिक भास्कर"); one word may keep a brand's "!" ("וואלה!"). */
    static boolean isCaseless(String text) {
        String t = text.strip();
        return CASELESS.matcher(t).matches() || t.endsWith("!") && t.indexOf(' ') < 0 && CASELESS.matcher(t.substring(0, t.length() - 1)).matches();
    }

    /**
     * "The Sydney Morning Herald and The Age": two outlets a writer works for, the first; any other
     * text as it is ("Tyne and Wear Gazette" has one outlet word, after the "and").
     */
    public static String firstOfTwo(String text) {
        int and = text.indexOf(" and ");
        if (and > 0 && hasOutletWord(text.substring(0, and)) && text.startsWith("The ", and + 5)) {
            return text.substring(0, and).strip();
        }
        return text;
    }

    private static final Pattern PRESS_RELEASE = UnicodeRegex.compile("(?iu)(?:press|news|media) release");

    /** "PRESS RELEASE", "News release": the kind of document a release's label over its headline names. */
    static boolean isPressRelease(String text) {
        return PRESS_RELEASE.matcher(text.strip()).matches();
    }

    /** True when the text names an outlet with a tell-tale word ("Times", "News", "Daily"...) or a domain. */
    /** Whether the text holds a word of outlets' names ("News", "Times", "Post"), whatever its shape. */
    static boolean namesOutletWord(String text) {
        return OUTLET_WORD.matcher(text).find();
    }

    public static boolean hasOutletWord(String text) {
        String t = text.strip();
        if (isPressRelease(t)) {
            return false; // "PRESS RELEASE" over the headline: the kind of document, though "press" is an outlet's word
        }
        return DOMAIN.matcher(t).matches() || OUTLET_WORD.matcher(t).find()
                || BRAND.matcher(t).matches() || LOWER_CAMEL.matcher(t).matches(); // "TechLedger", "Digi24", "derStandard"
    }

    /** The outlet a newsroom's sign-off names ("red, ORF.at/Agenturen" is ORF.at), or null. */
    static String deskSignOff(String line) {
        Matcher m = DESK_SIGN_OFF.matcher(line.strip());
        return m.matches() ? m.group(1).strip() : null;
    }

    /** "DN" over "Ekonomi", "FT" over "Markets": two capitals name a paper, unless they are a country's or a union's code. */
    static boolean isTwoLetterBrand(String name) {
        return name.length() == 2 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))
                && !CODES.contains(name);
    }

    /** Two capitals that name a place or a union, not a paper: the ISO country codes, "UK", "EU", "UN". */
    private static final Set<String> CODES = codes();

    private static Set<String> codes() {
        Set<String> codes = new HashSet<>(Set.of(Locale.getISOCountries()));
        codes.addAll(List.of("UK", "EU", "UN"));
        return Set.copyOf(codes);
    }
}
