package io.newsflow.producer.parse.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts person names into natural case: {@code Tomas HALVORSEN} becomes {@code Tomas Halvorsen},
 * {@code O'BRIEN} becomes {@code O'Brien}, {@code JEAN-LUC} becomes {@code Jean-Luc}. Words already in
 * mixed case ({@code McDonald}, {@code de Graaf}) are kept, because their case is deliberate; name
 * particles written in capitals ({@code VAN DER BERG}) become lower case unless first, except an
 * article opening a surname ({@code LE GALL}, {@code LA FONTAINE}: "Le Gall", but "de la Fuente").
 */
public final class NameCase {
    private static final Set<String> PARTICLES = Set.of("van", "der", "den", "de", "da", "di", "du", "von",
            "la", "le", "del", "della", "dos", "das", "do", "bin", "ibn", "al", "ter", "ten", "y");
    /** Articles that open a surname capitalised ("Le Pen", "La Russa") unless another particle precedes them. */
    private static final Set<String> SURNAME_ARTICLES = Set.of("le", "la");
    private static final Pattern PART = Pattern.compile("[\\p{L}\\p{M}]+");
    // (three capitals: a script without case has no capitals, so a Chinese headline is not shouted; nor are Cherokee's,
    // whose syllabary Unicode files as capitals, the case it is written in)
    private static final Pattern SHOUTED_WORD = Pattern.compile("[\\p{Lu}&&[^\\p{IsCherokee}]]{3,}");
    /** Words kept as written: Georgian's (its everyday letters lower case to Unicode) and Cherokee's (capitals to it). */
    private static final Pattern AS_WRITTEN = Pattern.compile("[\\p{IsGeorgian}\\p{IsCherokee}\\p{M}]+");

    private NameCase() {
    }

