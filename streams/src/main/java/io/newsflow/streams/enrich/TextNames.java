package io.newsflow.streams.enrich;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The names of several words the text gave its entities, found again in a title or heading
 * ("Kenya Airways returns to profit"): {@link ImpliedMentions} skips such a name whole, so its first
 * word is not counted as a place of its own (Kenya). Listed names are not skipped: they are counted
 * as mentions there.
 *
 * <p>It reads the live list of entities, which {@link ImpliedMentions} changes in place; only the
 * first words are gathered once, when the first title word is asked about.
 */
final class TextNames {

    private static final int LONGEST_KNOWN_NAME = 5;
    private final Gazetteer gazetteer = Gazetteer.get();
    private final List<Entity> entities;
    /** See {@link #firstWords()}: built when a title is read, from the entities the text gave. */
    private int[] firstWords;

    TextNames(List<Entity> entities) {
        this.entities = entities;
    }

    /**
     * The length of an unlisted name of two or more words the text gave an entity, starting at token
     * i; else 0.
     */
    int lengthAt(Tokens tokens, int i) {
        if (Arrays.binarySearch(firstWords(), tokens.word(i).lowerHash()) < 0) {
            return 0; // most title words open no name of several words: no string is built
        }
        for (int n = Math.min(LONGEST_KNOWN_NAME, tokens.size() - i); n >= 2; n--) {
            if (gazetteer.mayListPhrase(PhraseHashes.run(tokens, i, tokens.word(i).lower(), n))
                    && (gazetteer.listed(tokens.lowers(i, i + n)) & (Gazetteer.PLACE | Gazetteer.ORGANIZATION)) != 0) {
                return 0;
            }
            String name = tokens.surfaces(i, i + n);
            for (Entity e : entities) {
                if (e.name().equalsIgnoreCase(name)) {
                    return n;
                }
            }
        }
        return 0;
    }

    /** The Nordic municipality's word after its town's name: "Umeå kommun", "Aarhus Kommune", "Tromsø kommune". */
    private static final WordSet MUNICIPALITIES = WordSet.of("kommun", "kommune");

    /**
     * Whether a body the text names is named for this town as its seat, the town after a lower-case word ("la Ville de
     * Roubaix", "Blackburn with Darwen Borough Council") or before a Nordic municipality's word ("Umeå kommun"): a title
     * naming the town alone ("Roubaix réduit les horaires de ses piscines") names the place then. Not another body whose
     * name opens with it, as a company's may ("Vail Resorts").
     */
    boolean seatOfBody(Word town) {
        if (!town.has(Gazetteer.TOWN)) {
            return false;
        }
        String name = town.surface();
        for (Entity e : entities) {
            String body = e.name();
            int at = e.type() == EntityType.ORGANIZATION && body.length() > name.length() ? body.indexOf(name) : -1;
            if (at > 1 && body.charAt(at - 1) == ' ' && Character.isLowerCase(body.charAt(body.lastIndexOf(' ', at - 2) + 1))
                    && (at + name.length() == body.length() || body.charAt(at + name.length()) == ' ')
                    || at == 0 && MUNICIPALITIES.contains(body.substring(name.length()).strip().toLowerCase(java.util.Locale.ROOT))) {
                return true; // (or the Nordic town's municipality after it: "Umeå kommun", "Aarhus Kommune")
            }
        }
        return false;
    }

    /**
     * The hashes of the lower-case first words of the entities' names of several words, sorted,
     * gathered once: a word whose lower-case form hashes to none of them opens no such name (a
     * word that shares a hash only goes on to the exact comparison). No string is built.
     */
    private int[] firstWords() {
        if (firstWords == null) {
            int[] hashes = new int[entities.size()];
            int size = 0;
            for (Entity e : entities) {
                int space = e.name().indexOf(' ');
                if (space > 0) {
                    hashes[size++] = lowerHash(e.name(), space);
                }
            }
            firstWords = Arrays.copyOf(hashes, size);
            Arrays.sort(firstWords);
        }
        return firstWords;
    }

    /** {@code name.substring(0, end).toLowerCase(Locale.ROOT).hashCode()}, without the strings when ASCII. */
    static int lowerHash(String name, int end) {
        int h = 0;
        for (int k = 0; k < end; k++) {
            char c = name.charAt(k);
            if (c >= 128) {
                return name.substring(0, end).toLowerCase(Locale.ROOT).hashCode(); // case rules beyond ASCII
            }
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        return h;
    }
}
