package io.newsflow.streams.enrich;

import java.util.List;

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
        if (span.capitalisedNouns) {
            return false;
        }
        Word word = span.tokens.word(at);
        String surface = word.surface();
        int hyphen = CompoundNouns.pairHyphen(surface);
        if (hyphen < 0 || !Character.isUpperCase(surface.charAt(hyphen + 1)) || Gazetteer.get().listed(word.lower()) != 0) {
            return false;
        }
        Word from = Word.of(surface.substring(0, hyphen));
        Word to = Word.of(surface.substring(hyphen + 1));
        if (!from.has(PLACES) || !to.has(PLACES) || CONTINENTS.contains(from.lower()) || CONTINENTS.contains(to.lower())) {
            return false;
        }
        Candidate route = span.candidate(at, at + 1, false, span.tokens.initial(at));
        out.add(CandidateRebuilds.part(route, 0, from.surface()));
        out.add(CandidateRebuilds.part(route, hyphen + 1, to.surface()));
        return true;
    }
}