    /** The name in natural case, whitespace-normalised. */
    public static String natural(String name) {
        // Turkish capitals lower-case differently (I -> ı): a name with Turkish letters is recased in Turkish
        Locale locale = name.matches(".*[ŞşĞğıİ].*") ? Locale.forLanguageTag("tr") : Locale.ROOT;
        String[] words = name.strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (i > 0) {
                out.append(' ');
            }
            boolean afterParticle = i > 0 && PARTICLES.contains(words[i - 1].toLowerCase(Locale.ROOT));
            // (Georgian's everyday letters are lower case to Unicode, which gave it capitals that names are not written in;
            // Cherokee's are capitals to it, which gave it small letters)
            // (a generational suffix closing the name stays in capitals: "Joe Taitano II", "JAMES WHITE III")
            boolean suffix = i >= 2 && i == words.length - 1 && GENERATION.matcher(word).matches();
            String recased = isUniformCase(word) && !AS_WRITTEN.matcher(word).matches() && !suffix
                    ? recase(word, i == 0, afterParticle, locale) : word;
            out.append(koreanGivenName(words, i) ? recased.substring(0, recased.indexOf('-') + 1)
                    + recased.substring(recased.indexOf('-') + 1).toLowerCase(locale) : recased);
        }
        return out.toString();
    }

    /** A generational suffix in Roman numerals: II to IX. */
    private static final Pattern GENERATION = Pattern.compile("I{2,3}|IV|VI{0,3}|IX");

    /** Common Korean family names, written first: "PARK EUN-JEE" is "Park Eun-jee", as Korean papers write it. */
    private static final Set<String> KOREAN_FAMILY_NAMES = Set.of("kim", "lee", "park", "choi", "jung", "jeong", "kang", "cho",
            "yoon", "jang", "lim", "han", "oh", "seo", "shin", "kwon", "hwang", "ahn", "song", "yoo", "hong", "jeon", "moon",
            "yang", "son", "bae", "baek", "nam", "noh", "ha", "kwak", "sung", "cha", "joo", "woo", "ryu", "min", "ko");

    /**
     * Word i, written in capitals, is the hyphenated given name after a Korean family name ("PARK EUN-JEE"), two syllables
     * of two to four letters: its second syllable is written in lower case ("Eun-jee"), unlike "Jean-Luc".
     */
    private static boolean koreanGivenName(String[] words, int i) {
        String word = words[i];
        int hyphen = word.indexOf('-');
        return words.length == 2 && i == 1 && isUniformCase(word)
                && KOREAN_FAMILY_NAMES.contains(words[0].toLowerCase(Locale.ROOT)) && hyphen >= 2 && hyphen <= 4 && word.length() - hyphen - 1 >= 2 && word.length() - hyphen - 1 <= 4
                && word.indexOf('-', hyphen + 1) < 0;
    }

    /** Small words of outlets' names, lower case inside a name: "Times of India", "Corriere della Sera". */
    private static final Set<String> OUTLET_PARTICLES = Set.of("of", "and", "for", "the", "on", "in", "de", "del",
            "della", "di", "du", "des", "la", "le", "van", "von", "der", "het", "y", "et", "und");
    /** Articles that open outlets' names, capitalised as words, not kept as acronyms: "Der Spiegel", "Le Monde". */
    private static final Set<String> OUTLET_ARTICLES = Set.of("the", "der", "die", "das", "le", "la", "les", "el",
            "il", "lo", "de", "het", "o", "a", "os");
    /** Short words of outlets' names that are words, not acronyms: "New York Times", "The Sun". */
    private static final Set<String> OUTLET_SHORT_WORDS = Set.of("new", "sun", "day", "age", "big", "our", "one", "red",
            "now", "top", "bay", "sea", "city", "voz", "sur", "eco", "st", "mt", "war", "art", "car", "oil", "gas", "law", "sky", "web",
            "way", "hot", "low", "old", "cup", "ink", // "LA VOZ", "DIARIO SUR", "ST HELENA INDEPENDENT", "WAR ON THE ROCKS"
            "эл", "му"); // (Mari's and Komi's "land": "МАРИЙ ЭЛ", "КОМИ МУ")

    /**
     * An outlet's name printed in capitals, in natural case: "IRISH COASTAL TIMES" gives "Irish Coastal
     * Times", "DER SPIEGEL" gives "Der Spiegel", "ABC NEWS" gives "ABC News" (a word of up to three
     * letters that is no article or common word stays an acronym); a name of one word is an acronym
     * ("NPR", "RTBF", "DAWN") unless it has five letters or more and two vowels ("PÚBLICO", "REUTERS"),
     * and a name in natural case is left as it is.
     */
    public static String outlet(String name) {
        if (name == null || !isShouted(name)) {
            return name;
        }
        if (!name.strip().contains(" ")) {
            return shoutedWord(name.strip()) ? name.charAt(0) + name.strip().substring(1).toLowerCase(Locale.ROOT) : name;
        }
        String[] words = name.strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String lower = words[i].toLowerCase(Locale.ROOT);
            // (a station's call sign before its channel stays in capitals: "KARE 11", "KING 5")
            boolean callSign = CALL_SIGN.matcher(words[i]).matches() && i + 1 < words.length && words[i + 1].matches("\\d{1,2}");
            String word = i > 0 && OUTLET_PARTICLES.contains(lower) ? lower
                    : words[i].length() <= 3 && !(i == 0 && OUTLET_ARTICLES.contains(lower))
                        && !OUTLET_SHORT_WORDS.contains(lower) || callSign ? words[i]
                    : words[i].charAt(0) + lower.substring(1);
            out.append(i > 0 ? " " : "").append(word);
        }
        return out.toString();
    }

    /** An American station's call sign: "KARE", "WFAA". */
    private static final Pattern CALL_SIGN = Pattern.compile("[KW][A-Z]{3}");

    /** Capital vowels of the Latin, Cyrillic and Greek scripts ("ПОЛИТИКА" is a word, not an acronym). */
    private static final String VOWELS = "AEIOUYÀÁÂÃÄÅÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜАЕЁИОУЫЭЮЯІЇЄΑΕΗΙΟΥΩΆΈΉΊΌΎΏ";

    /** "PÚBLICO", "REUTERS": a word of five letters or more with two vowels, no acronym's letters. */
    private static boolean shoutedWord(String word) {
        if (word.length() < 5) {
            return false;
        }
        int vowels = 0;
        for (int i = 0; i < word.length(); i++) {
            vowels += VOWELS.indexOf(word.charAt(i)) >= 0 ? 1 : 0;
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return vowels >= 2;
    }

    /** Whether the text is written in capitals ("DER SPIEGEL", "WORLD NEWS"): no lower-case letter, a word of three letters. */
    public static boolean isShouted(String text) {
        return text.equals(text.toUpperCase(Locale.ROOT)) && SHOUTED_WORD.matcher(text).find();
    }

    private static boolean isUniformCase(String word) {
        return word.equals(word.toUpperCase(Locale.ROOT)) || word.equals(word.toLowerCase(Locale.ROOT));
    }

    private static String recase(String word, boolean first, boolean afterParticle, Locale locale) {
        String lower = word.toLowerCase(locale);
        if (!first && PARTICLES.contains(lower) && (afterParticle || !SURNAME_ARTICLES.contains(lower))) {
            return lower;
        }
        if (word.length() <= 2 && word.endsWith(".")) {
            return word.toUpperCase(Locale.ROOT);
        }
        Matcher m = PART.matcher(lower);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (m.find()) {
            sb.append(lower, last, m.start());
            String part = m.group();
            sb.append(part.substring(0, 1).toUpperCase(locale)).append(part.substring(1));
            last = m.end();
        }
        sb.append(lower.substring(last));
        return sb.toString();
    }

    /**
     * Two or three words in sentence case, the first capitalised and the rest in lower case: how some sites write their
     * name ("Dân trí", "Courrier picard") and some their sections ("Эдийн засаг").
     */
    static boolean isSentenceCasePhrase(String line) {
        return SENTENCE_CASE.matcher(line.strip()).matches();
    }

    private static final Pattern SENTENCE_CASE = UnicodeRegex.compile("\\p{Lu}\\p{Ll}+(?: \\p{Ll}+){1,2}");

    /**
     * The text opens with a lower-case letter; not in Georgian, whose everyday letters Unicode files as lower case though
     * the script writes no capitals ("ფინანსები", a section's label, is not the lower-case rest of a line above it).
     */
    static boolean opensInLowerCase(String text) {
        int first = text.codePointAt(0);
        return Character.isLowerCase(first) && Character.UnicodeScript.of(first) != Character.UnicodeScript.GEORGIAN;
    }
}
