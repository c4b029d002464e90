package io.newsflow.streams.enrich;

import java.util.Locale;

/**
 * What says that a name no list holds is a place: its shape ("Côte de Nuits", "Boulogne-sur-Mer",
 * a town ending such as "-bury" or "-havn"), the words around it ("the port of X", "the X
 * valley"); the names it is listed with ("Basel and Busto Arsizio") are read by {@link PlaceLists}. The place words
 * themselves ("River", "Pass", "Côte", "San") are {@link Gazetteer#PLACE_KEYWORD}s. Everything
 * here runs per candidate or per article, never per token.
 */
final class PlaceCues {

    /** Lower-case connectors of place names (compared with the surface: "de" but not "De"). */
    static final WordSet PLACE_CONNECTORS = WordSet.of("de", "du", "des", "di", "del", "della", "da", "do",
            "dos", "das", "der", "den", "la", "le", "am", "upon", "sur", "sous", "lès", "aan", "op");
    /** "of" in the languages of the stop lists ("the port *of* X", "ministre *de* ..."). */
    static final WordSet OF = WordSet.of("of", "de", "du", "des", "di", "del", "della", "delle", "dello",
            "degli", "dei", "van", "von", "do", "da");
    /** Words that, followed by "of", name the place after them besides the place keywords. */
    private static final WordSet PLACE_OF = WordSet.of("mayor", "maire", "alcalde", "alcaldesa", "sindaco",
            "burgemeester", "outskirts", "north", "south", "east", "west", "northeast", "northwest", "southeast",
            "southwest", "nord", "sud", "est", "ouest", "norte", "sur", "este", "oeste", "residents", "capital",
            "centre", "center", "suburbs", "streets", "environs", "banlieue", "périphérie", "afueras", "periferia",
            "cerca", "près", "vicino", "authorities", "autoridades", "autorités", "autorità", "government",
            "gobierno", "gouvernement", "governo", "regering", "inhabitants", "habitants", "habitantes", "abitanti",
            "citizens", "ciudadanos", "mine", "mina", "miniera", "mijn",
            // "les riverains de Keratsini", "los vecinos de", "die Anwohner von", "omwonenden van"
            "riverains", "vecinos", "residenti", "anwohner", "einwohner", "omwonenden", "inwoners", "moradores",
            // "le préfet des Côtes-d'Armor", "il quartiere della Foce": a prefect's department, a town's district
            "prefect", "préfet", "préfète", "prefetto", "prefecto", "district", "neighbourhood", "neighborhood",
            "quartier", "quartiere", "barrio", "bairro", "wijk", "stadtteil", "suburb",
            // "el municipio de Paraíso", "la commune de Saint-Denis", "the state of Tabasco": a lower-case
            // administrative word before its place (capitalised, "Municipio de Lima" names the body)
            "municipio", "municipality", "município", "comune", "commune", "gemeinde", "kommun", "kommune", "gmina",
            // "los municipios del Aljarafe", "les communes du Grésivaudan": the towns of a district
            "municipios", "municipalities", "municípios", "comuni", "communes", "gemeinden",
            // "a la altura de Triana", "all'altezza di Mestre", "à la hauteur de Bercy": where along a road or river
            "altura", "altezza", "hauteur",
            "estado", "state", "provincia", "province", "departamento", "département", "county", "condado",
            "región", "region", "regione", "comarca", "canton", "cantón", "autarquia", "concelho", "freguesia", "distrito",
            // "la stazione di Rogoredo", "la gare de Vénissieux": a station named for its place
            "stazione", "gare", "estación", "estação", "centro",
            // who works the land or the sea of a place: "les viticulteurs de Gironde", "los pescadores de Vigo"
            "viticulteurs", "vignerons", "agriculteurs", "éleveurs", "pêcheurs", "agricultores", "pescadores", "ganaderos",
            "agricoltori", "pescatori", "viticoltori", "boeren", "vissers",
            // "la refinería de Dos Bocas", "the refinery of Jamnagar": a plant named for its place
            "refinería", "refinery", "raffinerie", "raffineria", "refinaria",
            // "il cantiere di Riva Trigoso", "el astillero de Ferrol", "le chantier de Saint-Nazaire": a yard named for its place
            "cantiere", "astillero", "astilleros", "chantier", "chantiers", "estaleiro", "shipyard", "yard",
            // a place's surroundings and roads: "el entorno de Doñana", "las carreteras de Jaén", "i dintorni di Bormio"
            "entorno", "alrededores", "dintorni", "carretera", "carreteras", "calles",
            // a river's basin: "la cuenca del Guadalhorce", "il bacino del Po", "le bassin de la Vilaine"
            "cuenca", "bacino", "bassin", "basin", "bacia", "stroomgebied",
            // a site named for its place: "le site de Tolbiac", "il sito di Ercolano", "the site of Sellafield"
            "site", "sito", "sitio",
            // a town's or district's pool: "na piscina de Campanhã", "la piscine de Wattrelos"
            "piscina", "piscinas", "piscine", "piscines");


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
        // (the next word's memoised flags: its lower-case form's, no lookup)
        if (c.nextWord() != null && c.nextWord().has(Gazetteer.PLACE_KEYWORD) && !c.nextWord().has(Gazetteer.ORG_KEYWORD)) {
            return true;
        }
        // "el lago Gatún", "il fiume Po", "the river Thames": a place word in lower case right before the name
        if (!c.initial() && c.previousWord() != null && !c.previousWord().capitalised() && c.previousWord().has(Gazetteer.PLACE_KEYWORD)
                && !c.previousWord().has(Gazetteer.ORG_KEYWORD) // "port" is one: "the port Authority" names a body
                && !c.previous().equals("porto")) { // a listed city too, so no organisation word: "il porto Genova"
            return true;
        }
        return !c.initial() && (SiteNames.afterParkKind(c) // "nel parco naturale Adamello Brenta"
                || OF.contains(c.previous())
                && (gazetteer.isPlaceKeyword(c.beforePrevious()) || PLACE_OF.contains(c.beforePrevious()))
                || c.previous().equals("from") && (HOME_FROM.contains(c.beforePrevious()) || c.beforePrevious().endsWith("-old"))
                || c.previous().equals("at") && FACILITIES.contains(c.beforePrevious()) // "the plant at Perur"
                || WorksNames.before(c) // "massabruket Östrand", "w kopalni Pniówek"
                || c.previous().equals("co") && c.previousWord().capitalised() // an Irish county: "in Co Tipperary"
                // "im Stadtteil Stammheim", "im Bezirk Favoriten": a German district's noun, then its name
                || TownShapes.afterDistrict(c)
                // Dutch "op de Maasvlakte", "op het Binnenhof", "aan de Vaartkom", "langs de Coupure": where things stand
                || StreetNames.afterDutchPlacePreposition(c) && c.size() == 1 && !c.word(0).hasClass(Word.ALL_CAPS));
    }

    /** Italian "a" and "ad" before a name: where ("A La Morra, in provincia di Cuneo", "intorno ad Alba"), read in Italian only. */
    private static final WordSet ITALIAN_AT = WordSet.of("a", "ad");

    /** The name follows Italian "a"/"ad" inside its sentence, in an Italian text: a place, as after "in". */
    static boolean afterItalianAt(Candidate c, String language) {
        return !c.initial() && italianAt(c.previous(), language);
    }

    /** The lower-case word is Italian "a" or "ad" in an Italian text (read in a headline too: "a Trento treni speciali"). */
    static boolean italianAt(String lower, String language) {
        return "it".equals(language) && ITALIAN_AT.contains(lower);
    }

    /** Works that stand somewhere: "the plant at Perur", "a refinery at Jamnagar" (not "analysts at Jefferies"). */
    static final WordSet FACILITIES = WordSet.of("plant", "plants", "factory", "factories", "refinery", "mine",
            "mines", "smelter", "terminal", "facility", "depot", "shipyard", "yard", "base", "camp", "works", "reactor",
            "reactors", "station", "reservoir", "dam", "quarry", "landfill");

    /** Who comes from a place rather than works for a body: "a commuter from Syokimau", "farmers from Ségou". */
    private static final WordSet HOME_FROM = WordSet.of("commuter", "commuters", "resident", "residents", "villager",
            "villagers", "farmer", "farmers", "native", "pensioner", "pensioners", "voter", "voters", "families",
            "fishermen", "fisherman", "shopkeeper", "shopkeepers", "migrants", "refugees", "pilgrims", "man", "woman", "men",
            "women", "tourist", "tourists", "climber", "climbers", "skier", "skiers", "hiker", "hikers"); // and "a 34-year-old"

    /** "Haute-Savoie", "Haut-Rhin", "Basse-Terre": a region's upper or lower part, named with a hyphen. */
    private static final WordSet HIGH_LOW = WordSet.of("haute", "haut", "hautes", "hauts", "basse", "bas", "basses");

    /** Compass words that name a country's part together: "Centro-Oeste", "Nord-Est", "Sud-Ouest". */
    private static final WordSet COMPASS = WordSet.of("north", "south", "east", "west", "centre", "center", "central",
            "nord", "sud", "süd", "ost", "est", "ouest", "ovest", "oeste", "este", "norte", "sur", "sul", "centro", "mitte",
            "noord", "zuid", "oost");

    /** A compass word or a region's upper or lower part: a part of a place's hyphenated name ("Nord-Est", "Haute-Savoie"). */
    static boolean regionPart(String lower) {
        return COMPASS.contains(lower) || HIGH_LOW.contains(lower);
    }

    /** "Centro-Oeste", "Nord-Est": two compass words. */
    private static boolean compassRegion(String first, String word, int dash) {
        return COMPASS.contains(first) && word.indexOf('-', dash + 1) < 0
                && COMPASS.contains(word.substring(dash + 1).toLowerCase(Locale.ROOT));
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
        // (an acronym first is no place's name: "PO-Raad" is the primary schools' council, not the river Po's)
        boolean acronym = dash > 1 && Token.isAllCaps(word.substring(0, dash));
        if (gazetteer.isPlaceKeyword(first) || !acronym && gazetteer.isPlace(first) || compassRegion(first, word, dash)
                || HIGH_LOW.contains(first)) {
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
     * "Frankfurt am Main", "Newcastle upon Tyne", "Bergen op Zoom": a known place, a place name's
     * own connector (not a general one: "am", "upon", "op") and one capitalised word. Only after a
     * listed place, and not in German, where "in Berlin am Wochenende" is a noun after "am".
     */
    static int connectorEnd(String text, Tokens tokens, int i) {
        int k = i + 1;
        // (or any name before Dutch "aan": "Wijk aan Zee", "Alphen aan den Rijn", places by their water)
        boolean dutchWater = k < tokens.size() && tokens.word(k).surface().equals("aan");
        if (!tokens.word(i).has(Gazetteer.PLACE) && !dutchWater || k >= tokens.size() || tokens.word(k).hasClass(Word.CONNECTOR)
                || !tokens.word(k).hasClass(Word.PLACE_CONNECTOR)) {
            return i + 1;
        }
        while (k < tokens.size() && k - i <= 2 && tokens.word(k).hasClass(Word.PLACE_CONNECTOR)
                && CandidateFinder.adjacent(text, tokens, k - 1, k)) {
            k++;
        }
        return k < tokens.size() && tokens.word(k).capitalised() && !tokens.word(k).has(Gazetteer.CALENDAR)
                && CandidateFinder.adjacent(text, tokens, k - 1, k) ? k + 1 : i + 1;
    }
}
