package io.newsflow.streams.enrich;

import io.newsflow.streams.enrich.EntityClassifier.Strength;
import io.newsflow.streams.enrich.EntityClassifier.Typed;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names listed together with a place are places ("Shrewsbury, Bewdley and Upton-upon-Severn",
 * "between Basel and Busto Arsizio", "from Świnoujście to Esbjerg", "at Nigg or Montrose"), and how
 * two names are joined as a list, which {@link OrganisationLists} and {@link TownCues} read too.
 */
final class PlaceLists {

    /** Words with which a German town's name goes on in lower case: "Furth im Wald", "Weiden in der Oberpfalz". */
    private static final WordSet TOWN_NAME_GOES_ON = WordSet.of("im", "am", "an", "in", "ob", "bei", "unter", "vor");
    /** "between X and Y" in the languages read: "zwischen Innsbruck und Franzensfeste". */
    private static final WordSet BETWEEN = WordSet.of("between", "zwischen", "entre", "tra", "fra", "tussen", "mellan",
            "mellem", "między");
    /** "from X to Y" lists places: the words for "from" before the first name and "to" between. */
    private static final WordSet FROM = WordSet.of("from", "von", "de", "desde", "da", "van");
    /** "the quays at Nigg or Montrose": "or" lists places as "and" does (not Dutch "of", English's "of"). */
    private static final WordSet OR = WordSet.of("or", "oder", "ou", "o", "eller", "lub");
    private static final WordSet FROM_TO = WordSet.of("to", "nach", "bis", "à", "a", "hasta", "naar", "tot");
    /** Articles of the list languages that {@link Word#ARTICLE} does not hold (Italian, Portuguese), and French "de". */
    private static final WordSet LIST_ARTICLES = WordSet.of("il", "lo", "gli", "i", "o", "os", "as", "l",
            "de", "d", "du", "des"); // "au large de Belle-Île-en-Mer et de Groix"

    /** Swedish, Danish and Norwegian "in" and "on", which {@link Word#LOCATIVE} leaves out (Italian's "i" is an article). */
    private static final WordSet NORDIC_IN = WordSet.of("i", "på");

    /** The longest gap between two listed names: ", and the " plus slack. */
    static final int MAX_GAP = 24;
    /** How two names are joined ({@link #coordination}): not as a list, by a comma only, by "and" or "from ... to". */
    private static final int NONE = 0, COMMA = 1, WORD = 2;

    private PlaceLists() {
    }

