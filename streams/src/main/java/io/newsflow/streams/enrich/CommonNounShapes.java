package io.newsflow.streams.enrich;

import java.util.Locale;

/**
 * Capitalised words that read as names but are common nouns: the plural of an acronym ("VLCCs",
 * "SUVs", "NGOs"), chemical formulas ("CO2", "NOx"), adjectives of origin ("Chinese-built"), the
 * acronyms of common things ("her GP surgery", "GDP", "an IPO"), road numbers ("the A470", "E6") and a
 * US politician's party and state ("D-N.Y.").
 * All were typed as organisations on unseen articles; none names a person, place or organisation.
 */
final class CommonNounShapes {

    private static final WordSet FORMULAS = WordSet.of("co2", "co₂", "no2", "nox", "so2", "ch4", "n2o", "h2", "o3",
            "pm10", "pm2", "h2o", "nh3", "lng", "lpg",
            // acronyms of common things, not of bodies
            "gp", "gps", "gdp", "gnp", "ipo", "vat", "ai", "ev", "dna", "hiv", "ppe", "atm", "pdf", "usb", "tv", "ngo",
            "esg", "faq", "diy", "suv", "cfo", "cto", "coo", "hr", "pr", "ceo",
            // information technology and German's artificial intelligence: "IT-Sicherheitsberater", "KI-Modelle"
            "it", "ki",
            // a phone's messages: "alerty SMS", "an SMS alert"
            "sms", "mms",
            // small and mid-sized firms: "les PME", "KMU", "het mkb", "las pymes"
            "pme", "tpe", "eti", "sme", "smes", "kmu", "mkb", "pyme", "pymes",
            // medicine's: "the second MMR dose", "an MRI scan"
            "mmr", "hpv", "rsv", "icu", "ivf", "mri", "adhd", "ptsd", "bmi", "a&e",
            // football's video assistant referee: "reviewed by VAR"
            "var",
            // pollutants: "la pollution aux PFAS"
            "pfas", "pfoa", "pfos", "pcb", "ddt");

    private CommonNounShapes() {
    }

    /** Whether the word is a formula or an acronym's plural (a lookup and a char scan: this runs per candidate). */
    static boolean isCommonNoun(Word word) {
        return FORMULAS.contains(word.lower()) || pluralAcronym(word.surface()) || demonymCompound(word.surface())
                || word.has(Gazetteer.DEMONYM_PAIR) // "Italian-Australian": two places' adjectives, no name
                || acronymCompound(word.surface()) || romanNumeral(word.surface())
                || calendarRange(word.surface()) || roadNumber(word.surface()) || amount(word.surface())
                || partyAffiliation(word.surface()) || frenchPeople(word.surface());
    }

    /**
     * "de jeunes Roubaisiens", "les Valenciennoises": French names a town's people in the plural with "-iens" or "-iennes"
     * (and "-oises"), a common noun; a town no list holds was read as a body ("Roubaisiens").
     */
    private static boolean frenchPeople(String word) {
        return word.length() > 7 && (word.endsWith("iens") || word.endsWith("iennes") || word.endsWith("oises"));
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

    /** "molo VIII", "fase II": a Roman numeral alone is no name (inside one it stays: "Elizabeth II"). */
    private static boolean romanNumeral(String word) {
        if (word.length() < 2 || word.length() > 6) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if ("IVX".indexOf(word.charAt(k)) < 0) { // not C or L: "CCI" is a chamber of commerce
                return false;
            }
        }
        return true;
    }

    /** "LNG-powered", "EU-funded", "UK-registered": an acronym and a lower-case word make an adjective, no name. */
    private static boolean acronymCompound(String word) {
        int hyphen = word.indexOf('-');
        if (hyphen < 2 || hyphen > 5 || hyphen == word.length() - 1 || !Character.isLowerCase(word.charAt(hyphen + 1))
                && !FORMULAS.contains(word.substring(0, hyphen).toLowerCase(Locale.ROOT))) { // "CO2-Ausstoß": German's noun
            return false;
        }
        for (int k = 0; k < hyphen; k++) {
            if (!Character.isUpperCase(word.charAt(k)) && !Character.isDigit(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** "Sh30", "Rs500", "KSh2": a sum in shillings or rupees, written with the currency's letters glued on. */
    private static boolean amount(String word) {
        int digit = 0;
        while (digit < word.length() && Character.isLetter(word.charAt(digit))) {
            digit++;
        }
        return digit > 0 && digit < word.length() && Character.isDigit(word.charAt(digit))
                && CURRENCIES.contains(word.substring(0, digit).toLowerCase(Locale.ROOT));
    }

    private static final WordSet CURRENCIES = WordSet.of("sh", "ksh", "ush", "tsh", "rs", "tk", "rp", "rm", "php");

    /**
     * "D-N.Y.", "R-Texas", "I-Vt.": a US politician's party and state after the name ("Sen. Chuck
     * Schumer, D-N.Y., said"), no name of its own.
     */
    private static boolean partyAffiliation(String word) {
        if (word.length() < 3 || word.charAt(1) != '-' || !Character.isUpperCase(word.charAt(2))) {
            return false;
        }
        char party = word.charAt(0);
        return party == 'D' || party == 'R' || party == 'I';
    }

    /**
     * "A470", "M25", "E6", "N7": a road's number (a letter of the road classes, then one to four digits);
     * "T10", "S8", "L9": a tram, suburban-train or metro line's (one of those letters, then one or two digits).
     */
    private static boolean roadNumber(String word) {
        if (word.length() < 2 || word.length() > 5 || "AEMNB".indexOf(word.charAt(0)) < 0
                && (word.length() > 3 || "TSL".indexOf(word.charAt(0)) < 0)) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
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
