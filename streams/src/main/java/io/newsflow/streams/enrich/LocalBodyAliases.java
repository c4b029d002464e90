package io.newsflow.streams.enrich;

/**
 * The short name an article gives a local body after naming it in full, for {@link NameAliases}: a branch named by its
 * acronym and its town ("ADFC München" ... "der ADFC", "ETH Zürich" ... "die ETH") and a town's council ("el
 * Ayuntamiento de Sevilla" ... "el Ayuntamiento"). A country's or a nation's body is left out: "NHS England" is not
 * the NHS, which an article about it names as well.
 */
final class LocalBodyAliases {

    /** The United Kingdom's nations, which have no country code of their own. */
    private static final WordSet NATIONS = WordSet.of("england", "scotland", "wales");

    private LocalBodyAliases() {
    }

    /** The lower-case short name of the organisation's candidate, or null when its name has none of these shapes. */
    static String of(Candidate c) {
        if (c.size() == 2 && c.word(0).hasClass(Word.ALL_CAPS) && c.word(1).has(Gazetteer.PLACE)
                && !c.word(0).has(Gazetteer.ORGANIZATION) // a listed body's own acronym names the body itself
                && Gazetteer.get().countryCode(c.lower(1)) == null && !NATIONS.contains(c.lower(1))) {
            return c.lower(0);
        }
        if (c.size() == 3 && TownCues.isCouncil(c.lower(0)) && PlaceCues.OF.contains(c.lower(1))) {
            return c.lower(0);
        }
        return null;
    }
}
