package io.newsflow.producer.parse.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts person names into natural case: {@code Tomas HALVORSEN} becomes {@code Tomas Halvorsen},
 * {@code O'BRIEN} becomes {@code O'Brien}, {@code JEAN-LUC} becomes {@code Jean-Luc}. Words already in
 * mixed case ({@code McDonald}, {@code de Graaf}) are kept, because their case is deliberate; name
 * particles written in capitals ({@code VAN DER BERG}) become lower case unless first.
 */
public final class NameCase {
    private static final Set<String> PARTICLES = Set.of("van", "der", "den", "de", "da", "di", "du", "von",
            "la", "le", "del", "della", "dos", "das", "do", "bin", "ibn", "al", "ter", "ten", "y");
    private static final Pattern PART = Pattern.compile("[\\p{L}\\p{M}]+");

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
            out.append(isUniformCase(word) ? recase(word, i == 0, locale) : word);
        }
        return out.toString();
    }

    private static boolean isUniformCase(String word) {
        return word.equals(word.toUpperCase(Locale.ROOT)) || word.equals(word.toLowerCase(Locale.ROOT));
    }

    private static String recase(String word, boolean first, Locale locale) {
        String lower = word.toLowerCase(locale);
        if (!first && PARTICLES.contains(lower)) {
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
}
