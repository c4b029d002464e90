package io.newsflow.streams.enrich;

import java.util.Set;

/**
 * Capitalised words that read as names but are common nouns: the plural of an acronym ("VLCCs",
 * "SUVs", "NGOs"), chemical formulas ("CO2", "NOx") and adjectives of origin ("Chinese-built"). All
 * were typed as organisations on unseen articles; none names a person, place or organisation.
 */
final class CommonNounShapes {

    private static final Set<String> FORMULAS = Set.of("co2", "co₂", "no2", "nox", "so2", "ch4", "n2o", "h2", "o3",
            "pm10", "pm2", "h2o", "nh3", "lng", "lpg");

    private CommonNounShapes() {
    }

    /** Whether the word is a formula or an acronym's plural (a lookup and a char scan: this runs per candidate). */
    static boolean isCommonNoun(Word word) {
        return FORMULAS.contains(word.lower()) || pluralAcronym(word.surface()) || demonymCompound(word.surface())
                || calendarRange(word.surface());
    }

    /** "July-September", "Mon-Fri": a span of months or days, no name (a char scan first). */
    private static boolean calendarRange(String word) {
        int hyphen = word.indexOf('-');
        if (hyphen < 3 || hyphen > word.length() - 4) {
            return false;
        }
        return Word.of(word.substring(0, hyphen)).has(Gazetteer.CALENDAR)
                && Word.of(word.substring(hyphen + 1)).has(Gazetteer.CALENDAR);
    }

    /** "Chinese-built", "German-made", "French-led": an adjective of origin, no name (a char scan first). */
    private static boolean demonymCompound(String word) {
        int hyphen = word.indexOf('-');
        if (hyphen < 3 || hyphen == word.length() - 1 || !Character.isLowerCase(word.charAt(hyphen + 1))) {
            return false;
        }
        return Word.of(word.substring(0, hyphen)).has(Gazetteer.DEMONYM);
    }

    private static boolean pluralAcronym(String word) {
        int last = word.length() - 1;
        if (last < 2 || word.charAt(last) != 's') {
            return false;
        }
        for (int i = 0; i < last; i++) {
            if (!Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
