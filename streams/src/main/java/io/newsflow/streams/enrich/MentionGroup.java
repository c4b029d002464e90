package io.newsflow.streams.enrich;

import io.newsflow.streams.enrich.EntityClassifier.Strength;
import io.newsflow.streams.enrich.EntityClassifier.Typed;
import java.util.Locale;

/**
 * The mentions of one name that {@link EntityResolver} merges: votes for a type, the longest surface
 * form, the strongest evidence, the country code; it becomes one {@link Entity}.
 */
final class MentionGroup {
    private static final EntityType[] TYPES = EntityType.values();
    private final String key;
    private final int[] votes = new int[TYPES.length];
    /** The entity the group became, once resolved (null: dropped as a weak guess). */
    private Entity entity;
    private Strength best = Strength.WEAK;
    private EntityType bestType;
    /** The mention with the longest name (joined only at the end), and its name's length. */
    private Candidate longest;
    private int longestLength;
    private boolean longestExact;
    private String countryCode;
    private int mentions;

    MentionGroup(String key) {
        this.key = key;
    }

    /** The lower-case name the mentions resolved to. */
    String key() {
        return key;
    }

    /** Only weak guesses support the name (a capitalised sentence opener, a German noun): no entity. */
    boolean weak() {
        return best == Strength.WEAK;
    }

    /** The entity the group became, or null while unresolved or when dropped. */
    Entity entity() {
        return entity;
    }

    /** Makes the group its entity, named by the article's own form of the name when it has one. */
    Entity resolve(String documentForm) {
        entity = toEntity(documentForm);
        return entity;
    }

    void add(Typed t, EntityType type, Strength strength) {
        mentions++;
        votes[type.ordinal()] += 1 << strength.ordinal();
        if (strength.compareTo(best) > 0) {
            best = strength;
        }
        int length = t.candidate().key().length();
        boolean exact = t.candidate().key().equals(key);
        // the name as the text spells it best: the longest exact mention, and "Paris" over a dateline's "PARIS"
        boolean lessShouting = longest != null && length == longestLength && shouting(longest)
                && !shouting(t.candidate());
        if (exact && (length > longestLength || !longestExact || lessShouting)) {
            longest(t.candidate());
            longestExact = true;
        } else if (!longestExact && (length > longestLength || lessShouting)) {
            longest(t.candidate());
        }
        if (t.countryCode() != null) {
            countryCode = t.countryCode();
        }
        int most = -1;
        for (EntityType candidateType : TYPES) {
            if (votes[candidateType.ordinal()] > most) {
                most = votes[candidateType.ordinal()];
                bestType = candidateType;
            }
        }
    }

    /** Whether the mentions so far make a person. */
    boolean person() {
        return bestType == EntityType.PERSON;
    }

    private void longest(Candidate c) {
        longest = c;
        longestLength = c.size() - 1; // the length name() will have: words and the spaces between
        for (int i = 0; i < c.size(); i++) {
            longestLength += c.word(i).length();
        }
    }

    Entity toEntity(String documentForm) {
        String name = documentForm != null ? documentForm : longest == null ? "" : longest.name();
        if (bestType == EntityType.PERSON || bestType == EntityType.LOCATION && isCapitalsOnly(name)) {
            name = titleCaseShouting(name);
        }
        return new Entity(name, bestType, mentions, bestType == EntityType.LOCATION ? countryCode : null);
    }

    /** "NEW YORK", "TOKYO" (a dateline's place): all capitals, words of three letters or more; not "USA". */
    static boolean isCapitalsOnly(String name) {
        int end = name.length();
        while (end > 0 && name.charAt(end - 1) == ' ') {
            end--; // as String.split, which the rule was first written with: trailing empty words are none
        }
        if (end == 0) {
            return name.length() >= 4;
        }
        int words = 0;
        for (int from = 0; from < end; words++) {
            int to = name.indexOf(' ', from);
            to = to < 0 || to > end ? end : to;
            if (to - from < 3 || !allCapsWithoutDot(name, from, to)) { // "U.S." is an initialism
                return false;
            }
            from = to + 1;
        }
        return words > 1 || name.length() >= 4;
    }

    /** {@link Token#isAllCaps} of {@code name[from, to)}, which has no full stop. */
    private static boolean allCapsWithoutDot(String name, int from, int to) {
        int letters = 0;
        for (int i = from; i < to; i++) {
            char c = name.charAt(i);
            if (c == '.' || Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    /** "Tomas HALVORSEN" (a byline's capitalised surname) becomes "Tomas Halvorsen". */
    static String titleCaseShouting(String name) {
        if (!shouting(name)) {
            return name; // the common case: no word with two capitals, nothing to change
        }
        StringBuilder sb = new StringBuilder();
        for (String w : name.split(" ")) {
            if (w.length() >= 3 && Token.isAllCaps(w) && w.indexOf('.') < 0) {
                w = w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
            }
            sb.append(sb.length() > 0 ? " " : "").append(w);
        }
        return sb.toString();
    }

    /**
     * {@link #shouting(String)} of the candidate's {@link Candidate#name()}, read word by word: the name is its
     * words joined by spaces (the last one perhaps with a full stop), so no name is built for a repeated mention.
     */
    private static boolean shouting(Candidate c) {
        for (int i = 0; i < c.size(); i++) {
            if (shouting(c.word(i).surface())) {
                return true;
            }
        }
        return false;
    }

    /** Whether some space-separated word has two or more capitals (all-caps needs two letters). */
    static boolean shouting(String name) {
        int capitals = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ') {
                capitals = 0;
            } else if (Character.isUpperCase(c) && ++capitals >= 2) {
                return true;
            }
        }
        return false;
    }
}
