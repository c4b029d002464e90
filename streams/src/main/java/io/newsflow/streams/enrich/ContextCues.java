package io.newsflow.streams.enrich;

/**
 * Words around an unknown name that say what it is when nothing in the name does: "analysts at
 * Jefferies" (a workplace: an organisation, though "Jefferies said" follows), "the Biden
 * administration" (a leader's surname: a person), "from Hebbal to Yelahanka" (a route's start: a
 * place), "former Globalfoundries engineers" (an employer), "the dredging group Jan De Nul" (a
 * company, though "Jan" is a given name), "the Minister of Finance, Ana Ruiz" (a
 * portfolio, no name at all). Each cue was a mistake on unseen articles.
 */
final class ContextCues {

    /** People who work somewhere: "analysts at X", "an economist at X". */
    private static final WordSet STAFF = WordSet.of("analyst", "analysts", "economist", "economists", "strategist",
            "strategists", "researcher", "researchers", "scientist", "scientists", "engineer", "engineers",
            "executive", "executives", "official", "officials", "trader", "traders", "staff", "workers",
            "employees", "employee", "banker", "bankers", "lawyers", "lawyer", "professor", "doctors", "nurses", "managers",
            "investors", "customers", "shareholders", "insiders", "veterans", "alumni");
    private static final WordSet AT = WordSet.of("at", "from", "bei", "chez", "en", "di", "bij");
    /** What a leader gives a name to: "the Biden administration", "the Trudeau government". */
    private static final WordSet LEADERSHIP = WordSet.of("administration", "government", "presidency", "cabinet", "era",
            "campaign");

    /** Capitalised words that also come before "government" and name no leader: "the Tory government". */
    private static final WordSet NOT_LEADERS = WordSet.of("conservative", "labour", "tory", "liberal", "socialist",
            "federal", "national", "coalition", "military", "interim", "transitional", "caretaker", "provisional",
            "regional", "local", "state", "central", "new", "current", "former", "previous", "incoming", "outgoing");
    private static final WordSet FROM = WordSet.of("from", "von", "de", "desde", "da", "van", "z", "ze");
    private static final WordSet TO = WordSet.of("to", "nach", "bis", "à", "a", "hasta", "naar", "tot", "do");
    /** Words that describe an organisation right before its name: "the dredging group Jan De Nul", "trade union X". */
    private static final WordSet DESCRIPTORS = WordSet.of("group", "company", "firm", "carrier", "carmaker", "automaker",
            "chipmaker", "shipowner", "shipbuilder", "manufacturer", "maker", "insurer", "lender", "retailer", "airline",
            "broadcaster", "newspaper", "daily", "weekly", "magazine", "startup", "start-up", "conglomerate", "contractor",
            "consultancy", "charity", "union", "operator", "utility", "bank", "brokerage", "broker", "brokers",
            "shipbroker", "shipbrokers", "regulator", "watchdog", "agency", "association", "federation", "party", "club",
            "nonprofit", "ngo", "think-tank", "supermarket", "brewer", "miner", "producer", "giant",
            // an airport named after a person: "o aeroporto Humberto Delgado", "el aeropuerto Adolfo Suárez"
            "airport", "aeroporto", "aeropuerto", "aéroport");
    /**
     * The Romance, Dutch and Polish words for a company or group, descriptors too ("la empresa Metro de Medellín"), which
     * also close a role's phrase before a comma and a person ("el presidente de la empresa, Germán Larrea").
     */
    private static final WordSet ROMANCE_DESCRIPTORS = WordSet.of("empresa", "compañía", "companhia", "société", "entreprise",
            "società", "azienda", "bedrijf", "grupo", "groupe", "gruppo", "spółka", "asociación", "associação", "associazione",
            "vereniging", // an association, whatever its name's words ("la asociación Ecologistas en Acción")
            "consorzio", "consorcio", "consórcio", // a consortium ("il consorzio Dolomiti Superski")
            "fondo", "fundo"); // an investment fund ("el fondo Blackstone", "o fundo Brookfield")
    /** Government titles whose "of" names a portfolio: "il ministro delle Infrastrutture, Carlo Benedetti". */
    private static final WordSet MINISTERS = WordSet.of("minister", "ministers", "ministro", "ministros", "ministra",
            "ministras", "ministre", "ministres", "ministri", "ministerin", "secretary", "secretário", "secretária", "secretario", "secretaria", "ministry", "ministério",
            "ministerio", "ministère", "ministero", "ministerie", "department",
            // Catalan, Spanish and Galician regional ministers ("el conseller de Territorio, Sílvia Paneque"), French "chargé de"
            "conseller", "consellera", "consejero", "consejera", "conselleiro", "conselleira", "chargé", "chargée",
            // Italian regional and city ministers: "l'assessore all'Ambiente, Serena Triggiani"
            "assessore", "assessora",
            // city councillors with a portfolio: "o vereador do Urbanismo, Pedro Baganha", "la concejala de Movilidad"
            "vereador", "vereadora", "concejal", "concejala",
            // a minister's level between the title and the portfolio: "le ministre fédéral de la Mobilité"
            "fédéral", "fédérale", "régional", "régionale");
    private static final WordSet OF_OR_FOR = WordSet.of("of", "for", "de", "du", "des", "di", "del", "della", "delle",
            "dello", "degli", "dei", "do", "da", "dos", "das", "für", "pour", "per", "voor", "van", "para");

