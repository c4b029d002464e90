package io.newsflow.streams.enrich;

import io.newsflow.streams.enrich.EntityClassifier.Strength;
import io.newsflow.streams.enrich.EntityClassifier.Typed;
import java.util.List;

/**
 * Names listed with an organisation are organisations: "Maersk and MSC both run weekly services",
 * "Fingrid and Elering, the grid operators". An unknown name opening a sentence is typed as an
 * organisation only weakly (it is as often a capitalised common word) and dropped unless
 * something confirms it; an "and" to a sure organisation does.
 */
final class OrganisationLists {

    private OrganisationLists() {
    }

    /** Promotes weak organisations joined by "and" to a cued or known one; changes {@code typed} in place. */
    static void coordinated(List<Typed> typed, List<Paragraph> paragraphs) {
        for (int i = 0; i + 1 < typed.size(); i++) {
            Typed a = typed.get(i);
            Typed b = typed.get(i + 1);
            if (a.type() != EntityType.ORGANIZATION || b.type() != EntityType.ORGANIZATION
                    || (a.strength() == Strength.WEAK) == (b.strength() == Strength.WEAK)
                    || a.candidate().paragraph() != b.candidate().paragraph()
                    || b.candidate().start() - a.candidate().end() > PlaceLists.MAX_GAP) {
                continue;
            }
            Typed weak = a.strength() == Strength.WEAK ? a : b;
            Typed sure = weak == a ? b : a;
            if (sure.strength().compareTo(Strength.CUED) < 0 || weak.candidate().size() != 1
                    || !PlaceLists.joinedByAnd(paragraphs.get(a.candidate().paragraph()).text(), a.candidate(), b.candidate())) {
                continue;
            }
            typed.set(weak == a ? i : i + 1, new Typed(weak.candidate(), EntityType.ORGANIZATION, Strength.CUED, null));
        }
    }

    /**
     * "Météo-France", "Radio-Canada", "Télé-Québec" is not: a common word, a hyphen and a country, one word, names a national
     * body or brand, not a place (no place, town, compass word, region's part or demonym before the hyphen: "Guinea-Bissau"
     * is listed).
     */
    static boolean nationalBrand(Word w) {
        String surface = w.surface();
        int dash = surface.lastIndexOf('-');
        if (dash < 3 || dash > surface.length() - 4 || surface.indexOf('-') != dash || !Character.isUpperCase(surface.charAt(dash + 1))
                || Gazetteer.get().countryCode(surface.substring(dash + 1).toLowerCase(java.util.Locale.ROOT)) == null) {
            return false;
        }
        Word head = Word.of(surface.substring(0, dash));
        return head.capitalised() && !PlaceCues.regionPart(head.lower()) // "Nord-France": a country's part
                && !head.has(Gazetteer.PLACE | Gazetteer.TOWN | Gazetteer.DEMONYM | Gazetteer.PLACE_KEYWORD);
    }

    /** Clubs named by their city's English name, which these languages do not use for the city. */
    private static final WordSet CLUB_EXONYMS = WordSet.of("milan");
    private static final WordSet CITY_EXONYM_LANGUAGES = WordSet.of("en", "fr");

    /**
     * "l'Inter e il Milan", "el Milan", "der AC Milan": outside English and French text, "Milan" is the club (the city is
     * Milano, Milán, Mailand, Milão, Mediolan).
     */
    static boolean clubByExonym(Candidate c, String language) {
        return c.size() == 1 && CLUB_EXONYMS.contains(c.lower(0)) && language != null && !CITY_EXONYM_LANGUAGES.contains(language);
    }
}
