package io.newsflow.streams.enrich;

/**
 * Capitalised names that name no person, place or organisation, which {@link EntityClassifier}
 * drops: laws, programmes, events, prizes, storms and diseases ("Chips Act", "World Cup", "Plan de
 * Recuperación", "Storm Bert", "COVID-19"), pipelines ("el oleoducto Vaca Muerta Sur"), and stock indices ("the S&P 500", "the Nasdaq Composite").
 */
final class NonEntityNames {

    /** Names of laws, events and prizes: capitalised, but neither persons, places nor organisations. */
    private static final WordSet NOT_ENTITIES = WordSet.of("act", "acts", "treaty", "accord", "accords",
            "convention", "directive", "regulation", "bill", "doctrine", "summit", "cup", "games", "olympics",
            "prize", "award", "awards", "festival", "war", "index", "strategy", "programme", "program", "plan", "scheme",
            // India's delegated laws: "the Digital Personal Data Protection Rules"
            "rules", "regulations");

    /** Diseases are capitalised or written in capitals, but name no body: "the COVID-19 pandemic". */
    private static final WordSet DISEASES = WordSet.of("covid-19", "covid", "coronavirus", "sars-cov-2", "mpox", "ebola",
            "h5n1", "sars", "mers");

    /** A transit line's word before its number: "la Línea 1 del Metro", "la Linea 4", "die Linie 2". */
    private static final WordSet LINES = WordSet.of("línea", "linea", "ligne", "line", "linie", "lijn", "linha");

    /** Football's world championship named alone: "a la altura del Mundial", "dopo il Mondiale", "le Mondial". */
    private static final WordSet TOURNAMENTS = WordSet.of("mundial", "mondiale", "mondial", "eurocopa");

    /** A kind of railway, no line or operator: "eine bessere Anbindung an die S-Bahn", "mit der U-Bahn". */
    private static final WordSet RAILWAY_KINDS = WordSet.of("s-bahn", "u-bahn");

    /**
     * Events named by a word and their year ("the Euro 2028 championship", "Expo 2030"), and a design's kind before its
     * number ("the Type 31 frigates", "a Class 800 train"), which names no body.
     */
    private static final WordSet DATED_EVENTS = WordSet.of("euro", "expo", "cop", "type", "class");

    /** Pipelines are lines: "el oleoducto Vaca Muerta Sur", "the Keystone XL pipeline" name no place or body. */
    static final WordSet PIPELINES = WordSet.of("pipeline", "oleoducto", "gasoducto", "oleoduto", "gasoduto",
            "oleodotto", "gasdotto", "oléoduc", "gazoduc", "pijpleiding", "gasleiding", "ölpipeline", "gaspipeline");

    /** Games named for their host: "i Giochi di Milano Cortina", "los Juegos de París", "les Jeux de Paris". */
    private static final WordSet GAMES = WordSet.of("giochi", "juegos", "jeux", "jogos", "spiele");

    /** The state as such, capitalised alone: "financé par l'État", "el Estado", "lo Stato", "the State", "het Rijk". */
    private static final WordSet THE_STATE = WordSet.of("état", "estado", "stato", "state", "staat", "rijk",
            "ejecutivo", "esecutivo", "exécutif", "executivo", // "el Ejecutivo regional": a government named generically
            "ville", "mairie"); // "La Ville ferme les ponts": a city's government named generically

    /** A law's word before the name of the person it is known by ("Lei Rouanet"), and the prepositions before it. */
    private static final WordSet LAWS = WordSet.of("ley", "loi", "legge", "lei");
    private static final WordSet LAW_PREPOSITIONS = WordSet.of("pela", "pelo", "na", "no", "da", "dalla", "nella", "alla");
    /** Laws and programmes named by their first word: "Plan de Recuperación", "Programme for Government". */
    private static final WordSet PLANS = WordSet.of("plan", "plano", "programa", "programme", "program", "programma",
            "estrategia", "stratégie", "strategia", "strategy", "ley", "loi", "legge", "lei", "pacto", "pacte", "patto");

    /** A project's or a programme's word in lower case beside its name, which names an undertaking, no body. */
    private static final WordSet PROJECTS = WordSet.of("project", "programme", "program", "progetto", "programma", "proyecto",
            "programa", "projet", "projeto", "projekt", "programm", "projektet");

    /** Stock indices: "the S&P 500", "the Nasdaq Composite", "the STOXX 600", "the FTSE 100" name no body. */
    private static final WordSet INDICES = WordSet.of("s&p", "stoxx", "ftse", "nikkei", "kospi", "sensex", "nifty");
    /** The last words of indices' longer names: "Nasdaq Composite", "Dow Jones Industrial Average". */
    private static final WordSet INDEX_ENDINGS = WordSet.of("composite", "average");

    /** A named storm is an event, not a person, place or organisation: "Storm Bert", "Hurricane Milton". */
    private static final WordSet STORMS = WordSet.of("storm", "hurricane", "typhoon", "cyclone", "sturm", "tempête",
            "borrasca", "tempesta", "orkaan", "tormenta", "huracán", "ciclón", "tifón", "uragano", "ciclone", "tifone",
            "sturmtief", "orkan", "sztorm", "huragan", "orkanen", "stormen", "furacão", "tempestade", "ouragan", "typhon");

    /** A military or police operation is an event: "Operation Halt", "Opération Sentinelle". */
    private static final WordSet OPERATIONS = WordSet.of("operation", "opération", "operación", "operazione", "operatie",
            "operação");

    /** A brand is a product's name, no body's: "under the Kerrygold brand". */
    private static final WordSet BRANDS = WordSet.of("brand", "brands");

    /** A product named by what its maker sells it as: "the drug Novo Nordisk sells as Wegovy". */
    private static final WordSet SOLD = WordSet.of("sells", "sold", "sell", "markets", "marketed");

