package io.newsflow.producer.parse.text;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * An outlet's initials and its name spelled out: "DN" and "Diário de Notícias", "ÚH" and "Última Hora", "DNA" and
 * "Dernières Nouvelles d'Alsace" (a word's elided article gives no letter). A site sets its initials as its logo and
 * its desk signs with them ("Redacción ÚH"); the name written out is the one to keep.
 */
public final class OutletInitials {

    /** An article opening a paper's name, which its initials leave out: "The Jordan Times" is "JT". */
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?:The|La|Le|Les|El|Il|Die|Der|Das|De|Het|O|A) ");

    private OutletInitials() {
    }

    /**
     * Whether {@code name} is short for {@code full} as a site writes it: its initials (not a listed agency's, whose initials
     * are its name: "AFP") or its brand before the site's own word glued on ("ZDF" of "ZDFheute").
     */
    public static boolean shortFor(String name, String full) {
        return spell(name, full) && SignatureDetector.agencyCredit(name).isEmpty() || name.length() >= 2 && full.startsWith(name)
                && name.chars().allMatch(Character::isUpperCase) && full.substring(name.length()).matches("\\p{Ll}{3,12}");
    }

    /** Whether {@code initials} (two letters or more, perhaps one more than the name's words give) spell {@code name}. */
    public static boolean spell(String initials, String name) {
        if (initials == null || name == null) {
            return false;
        }
        String logo = initials.strip();
        StringBuilder letters = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            int apostrophe = Math.max(word.indexOf('\''), word.indexOf('’'));
            String part = apostrophe > 0 && apostrophe < 3 ? word.substring(apostrophe + 1) : word; // "d'Alsace"
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                letters.append(part.charAt(0));
            }
        }
        String spelled = letters.toString();
        if (!logo.startsWith(spelled) && LEADING_ARTICLE.matcher(name.strip()).lookingAt()) {
            spelled = spelled.substring(1); // "JT" of "The Jordan Times": the article left out
        }
        return spelled.length() >= 2 && logo.startsWith(spelled) && logo.length() - spelled.length() <= 1
                && logo.chars().allMatch(Character::isUpperCase);
    }

    /** "CN" of "Courthouse News Service" (its datelines' credit): two capitals or more, the initials of the name's first words. */
    public static boolean opensName(String initials, String name) {
        return initials.length() >= 2 && initials.chars().allMatch(Character::isUpperCase) && firstLetters(name).startsWith(initials);
    }

    /** The first letter of every word of the name, as written: "CNS" of "Courthouse News Service", "CdM" of "Café del Montenegro". */
    private static String firstLetters(String name) {
        StringBuilder letters = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            letters.append(word.charAt(0));
        }
        return letters.toString();
    }

    /**
     * Initials of every word of the name, particles' too, as a logo sets them: with a particle's letter in lower case ("CdM"
     * of "Café del Montenegro"), or in capitals for a name in sentence case ("TASR" of "Tlačová agentúra Slovenskej
     * republiky").
     */
    public static boolean spellEveryWord(String initials, String name) {
        String logo = initials == null ? "" : initials.strip();
        if (name == null || logo.length() < 3) {
            return false;
        }
        String letters = firstLetters(name);
        String upper = logo.toUpperCase(java.util.Locale.ROOT);
        return letters.equals(logo) || logo.equals(upper) && letters.toUpperCase(java.util.Locale.ROOT).equals(logo);
    }

    /**
     * A logo of the name's first syllable and the other words' initials: "BelTA" of "Belarusian Telegraph Agency", each
     * capital opening a word and the lower-case letters after it the same word's next ones.
     */
    public static boolean spellSyllables(String logo, String name) {
        if (logo == null || name == null) {
            return false;
        }
        String[] parts = logo.strip().split("(?=\\p{Lu})");
        String[] words = name.strip().split("\\s+");
        if (parts.length < 2 || parts.length != words.length || Arrays.stream(parts).allMatch(p -> p.length() == 1)) {
            return false;
        }
        for (int k = 0; k < parts.length; k++) {
            if (!Character.isUpperCase(parts[k].charAt(0)) || !words[k].regionMatches(true, 0, parts[k], 0, parts[k].length())) {
                return false;
            }
        }
        return true;
    }
}