    private ContextCues() {
    }

    /** The {@link Word} class bits of a lower-case word for the lists here (memoised on the word). */
    static int classesOf(String lower) {
        return (DESCRIPTORS.contains(lower) || ROMANCE_DESCRIPTORS.contains(lower) ? Word.DESCRIPTOR : 0) | (MINISTERS.contains(lower) ? Word.MINISTER : 0)
                | (OF_OR_FOR.contains(lower) ? Word.OF_OR_FOR : 0) | (STAFF.contains(lower) ? Word.STAFF : 0)
                | (FROM.contains(lower) ? Word.FROM : 0) | (TO.contains(lower) ? Word.TO : 0)
                | (AT.contains(lower) ? Word.AT : 0) | (LEADERSHIP.contains(lower) ? Word.LEADERSHIP : 0);
    }

    /** Who speaks for a body: "a spokesperson for Stagecoach said" names the body, though "said" follows. */
    static final WordSet SPOKESPEOPLE = WordSet.of("spokesperson", "spokesman", "spokeswoman", "spokespeople",
            "representative", "representatives", "sprecher", "sprecherin", "pressesprecher", "pressesprecherin",
            "porte-parole", "portavoz", "portavoce", "woordvoerder", "woordvoerster", "talesperson", "talsperson");
    /** What joins a spokesperson to the body: "for", "of", and the German, French, Spanish, Italian and Dutch forms. */
    private static final WordSet SPOKESPERSON_OF = WordSet.of("for", "of", "von", "der", "des", "de", "du", "di", "del",
            "della", "dello", "van", "för");

    /** "a spokesperson for Stagecoach", "ein Sprecher von Celonis": the name is the body the speaker speaks for. */
    static boolean speaksFor(Candidate c) {
        return !c.initial() && SPOKESPERSON_OF.contains(c.previous()) && SPOKESPEOPLE.contains(c.beforePrevious());
    }

    /** The suffix of a word that names a body's base: "Szczecin-based", "Copenhagen-based". */
    static final String BASED = "-based";

    /** "Copenhagen-based Norden": what has a base is a body. */
    static boolean based(Candidate c) {
        return c.previous().endsWith(BASED) && !c.initial();
    }

    /** Directions written in lower case before a place: "in southern Jutland", "central London". */
    private static final WordSet DIRECTIONS = WordSet.of("northern", "southern", "eastern", "western", "central",
            "north-western", "north-eastern", "south-western", "south-eastern", "northwestern", "northeastern",
            "southwestern", "southeastern", "nordwestlichen", "südlichen", "nördlichen", "östlichen", "westlichen");

    /** "in southern Jutland", "nord for Refshaleøen": a direction in lower case before the name makes it a place. */
    static boolean directionBefore(Candidate c) {
        return !c.initial() && (DIRECTIONS.contains(c.previous()) || NordicNames.directionFrom(c));
    }

    /**
     * "analysts at Jefferies": the name is where the staff work; but staff "from" a listed town come from the town
     * ("Nurses from Harrogate and Wakefield joined the picket line").
     */
    static boolean workplace(Candidate c) {
        return !c.initial() && c.previousIs(Word.AT) && c.beforePreviousIs(Word.STAFF)
                && !(c.previousIs(Word.FROM) && c.size() == 1 && c.listed(Gazetteer.TOWN));
    }

