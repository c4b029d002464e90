package io.newsflow.streams.enrich;

import java.util.List;
import java.util.Locale;

/**
 * "sulla Roma-Palermo", "le train Paris-Berlin", "the London-Edinburgh sleeper": two listed places joined by a hyphen
 * name a route between them, no third place; each is a mention of its own. Not a name a list holds with its hyphen
 * ("Baden-Württemberg", "Guinea-Bissau"), nor a word with a part no list holds as a place ("Berlin-Mitte"); not a
 * continent's trade ("Asia-Europe", which the texts do not label as two places); not in German, where a city and its
 * district are written so ("Wien-Simmering", "Hamburg-Altona").
 */
final class RoutePairs {

    private static final int PLACES = Gazetteer.PLACE | Gazetteer.TOWN;
    private static final WordSet CONTINENTS = WordSet.of("africa", "america", "asia", "europe", "oceania", "eurasia",
            "afrika", "amerika", "asien", "europa", "afrique", "amérique", "asie", "áfrica", "américa", "ásia");

    private RoutePairs() {
    }

    /** Adds the two places of the one-word span's route to {@code out}; false, adding nothing, when it is none. */
    static boolean add(Span span, int at, List<Candidate> out) {
        String word = span.tokens.word(at).surface();
        if (span.capitalisedNouns) {
            return false;
        }
        int hyphen = word.indexOf('-');
        if (hyphen < 3 || word.length() - hyphen < 4 || word.indexOf('-', hyphen + 1) >= 0
                || !Character.isUpperCase(word.charAt(hyphen + 1))
                || Gazetteer.get().listed(word.toLowerCase(Locale.ROOT)) != 0) {
            return false;
        }
        String from = word.substring(0, hyphen);
        String to = word.substring(hyphen + 1);
        if (!Word.of(from).has(PLACES) || !Word.of(to).has(PLACES) || CONTINENTS.contains(from.toLowerCase(Locale.ROOT))
                || CONTINENTS.contains(to.toLowerCase(Locale.ROOT))) {
            return false;
        }
        Candidate route = span.candidate(at, at + 1, false, span.tokens.initial(at));
        out.add(CandidateRebuilds.part(route, 0, from));
        out.add(CandidateRebuilds.part(route, hyphen + 1, to));
        return true;
    }
}
