package io.newsflow.streams.enrich;

import io.newsflow.streams.enrich.EntityClassifier.Strength;
import io.newsflow.streams.enrich.EntityClassifier.Typed;

/**
 * Shapes of a name of several words that say whether it is a place, read by {@link EntityClassifier}
 * before and after an organisation word decides: a listed town ("Port Harcourt", though "Port" is an
 * organisation word), a given name before "County" ("Travis County"), a place's name and a place word
 * ("Niger Delta"), a direction opening a place's name ("North Jutland"), and the shapes that are
 * not places ("Puertos del Estado", "the Baltic states").
 */
final class PlaceShapes {

    /** Place words that follow a given name only in a place's name ("Travis County"), never in a person's. */
    private static final WordSet NAMED_PLACES = WordSet.of("county", "river", "valley", "street", "avenue", "road",
            "square", "lane", "bridge", "island", "parish", "district", "canal", "creek", "strait", "peninsula", "township");
    private static final WordSet DIRECTIONS = WordSet.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "upper", "lower", "greater", "nord", "süd", "ost", "noord", "zuid", "oost",
            "gran", "grand", "grande"); // a city and its suburbs: "Gran Rosario", "Grand Lyon", "Grande Lisboa"

    private PlaceShapes() {
    }

    /** English streets' words: "King Street", "Queen Square", "Prince Albert Road" are streets, not titled persons. */
    private static final WordSet STREETS = WordSet.of("street", "road", "avenue", "square", "lane", "terrace", "crescent");

    /** Words from..to-1 of the span open with a title word and close with a street's ("King Street"). */
    static boolean streetAfterTitle(Span c, int from, int to) {
        return to - from >= 2 && to - from <= 3 && STREETS.contains(c.lower(to - 1));
    }

    /** The place a name of several words is whatever organisation word it holds, or null. */
    static Typed beforeOrganisationWords(Candidate c, boolean orgKeyword, String apposition, String language) {
        boolean german = "de".equals(language);
        if (StreetNames.kindFirst(c) || oldTown(c) || TownShapes.spaTown(c, language)) {
            return new Typed(c, EntityType.LOCATION, Strength.CUED, null); // "piazza Bra", "calle Larios", "el Centro Histórico"
        }
        String last = c.lower(c.size() - 1);
        if (c.size() >= 3 && (last.equals("bank") || last.equals("banks")) && c.word(c.size() - 2).has(Gazetteer.PLACE_KEYWORD)) {
            return new Typed(c, EntityType.LOCATION, Strength.CUED, null); // "Sable Island Bank": a shoal, not a lender
        }
        // "Port Harcourt"; in German only after a locative ("nach Benin City"), where nouns are capitalised too
        if (c.listed(Gazetteer.TOWN) && (!german || c.previousIs(Word.LOCATIVE) && !c.initial()) && !"ORG".equals(apposition)) {
            return new Typed(c, EntityType.LOCATION, Strength.DEFAULT, null);
        }
        if (c.size() >= 2 && PALACES.contains(c.lower(0))) {
            return new Typed(c, EntityType.LOCATION, Strength.CUED, null); // "Palacio de Gobierno": a building, not the government
        }
        if (c.size() == 2 && c.word(0).has(Gazetteer.GIVEN_NAME) && NAMED_PLACES.contains(c.lower(1))) {
            return new Typed(c, EntityType.LOCATION, Strength.CUED, null); // "Travis County", "Jordan River", not a person
        }
        if (c.word(0).has(Gazetteer.PLACE) && c.word(c.size() - 1).has(Gazetteer.PLACE_KEYWORD) && !orgKeyword
                && !"city".equals(c.lower(c.size() - 1))) { // a place and "City" name a club as often as a place
            return new Typed(c, EntityType.LOCATION, Strength.CUED, null); // "Niger Delta", not "Manchester City"
        }
        return null;
    }

    /** A town's historic centre, whose first word is also a body's ("Centro Histórico", "Centre historique", "Casco Antiguo"). */
    private static boolean oldTown(Candidate c) {
        return c.size() == 2 && OLD_TOWN_HEADS.contains(c.lower(0)) && OLD_TOWN_WORDS.contains(c.lower(1));
    }

    private static final WordSet OLD_TOWN_HEADS = WordSet.of("centro", "centre", "casco");
    private static final WordSet OLD_TOWN_WORDS = WordSet.of("histórico", "historique", "storico", "antiguo", "viejo", "ville");

    /** A palace's word opening a building's name, whatever body's word follows ("Palazzo Chigi", "Palais de Justice"). */
    private static final WordSet PALACES = WordSet.of("palacio", "palazzo", "palais", "palácio", "paleis");

    /** Compass words that close a place's name in the Romance languages: "San Antonio Oeste", "Vaca Muerta Sur". */
    private static final WordSet COMPASS_AFTER = WordSet.of("oeste", "este", "norte", "sur", "sul", "nord", "sud",
            "ouest", "est", "ovest");

    /** The word after a listed place closes its name: "San Antonio *Oeste*" ({@link CandidateFinder}). */
    static boolean compassAfter(Word word) {
        return word.capitalised() && COMPASS_AFTER.contains(word.lower());
    }

    /**
     * A direction, then a listed place or town: "North Jutland", "Greater Manchester", "the North of England"; or
     * a listed place, then its compass part: "San Antonio Oeste".
     */
    static boolean directionOfPlace(Candidate c) {
        String key = c.key();
        String rest = key.substring(key.indexOf(' ') + 1);
        int place = Gazetteer.PLACE | Gazetteer.TOWN;
        return DIRECTIONS.contains(c.lower(0)) && ((Gazetteer.get().listed(rest) & place) != 0
                || c.size() == 3 && c.lower(1).equals("of") && c.word(2).has(Gazetteer.PLACE))
                || c.size() >= 2 && compassAfter(c.word(c.size() - 1))
                && (Gazetteer.get().listed(key.substring(0, key.lastIndexOf(' '))) & place) != 0;
    }

    /** Venues' words: a stadium or a station is a place whatever its name ("Emirates Stadium", "Stade de France"). */
    private static final WordSet VENUES = WordSet.of("stadium", "stadion", "stade", "estadio", "stadio",
            "estádio", "arena", // "Decathlon Arena", "Arena di Verona"
            // stations are places too: "Penn Station", "Gare du Nord", "Stazione Termini"
            "station", "gare", "estación", "stazione");

    /** Parks that companies run: "Indonesia Weda Bay Industrial Park", "Cambridge Science Park". */
    private static final WordSet ESTATES = WordSet.of("industrial", "science", "business", "technology", "research", "tech");

    /** A town's main station by the word after the town's name: "Utrecht Centraal", "Milano Centrale", "Köln Hbf". */
    private static final WordSet MAIN_STATIONS = WordSet.of("centraal", "centrale", "central", "hauptbahnhof", "hbf",
            "centralstation");

    /**
     * A venue named by its word, first or last: "Emirates Stadium", "Estadio Metropolitano", "Stade de France", a park
     * ("Croke Park"); or a listed town's main station ("Cardiff Central", which a listed place's name would otherwise
     * make a body, as "Air France").
     */
    static boolean venue(Candidate c) {
        return c.size() >= 2 && (VENUES.contains(c.lower(c.size() - 1)) || VENUES.contains(c.lower(0)))
                || c.size() >= 2 && NordicNames.streetOrSquare(c.word(c.size() - 1)) // "Kongens Nytorv"
                // "Casement Park", "Frick Park"; not a person named Park ("Ryan Park"), nor a company's estate ("Industrial Park")
                || c.size() >= 2 && c.lower(c.size() - 1).equals("park") && !(c.size() == 2 && c.word(0).has(Gazetteer.GIVEN_NAME))
                    && !ESTATES.contains(c.lower(c.size() - 2))
                || c.size() == 2 && MAIN_STATIONS.contains(c.lower(1)) && c.word(0).has(Gazetteer.PLACE | Gazetteer.TOWN)
                || c.size() >= 2 && SiteNames.park(c); // "Białowieski Park Narodowy", "Parque Nacional de Doñana"
    }

    /** Seas named in Romance languages: "Mar Vermelho", "Mar del Norte", "Mer Rouge" (not "Mar 2024", one word). */
    static boolean namedSea(Candidate c) {
        return c.size() >= 2 && (c.lower(0).equals("mar") || c.lower(0).equals("mer"));
    }

    /**
     * "Puertos del Estado": a place word "of" a common word (a stop word of the article's language;
     * Spanish's list holds "estado") is a body, not a place.
     */
    static boolean ofCommonWord(Candidate c, String language) {
        return c.size() == 3 && c.word(1).hasClass(Word.CONNECTOR)
                && c.word(2).stopIn(EntityExtractor.stopLanguages(language));
    }

    /** A lower-case content word follows right after the name ("Baltic states"), not a function word ("Baltic is"). */
    static boolean beforeNoun(String next) {
        return !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && Word.of(next).stopLanguages() == 0;
    }

    /** German words for a town or a state as such before its name: "die Stadt Hamburg", "das Land Sachsen-Anhalt". */
    private static final WordSet TOWN_WORDS = WordSet.of("stadt", "hansestadt", "landeshauptstadt", "gemeinde", "kreisstadt",
            "land", "bundesland", "freistaat", "landkreis", "kanton");
    /** Of those, the kinds whose body acts under the same name as the place: a municipality, a district, a canton. */
    private static final WordSet ACTING_KINDS = WordSet.of("gemeinde", "landkreis", "kanton");

    /**
     * The place a candidate names by another word: a city's people ("les Bruxellois", {@link PlaceAdjectives}), or
     * a German town after the word for a town ("die Stadt Hamburg" is Hamburg); or null.
     */
    static Candidate peopleOrCityOf(Candidate c, String language) {
        Candidate people = PlaceAdjectives.peopleOfPlace(c, language);
        if (people != null || c.size() != 2 || !"de".equals(language) || !TOWN_WORDS.contains(c.lower(0))) {
            return people;
        }
        // "die Gemeinde Dübendorf verlangt": the municipality acting is a body; "in der Gemeinde Südheide" a place, listed
        // or not (the kind says it is one); so with a district ("der Landkreis Friesland prüft", "im Landkreis Friesland")
        // and a Swiss canton ("der Kanton Luzern muss zustimmen", "im Kanton Luzern")
        boolean gemeinde = ACTING_KINDS.contains(c.lower(0));
        boolean where = c.previousIs(Word.LOCATIVE) || c.beforePreviousIs(Word.LOCATIVE);
        if (gemeinde ? !where : !c.word(1).has(Gazetteer.PLACE | Gazetteer.TOWN)) {
            return people;
        }
        return CandidateRebuilds.place(c, c.word(1).surface());
    }

    private static final String[] COMPASS_PREFIXES = {"nord", "süd", "ost", "west", "mittel", "zentral", "ober", "unter", "nieder"};

    /** A German compass or height part glued to a listed place: "Ostdeutschland", "Westafrika", "Oberwallis", "Niederbayern". */
    static boolean compassPart(Word word) {
        String lower = word.lower();
        for (String prefix : COMPASS_PREFIXES) {
            if (lower.length() > prefix.length() + 3 && lower.startsWith(prefix)) {
                String rest = word.surface().substring(prefix.length());
                // (a listed place, not a town: "Niederlage" is a defeat, not Lage's lower part)
                return Word.of(Character.toUpperCase(rest.charAt(0)) + rest.substring(1)).has(Gazetteer.PLACE);
            }
        }
        return false;
    }

    /** "trains from Hebbal to Yelahanka", "flights from Lisbon to Porto": a route's start is a place. */
    static boolean routeStart(Candidate c) {
        return !c.initial() && c.previousIs(Word.FROM) && c.nextIs(Word.TO) && !ownedAfterOf(c);
    }

    /**
     * Where "from" is also "of" ("de", "da", "van"), a name after a holding ("les usines de Daikin à
     * Pierre-Bénite", "la fábrica de Seat a ...") or after a second "of" joined by "and" ("les usines
     * d'Arkema et de Daikin à ...") owns it: no route starts there.
     */
    static boolean ownedAfterOf(Candidate c) {
        return c.previousIs(Word.OF_OR_FOR) && (c.beforePreviousIs(Word.AND) || HOLDINGS.contains(c.beforePrevious()));
    }

    /** What a body owns or employs, before "of" and its name. */
    private static final WordSet HOLDINGS = WordSet.of("usine", "usines", "site", "sites", "siège", "filiale", "filiales",
            "salariés", "fábrica", "fábricas", "planta", "plantas", "sede", "fabbrica", "fabbriche", "stabilimento",
            "stabilimenti", "fabriek", "fabrieken", "vestiging");
}