    /** "the dredging group Jan De Nul", "environmental group Natuurpunt said": the name after its description is a body. */
    static boolean describedBody(Candidate c) {
        return c.previousIs(Word.DESCRIPTOR)
                && !(c.word(0).has(Gazetteer.GIVEN_NAME) && ROMANCE_DESCRIPTORS.contains(c.previous()));
    }

    /**
     * German's descriptions, capitalised like every noun: "vom Schweizer Hersteller Hess", "der Firma
     * Hydrospider", "der Energiekonzern Axpo" ("Union", which ends names, is not one).
     */
    static boolean describedBodyInGerman(Candidate c) {
        return germanDescription(c.previous());
    }

    /** A German noun that describes the body named after it ("Reederei", "Energiekonzern", "Projektgesellschaft"). */
    static boolean germanDescription(String p) {
        return p.endsWith("konzern") || p.endsWith("hersteller") || p.endsWith("firma") || p.length() > 11 && p.endsWith("unternehmen")
                || p.equals("reederei") || p.endsWith("betreiber") || p.endsWith("versicherer") || p.equals("autobauer")
                || p.endsWith("lieferant") || p.endsWith("lieferanten") || p.endsWith("zulieferer") || p.endsWith("zulieferers")
                // ("der Lieferant Südsalz", "des Lieferanten Südsalz", "der Autozulieferer Bosch")
                || p.equals("gewerkschaft") || p.endsWith("genossenschaft") || p.equals("discounter") || p.length() > 8 && p.endsWith("verband") // "Fahrgastverband Pro Bahn"
                // "die Werftengruppe Lürssen", "die Marinesparte NVL", "die Traditionswerft Abeking & Rasmussen"
                || p.length() > 7 && (p.endsWith("gruppe") || p.endsWith("sparte")) || p.length() > 6 && p.endsWith("werft")
                // "der Zweitligist Hertha BSC", "den Stadtrivalen Union Berlin", "der Finanzinvestor KKR"
                || p.endsWith("ligist") || p.endsWith("rivale") || p.endsWith("rivalen") || p.endsWith("investor")
                // "die Projektgesellschaft BBT SE", "die Bahntochter DB Cargo": a compound, not "Gesellschaft für ..."
                || p.length() > 14 && p.endsWith("gesellschaft") || p.length() > 9 && p.endsWith("tochter")
                // "die Materialforschungsanstalt Empa", "das Wirtschaftsforschungsinstitut Ifo"
                || p.length() > 9 && (p.endsWith("anstalt") || p.endsWith("institut"))
                || p.endsWith("röster") || p.endsWith("caterer") || p.endsWith("caterers"); // "der Kaffeeröster Tchibo", "des Caterers Gourmet"
    }

    /** "former Globalfoundries engineers", "Veltrix employees": a name qualifying staff is their employer. */
    static boolean employerOfStaff(Candidate c) {
        return c.nextIs(Word.STAFF);
    }

    /** "the Biden administration", "the Trudeau government": one word, then what a leader heads. */
    static boolean leaderOf(Candidate c) {
        return c.size() == 1 && c.nextIs(Word.LEADERSHIP) && !NOT_LEADERS.contains(c.lower(0))
                && !c.word(0).has(Gazetteer.DEMONYM | Gazetteer.PLACE | Gazetteer.ORGANIZATION);
    }

    /** "Minister for Housing James Browne": the department after "for", then the minister's name. */
    private static final WordSet DEPARTMENT_FOR = WordSet.of("for", "für", "pour", "per", "voor");

    /**
     * A department between a title and a person: "ministre de l'*Intérieur* Olivier Duval", "ministro
     * delle *Infrastrutture* Carlo Benedetti", "conseillère d'*État* Nuria Gorrite": a title and a connector before the span, whose
     * first word names no person, place or organisation and whose second is a given name.
     */
    static boolean department(Candidate c) {
        return ((PlaceCues.OF.contains(c.previous()) || DEPARTMENT_FOR.contains(c.previous())) && Gazetteer.get().isTitle(c.beforePrevious())
                // "la conseillère d'État Nuria Gorrite": the elided "of" inside the span, the title right before it
                || c.lower(0).equals("état") && Gazetteer.get().isTitle(c.previous()))
                && !c.word(0).has(Gazetteer.GIVEN_NAME | Gazetteer.ORG_KEYWORD | Gazetteer.PLACE)
                && c.word(1).has(Gazetteer.GIVEN_NAME);
    }
}