    private NonEntityNames() {
    }

    /** "Chips Act", "World Cup", "Plan de Recuperación", "Storm Bert": a law, programme, event or brand; or the state. */
    static boolean lawOrEvent(Candidate c) {
        return c.size() > 1 && NOT_ENTITIES.contains(c.lower(c.size() - 1))
                || c.size() > 2 && PLANS.contains(c.lower(0)) && c.word(1).hasClass(Word.CONNECTOR)
                || c.size() == 2 && (STORMS.contains(c.lower(0)) || lawByName(c)) // "pela Lei Rouanet", "la loi Macron"
                || c.size() >= 3 && GAMES.contains(c.lower(0))
                || c.size() == 1 && !c.initial() && STORMS.contains(c.previous()) // "la tempête Caetano", "storm Ciarán"
                || c.size() == 1 && !c.initial() && PROJECTS.contains(c.previous()) // "il progetto Polis", "the Artemis programme"
                    && !c.previousWord().capitalised() || c.size() == 1 && PROJECTS.contains(c.next()) && !c.nextWord().capitalised()
                || c.size() >= 2 && c.size() <= 4 && OPERATIONS.contains(c.lower(0)) // "Operation Halt"
                || c.previousIs(Word.PIPELINE) || c.nextWord() != null && c.nextWord().hasClass(Word.PIPELINE)
                || BRANDS.contains(c.next()) // "the Kerrygold brand"
                || c.size() <= 2 && "as".equals(c.previous()) && SOLD.contains(c.beforePrevious()) // "sells as Wegovy"
                || c.size() == 1 && (DISEASES.contains(c.lower(0)) || THE_STATE.contains(c.lower(0)) || programme(c.lower(0))
                    || TOURNAMENTS.contains(c.lower(0)) || climateConference(c.lower(0)) || RAILWAY_KINDS.contains(c.lower(0))
                    || (LINES.contains(c.lower(0)) || DATED_EVENTS.contains(c.lower(0))) && numberNext(c));
    }

    /** "pela Lei Rouanet", "della Legge Fornero", "de la Ley Celaá": a law by a person's name after "of" (not "Lei Jun"). */
    private static boolean lawByName(Candidate c) {
        return LAWS.contains(c.lower(0)) && !c.initial() && (c.previousIs(Word.OF_OR_FOR) || LAW_PREPOSITIONS.contains(c.previous()));
    }

    /** A UN climate conference by its number: "COP30", "COP29". */
    private static boolean climateConference(String lower) {
        return lower.length() >= 4 && lower.length() <= 5 && lower.startsWith("cop") && Character.isDigit(lower.charAt(3));
    }

    private static boolean numberNext(Candidate c) {
        return c.next() != null && !c.next().isEmpty() && Character.isDigit(c.next().charAt(0));
    }

    /** A Dutch or German programme named in one compound: "het Hoogwaterbeschermingsprogramma", "das Sofortprogramm". */
    private static boolean programme(String lower) {
        return lower.length() > 12 && (lower.endsWith("programma") || lower.endsWith("programm"));
    }

    /** "Porto di Bari", "Porto di Genova": in Italian the port's common noun, capitalised in a title, not the city of Porto. */
    static boolean portOf(Candidate c, String language) {
        return c.size() == 1 && portOf(language, c.lower(0), c.next());
    }

    /** The same for a word and the one after it (a title's, read by {@link ImpliedMentions}). */
    static boolean portOf(String language, String lower, String next) {
        return "it".equals(language) && lower.equals("porto") && PORT_OF.contains(next);
    }

    private static final WordSet PORT_OF = WordSet.of("di", "del", "della", "dello");

    /** Units written with a capital inside, which the all-capitals test misses ("700 MHz", "1.2 TWh"). */
    private static final WordSet UNITS = WordSet.of("hz", "khz", "mhz", "ghz", "thz", "kwh", "mwh", "gwh", "twh", "kwp", "mwp",
            "gbit", "mbit", "kbit");

    /** A one-word candidate shaped like a unit: in capitals ("TEU", "MW") or a listed unit ("MHz"). */
    static boolean unitShape(Candidate c) {
        return c.word(0).hasClass(Word.ALL_CAPS) || UNITS.contains(c.lower(0));
    }

    /**
     * A stock index: "the Nasdaq Composite", "the STOXX 600", and "S&P" before its number ("the S&P 500"),
     * where alone it is the rating agency.
     */
    static boolean stockIndex(Candidate c, String last) {
        if (c.size() > 1 && INDEX_ENDINGS.contains(last)) {
            return true;
        }
        return INDICES.contains(last) && (!c.listed(Gazetteer.ORGANIZATION)
                || c.next() != null && !c.next().isEmpty() && Character.isDigit(c.next().charAt(0)));
    }

    /** Nouns that open the title of a plan, a law, a programme or a cup in the Romance languages. */
    private static final WordSet DOCUMENTS = WordSet.of("piano", "decreto", "legge", "programma", "progetto", "plan",
            "ley", "loi", "projet", "programa", "programme", "plano", "projeto", "lei", "proyecto",
            // and of a cup ("la Coupe du monde 2030", "la Copa del mundo"), an event, no body
            "coupe", "copa", "coppa");

    /**
     * "finanziato dal *Piano* nazionale di ripresa e resilienza", "la *Ley* de vivienda": the noun
     * that opens a plan's or a law's title, capitalised before its lower-case words, names no body.
     */
    static boolean documentTitle(Candidate c) {
        return c.size() == 1 && !c.initial() && DOCUMENTS.contains(c.lower(0)) && c.nextWord() != null
                && !c.nextWord().capitalised() && Character.isLetter(c.nextWord().surface().charAt(0));
    }
}
