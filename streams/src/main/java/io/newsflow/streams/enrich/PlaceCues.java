package io.newsflow.streams.enrich;

import io.newsflow.streams.enrich.EntityClassifier.Strength;
import io.newsflow.streams.enrich.EntityClassifier.Typed;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What says that a name no list holds is a place: its shape ("Côte de Nuits", "Boulogne-sur-Mer",
 * a town ending such as "-bury" or "-havn"), the words around it ("the port of X", "the X
 * valley"), and the names it is listed with ("Basel and Busto Arsizio"). The place words
 * themselves ("River", "Pass", "Côte", "San") are {@link Gazetteer#PLACE_KEYWORD}s. Everything
 * here runs per candidate or per article, never per token.
 */
final class PlaceCues {

    /** Lower-case connectors of place names (compared with the surface: "de" but not "De"). */
    static final Set<String> PLACE_CONNECTORS = Set.of("de", "du", "des", "di", "del", "della", "da", "do",
            "dos", "das", "der", "den", "la", "le", "am", "upon", "sur", "sous", "lès", "aan", "op");
    /** "of" in the languages of the stop lists ("the port *of* X", "ministre *de* ..."). */
    static final Set<String> OF = Set.of("of", "de", "du", "des", "di", "del", "della", "delle", "dello",
            "degli", "dei", "van", "von", "do", "da");
    /** Words that, followed by "of", name the place after them besides the place keywords. */
    private static final Set<String> PLACE_OF = Set.of("mayor", "maire", "alcalde", "alcaldesa", "sindaco",
            "burgemeester", "outskirts", "north", "south", "east", "west", "northeast", "northwest", "southeast",
            "southwest", "nord", "sud", "est", "ouest", "norte", "sur", "este", "oeste", "residents", "capital",
            "centre", "center", "suburbs", "streets", "environs", "banlieue", "périphérie", "afueras", "periferia",
            "cerca", "près", "vicino", "authorities", "autoridades", "autorités", "autorità", "government",
            "gobierno", "gouvernement", "governo", "regering", "inhabitants", "habitants", "habitantes", "abitanti",
            "citizens", "ciudadanos", "mine", "mina", "miniera", "mijn",
            // "le préfet des Côtes-d'Armor", "il quartiere della Foce": a prefect's department, a town's district
            "prefect", "préfet", "préfète", "prefetto", "prefecto", "district", "neighbourhood", "neighborhood",
            "quartier", "quartiere", "barrio", "bairro", "wijk", "stadtteil", "suburb");

    private static final String[] PLACE_SUFFIXES = {"shire", "mouth", "chester", "borough", "bury", "hausen",
        "dorf", "burg", "bourg", "stadt", "ingen", "havn", "hamn", "köping", "holm", "fjord", "polis", "abad",
        "grad", "ville", "pur", "haven",
        // quays: "Wilhelminakade", "Burchardkai", "Scheldekaai"
        "kade", "kai", "kaai"};
    private static final Set<String> FROM = Set.of("from", "von", "de", "desde", "da", "van");
    /** "the quays at Nigg or Montrose": "or" lists places as "and" does (not Dutch "of", English's "of"). */
    private static final Set<String> OR = Set.of("or", "oder", "ou", "o", "eller", "lub");
    private static final Set<String> FROM_TO = Set.of("to", "nach", "bis", "à", "a", "hasta", "naar", "tot");
    /** Articles of the list languages that {@link Word#ARTICLE} does not hold (Italian, Portuguese). */
    private static final Set<String> LIST_ARTICLES = Set.of("il", "lo", "gli", "i", "o", "os", "as", "l");

    private final Gazetteer gazetteer = Gazetteer.get();

    /**
     * A lower-case connector inside the span that place names have and person or company names
     * rarely do without a given name or an organisation word: "Côte de Nuits", "Frankfurt am
     * Main", "Monaco di Baviera", "Newcastle upon Tyne".
     */
    static boolean connector(Candidate c) {
        for (int i = 1; i < c.size() - 1; i++) {
            if (c.word(i).hasClass(Word.PLACE_CONNECTOR)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words around the name say it is a place: "the port of X", "the island of X", "the
     * mayor of X", "north of X" (a place word or direction, then "of"), or "the X valley"
     * (a place word right after it).
     */
    boolean context(Candidate c) {
        if (!c.next().isEmpty() && gazetteer.isPlaceKeyword(c.next()) && !gazetteer.isOrgKeyword(c.next())) {
            return true;
        }
        return !c.initial() && OF.contains(c.previous())
                && (gazetteer.isPlaceKeyword(c.beforePrevious()) || PLACE_OF.contains(c.beforePrevious()));
    }

    /**
     * A hyphenated place name: a lower-case connector between its parts ("Boulogne-sur-Mer",
     * "Pas-de-Calais", "Stratford-upon-Avon") or a first part that is a place word or a known
     * place ("Saint-Omer", "Côte-d'Or", "Duisburg-Hamborn").
     */
    boolean hyphenated(String word) {
        int dash = word.indexOf('-');
        if (dash <= 0) {
            return false;
        }
        String first = word.substring(0, dash).toLowerCase(Locale.ROOT);
        if (gazetteer.isPlaceKeyword(first) || gazetteer.isPlace(first)) {
            return true;
        }
        for (int from = dash + 1, next; from < word.length(); from = next + 1) {
            next = word.indexOf('-', from);
            if (next < 0) {
                return false;
            }
            String part = word.substring(from, next);
            if (PLACE_CONNECTORS.contains(part) || "en".equals(part) || "an".equals(part)) { // "Saint-Germain-en-Laye"
                return true;
            }
        }
        return false;
    }

    /**
     * Endings that mark town names across Europe and beyond (-shire, -bury, -burg, -dorf, -ingen,
     * -havn, -hamn, -köping, -ville, -abad, ...): a default when nothing else types a single word.
     * A person still needs evidence first, and coreference with a full name overrides a default.
     */
    static boolean townEnding(String lower) {
        for (String suffix : PLACE_SUFFIXES) {
            if (lower.length() > suffix.length() + 2 && lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names listed together with a place are places: "Shrewsbury, Bewdley and Upton-upon-Severn",
     * "between Basel and Busto Arsizio", "from Świnoujście to Esbjerg". An unknown name that was
     * typed only by default next to a known or cued place, joined by "and", a comma,
     * articles or "from ... to", becomes a place; a run of names is followed both ways.
     */
    /** The longest gap between two listed names: ", and the " plus slack. */
    static final int MAX_GAP = 24;
    /** How two names are joined ({@link #coordination}): not as a list, by a comma only, by "and" or "from ... to". */
    private static final int NONE = 0, COMMA = 1, WORD = 2;

    static void coordinated(List<Typed> typed, List<Paragraph> paragraphs) {
        Set<String> places = new HashSet<>();
        for (Typed t : typed) {
            if (placeAnchor(t)) {
                places.add(t.candidate().key()); // a name cued as a place anywhere anchors all its mentions
            }
        }
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
                int join = coordination(text, a.candidate().end(), b.candidate().start(), a.candidate().previous());
                // a comma alone joins a list only if the list goes on:
                // "in Norway, Siri Espedal Kindem, said" is an apposition
                if (join == NONE || join == COMMA && !listGoesOn(typed, i + 1, text)) {
                    continue;
                }
                int guess = placeA ? i + 1 : i;
                Typed t = typed.get(guess);
                if (t.strength() == Strength.DEFAULT) { // not WEAK: German nouns, sentence openers
                    typed.set(guess, new Typed(t.candidate(), EntityType.LOCATION, Strength.CUED, null));
                    places.add(t.candidate().key());
                }
            }
        }
    }

    /** Two names joined by "and" (and maybe commas and articles): "Maersk and MSC", "Fingrid and Elering". */
    static boolean joinedByAnd(String text, Candidate a, Candidate b) {
        return a.paragraph() == b.paragraph() && coordination(text, a.end(), b.start(), a.previous()) == WORD;
    }

    /** Whether the name at {@code i} is joined to the next one ("Norway, Sweden and Denmark"). */
    private static boolean listGoesOn(List<Typed> typed, int i, String text) {
        if (i + 1 >= typed.size()) {
            return false;
        }
        Candidate b = typed.get(i).candidate();
        Candidate c = typed.get(i + 1).candidate();
        return b.paragraph() == c.paragraph() && coordination(text, b.end(), c.start(), b.previous()) != NONE;
    }

    private static boolean placeAnchor(Typed t) {
        return t.type() == EntityType.LOCATION && t.strength().compareTo(Strength.CUED) >= 0;
    }

    /**
     * A listed town that nothing else typed anchors its own mention only, for a neighbour of one or two words
     * ("quays at Stord and Haugesund": Haugesund's listing makes Stord a place too), not every mention
     * of its name, since towns' names are companies' and people's names too ("Norden").
     */
    private static boolean townAnchor(Typed t, Typed other) {
        return t.type() == EntityType.LOCATION && t.strength() == Strength.DEFAULT && t.candidate().listed(Gazetteer.TOWN)
                && other.candidate().size() <= 2; // "Inverness and Cromarty Firth Green Freeport": a longer name is no town
    }

    /**
     * How two names are joined ({@code text[from, to)}): by "and"-words, commas and articles, or "to"
     * after "from X" ({@link #WORD}), by commas and articles only ({@link #COMMA}), or not as a list
     * ({@link #NONE}); read in place, word by word from the {@link Word} cache.
     */
    private static int coordination(String text, int from, int to, String previous) {
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
                if (word.hasClass(Word.AND) || OR.contains(word.lower()) || FROM_TO.contains(word.lower()) && FROM.contains(previous)) {
                    joined = true;
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
