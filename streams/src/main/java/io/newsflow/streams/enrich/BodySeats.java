package io.newsflow.streams.enrich;

import java.util.List;

/**
 * Institutions named by their seat after a locative preposition in Polish and the Nordic languages: "Uniwersytet Medyczny w
 * Lublinie", "Sąd Okręgowy w Warszawie", "Universitetssjukhuset i Linköping", "Tingsrätten i Malmö", "Retten i Glostrup".
 * The preposition and the town are part of the body's name there (in German or English a body "in" a town is only where it
 * is: "Zentralrat der Juden in Deutschland" is the exception, not the rule), but only for the kinds of institution named
 * so: universities, hospitals, courts, offices, academies, museums, theatres and a town's guard and police.
 */
final class BodySeats {

    /** Polish heads of a name whose seat follows ("Uniwersytet", "Uniwersytecki Szpital"), as the start of the word. */
    private static final List<String> POLISH_HEADS = List.of("uniwersyte", "szpital", "sąd", "urząd", "politechnik",
            "akademi", "instytut", "muze", "teatr", "filharmoni", "prokuratur", "izba",
            // a town's guard and police headquarters: "Straż Miejska w Gdańsku", "Komenda Miejska Policji w Lublinie"
            "straż", "komend");
    /**
     * Nordic kinds in their definite form, named by their seat alone ("Universitetssjukhuset", "Tingsrätten",
     * "Länsstyrelsen"); not a compound with a name of its own ("Vrinnevisjukhuset i Norrköping" is where it stands).
     */
    private static final WordSet NORDIC_HEADS = WordSet.of("universitetssjukhuset", "länssjukhuset", "sjukhuset", "lasarettet",
            "universitetet", "högskolan", "tingsrätten", "hovrätten", "kammarrätten", "förvaltningsrätten", "migrationsdomstolen",
            "länsstyrelsen", "byretten", "tingretten", "lagmannsretten", "landsretten", "universitetshospitalet", "sykehuset",
            "sygehuset", "universitetssykehuset");
    private static final int NORDIC = 1 << Languages.index("sv") | 1 << Languages.index("da") | 1 << Languages.index("no");

    private BodySeats() {
    }

    /**
     * The end of the name of a capitalised span [i, j) that is such an institution, once its seat is added ("w Lublinie",
     * "i Linköping"); else {@code j}.
     */
    static int end(String text, Tokens tokens, int i, int j, int stopLanguages) {
        boolean polish = (stopLanguages & Languages.POLISH) != 0;
        if (j + 1 >= tokens.size() || !polish && (stopLanguages & NORDIC) == 0) {
            return j;
        }
        String preposition = tokens.word(j).surface();
        boolean locative = polish ? preposition.equals("w") || preposition.equals("we") : preposition.equals("i");
        if (!locative || !tokens.word(j + 1).capitalised() || !CandidateFinder.adjacent(text, tokens, j - 1, j)
                || !CandidateFinder.adjacent(text, tokens, j, j + 1) || !institution(tokens, i, j, polish)) {
            return j;
        }
        return j + 2;
    }

    private static boolean institution(Tokens tokens, int i, int j, boolean polish) {
        for (int k = i; k < j; k++) {
            String lower = tokens.word(k).lower();
            if (polish ? POLISH_HEADS.stream().anyMatch(lower::startsWith) : NORDIC_HEADS.contains(lower)) {
                return true;
            }
        }
        return false;
    }
}