    /**
     * Names listed together with a place are places: "Shrewsbury, Bewdley and Upton-upon-Severn",
     * "between Basel and Busto Arsizio", "from Świnoujście to Esbjerg". An unknown name that was
     * typed only by default next to a known or cued place, joined by "and", a comma,
     * articles or "from ... to", becomes a place; a run of names is followed both ways. In a Dutch article
     * ({@code stopLanguages}, {@link DutchAnd}) "en" is "and" too (elsewhere it is French and Spanish "in").
     */
    static void coordinated(List<Typed> typed, List<Paragraph> paragraphs, int stopLanguages) {
        Set<String> places = new HashSet<>();
        for (Typed t : typed) {
            if (placeAnchor(t)) {
                places.add(t.candidate().key()); // a name cued as a place anywhere anchors all its mentions
            }
        }
        between(typed, paragraphs, places, stopLanguages);
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i + 1 < typed.size(); i++) {
                Typed a = typed.get(i);
                Typed b = typed.get(i + 1);
                if (a.candidate().paragraph() != b.candidate().paragraph()
                        || b.candidate().start() - a.candidate().end() > MAX_GAP) {
                    continue; // most neighbours are sentences apart: ruled out before any lookup
                }
                boolean placeA = places.contains(a.candidate().key()) || townAnchor(a, b);
                boolean placeB = places.contains(b.candidate().key()) || townAnchor(b, a);
                if (placeA == placeB) {
                    continue;
                }
                String text = paragraphs.get(a.candidate().paragraph()).text();
                // "les usines de Daikin à Pierre-Bénite": an owner after "of", no route's start
                String previous = PlaceShapes.ownedAfterOf(a.candidate()) ? "" : a.candidate().previous();
                int join = coordination(text, a.candidate().end(), b.candidate().start(), previous, stopLanguages);
                // a comma alone joins a list only if the list goes on:
                // "in Norway, Siri Espedal Kindem, said" is an apposition
                if (join == NONE || join == COMMA && !listGoesOn(typed, i + 1, text, stopLanguages)) {
                    continue;
                }
                int guess = placeA ? i + 1 : i;
                Typed t = typed.get(guess);
                // not WEAK (German nouns, sentence openers), and not "the Everyman in Cheltenham" (a thing in a town)
                if (t.strength() == Strength.DEFAULT && !locatedThing(text, t.candidate())) {
                    typed.set(guess, new Typed(t.candidate(), EntityType.LOCATION, Strength.CUED, null));
                    places.add(t.candidate().key());
                }
            }
        }
    }

    /**
     * "zwischen Wendlingen und Ulm", "between Tisdale and Regina": the two sides of "between X and Y", one a
     * listed town or place or a name cued as a place ({@code places}), are both places, however weakly each
     * was typed (German types every lone noun weakly); a name known or cued otherwise keeps its type. The
     * names made places join {@code places}.
     */
    private static void between(List<Typed> typed, List<Paragraph> paragraphs, Set<String> places, int stopLanguages) {
        for (int i = 0; i + 1 < typed.size(); i++) {
            Candidate a = typed.get(i).candidate();
            Candidate b = typed.get(i + 1).candidate();
            if (!BETWEEN.contains(a.previous()) || a.paragraph() != b.paragraph() || b.start() - a.end() > MAX_GAP
                    || !(betweenAnchor(a, places) || betweenAnchor(b, places))
                    || coordination(paragraphs.get(a.paragraph()).text(), a.end(), b.start(), a.previous(), stopLanguages) != WORD) {
                continue;
            }
            for (int k = i; k <= i + 1; k++) {
                Typed t = typed.get(k);
                // (not a town's name cut short: "Furth" of "Furth im Wald")
                if ((t.strength() == Strength.WEAK || t.strength() == Strength.DEFAULT)
                        && !TOWN_NAME_GOES_ON.contains(t.candidate().next())) {
                    typed.set(k, new Typed(t.candidate(), EntityType.LOCATION, Strength.CUED, null));
                    places.add(t.candidate().key());
                }
            }
        }
    }

    private static boolean betweenAnchor(Candidate c, Set<String> places) {
        return c.listed(Gazetteer.TOWN | Gazetteer.PLACE) || places.contains(c.key());
    }

    /** Two names joined by "and" (and maybe commas and articles): "Maersk and MSC", "Fingrid and Elering". */
    static boolean joinedByAnd(String text, Candidate a, Candidate b) {
        return a.paragraph() == b.paragraph() && coordination(text, a.end(), b.start(), a.previous(), 0) == WORD;
    }

    /** Whether the name at {@code i} is joined to the next one ("Norway, Sweden and Denmark"). */
    private static boolean listGoesOn(List<Typed> typed, int i, String text, int stopLanguages) {
        if (i + 1 >= typed.size()) {
            return false;
        }
        Candidate b = typed.get(i).candidate();
        Candidate c = typed.get(i + 1).candidate();
        return b.paragraph() == c.paragraph() && coordination(text, b.end(), c.start(), b.previous(), stopLanguages) != NONE;
    }

    /** "the Everyman in Cheltenham": a name after "the" and before a locative names something in a place, not a place. */
    private static boolean locatedThing(String text, Candidate c) {
        return c.nextIs(Word.LOCATIVE) && c.start() >= 4 && text.regionMatches(true, c.start() - 4, "the ", 0, 4);
    }

    private static boolean placeAnchor(Typed t) {
        return t.type() == EntityType.LOCATION && t.strength().compareTo(Strength.CUED) >= 0;
    }

    /**
     * A listed town that nothing else typed, or a name typed a place by the locative before it, anchors its own mention
     * only, for a neighbour of one or two words ("quays at Stord and Haugesund": Haugesund's listing makes Stord a place
     * too; "i Viby, Risskov og Tilst": the three share the "i"), not every mention of its name, since towns' names are
     * companies' and people's names too ("Norden").
     */
    private static boolean townAnchor(Typed t, Typed other) {
        Candidate c = t.candidate();
        return t.type() == EntityType.LOCATION && t.strength() == Strength.DEFAULT
                && (c.listed(Gazetteer.TOWN) || !c.initial() && (c.previousIs(Word.LOCATIVE) || NORDIC_IN.contains(c.previous())))
                && other.candidate().size() <= 2; // "Inverness and Cromarty Firth Green Freeport": a longer name is no town
    }

    /**
     * How two names are joined ({@code text[from, to)}): by "and"-words, commas and articles, or "to"
     * after "from X" ({@link #WORD}), by commas and articles only ({@link #COMMA}), or not as a list
     * ({@link #NONE}); read in place, word by word from the {@link Word} cache.
     */
    private static int coordination(String text, int from, int to, String previous, int stopLanguages) {
        if (to - from > MAX_GAP || to < from) {
            return NONE;
        }
        boolean joined = false;
        boolean comma = false;
        for (int k = from; k < to; ) {
            char ch = text.charAt(k);
            if (ch == ',') {
                comma = true;
                k++;
            } else if (Character.isWhitespace(ch)) {
                k++;
            } else if (Character.isLetter(ch) || ch == '&') {
                int end = k + 1;
                while (end < to && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                Word word = Word.of(text, k, end);
                if (DutchAnd.joins(word, stopLanguages) || OR.contains(word.lower())
                        || FROM_TO.contains(word.lower()) && FROM.contains(previous)) {
                    joined = true;
                } else if (joined && word.length() <= 4 && (word.lower().equals(previous)
                        || word.hasClass(Word.OF_OR_FOR) && Word.of(previous).hasClass(Word.OF_OR_FOR))) {
                    // "för Skellefteå och för Norrland", "in Genoa and in Savona": the first name's preposition again;
                    // "del Lido e di Malamocco": or another form of "of"
                } else if (!word.hasClass(Word.ARTICLE) && !LIST_ARTICLES.contains(word.lower())) {
                    return NONE;
                }
                k = end;
            } else {
                return NONE; // a full stop, a bracket, a quote: not one list
            }
        }
        return joined ? WORD : comma ? COMMA : NONE;
    }
}
