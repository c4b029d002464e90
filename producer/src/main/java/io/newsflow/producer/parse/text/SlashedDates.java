package io.newsflow.producer.parse.text;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numeric date with slashes, full stops or hyphens ({@code 10/07/2024}, {@code 08.10.2024}): day first, or month first
 * only when it is slashed, its first number could be a month and nothing around it says the page writes the day first
 * (the US's order). The words of the line and of the rest of its line, and the clock beside it, decide; the clock's
 * groups are {@link DateExtractor}'s numeric shape's.
 */
final class SlashedDates {

    /** Words around a slashed date on pages that write the day first (French, German, Spanish, Italian, Portuguese, Dutch, Polish, Nordic). */
    private static final Pattern DAY_FIRST_CUES = Pattern.compile("(?<![\\p{L}])(?:le|à|um|el|às|a las|alle|om|dnia|"
            + "publié|modifié|mis à jour|publicado|actualizado|actualizada|atualizado|atualizada|veröffentlicht|aktualisiert|pubblicato|aggiornato|"
            + "gepubliceerd|bijgewerkt|opublikowano|aktualizacja|publicerad|uppdaterad|udgivet|opdateret|publisert|oppdatert|"
            + "publikováno|aktualizováno|"
            + "uhr|kl\\.)(?![\\p{L}])|\\d{1,2}h\\d{2}", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private SlashedDates() {
    }

    /**
     * The context of a date on a page known to write the day first ({@link DateExtractor#findOnDayFirstPage}): compared
     * by identity, so no line's text can pass for it.
     */
    static final String DAY_FIRST_PAGE = new String("(a page that writes the day first)");

    /** "10/07/2024" is October 7 in the US, 10 July elsewhere: the words and clock around it, or the page, decide. */
    static LocalDate of(Matcher m, String text, String context) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        boolean monthFirst = "/".equals(m.group(2)) && a <= 12 && b <= 31 && (b > 12 || context != DAY_FIRST_PAGE
                && !dayFirst(text, m) && !DAY_FIRST_CUES.matcher(context).find());
        int year = Integer.parseInt(m.group(4)) + (m.group(4).length() == 2 ? 2000 : 0); // ("07/12/26 10:12": the years 2000 to 2099)
        return DateExtractor.date(year, monthFirst ? a : b, monthFirst ? b : a);
    }

    /**
     * Whether a slashed date is written day first: a label or word of a language that writes it so
     * ("Publié le 07/10/2024 à 18h05", "Veröffentlicht am", "Publicado el"), a clock like "18h05", or
     * a 24-hour time past noon without a.m./p.m. (US pages, which write month first, use a 12-hour clock).
     */
    private static boolean dayFirst(String text, Matcher numeric) {
        if (Integer.parseInt(numeric.group(1)) > 12) {
            return true;
        }
        String hour = numeric.group(5);
        if (hour != null && numeric.group(8) != null) {
            return false; // "10/07/2024 6:05 PM": a US page
        }
        if (hour != null) {
            return true; // "01/12/2025 12:35": a 24-hour clock, which US pages do not use
        }
        return DAY_FIRST_CUES.matcher(text).find();
    }
}
