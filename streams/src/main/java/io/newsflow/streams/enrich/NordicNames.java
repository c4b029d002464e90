package io.newsflow.streams.enrich;

import java.util.List;

/**
 * Swedish, Danish and Norwegian write an authority's name as one compound with the definite
 * article at its end ("Trafikverket", "Energistyrelsen", "Finanstilsynet", "Helsedirektoratet"):
 * the ending says it is an authority even where the word opens a sentence and nothing else types
 * it. A railway line is one compound too ("Botniabanan", "Bergensbanen"), and names no place and no
 * body (the evaluation labels leave lines out).
 */
final class NordicNames {

    private static final List<String> AUTHORITIES = List.of("verket", "styrelsen", "myndigheten", "inspektionen",
            "direktoratet", "tilsynet", "ministeriet", "departementet", "kassan", "nämnden", "nemnda", "nævnet",
            "förmedlingen", "formidlingen", // "Arbetsförmedlingen", "Arbeidsformidlingen"
            "förbundet", "forbundet", // unions and federations, named the same way: "Vårdförbundet", "Kommunalförbundet"
            "föreningen", "foreningen", // associations: "Hyresgästföreningen", "Naturskyddsföreningen", "Lægeforeningen"
            "tinget", // parliaments: "Sametinget", "Stortinget", "Folketinget"
            "rådet", // councils: "Konkurrencerådet", "Forbrugerrådet", "Vetenskapsrådet"
            "ämbetet", "embedet", // "Riksantikvarieämbetet", "Riksantikvarembetet"
            "museet", // museums: "Vasamuseet", "Nationalmuseet", "Vikingskipsmuseet"
            "operan", "teatern", "teatret", // opera houses and theatres: "Göteborgsoperan", "Folkteatern", "Stadsteatern"
            "universitetet", "högskolan", "høgskolen", "institutet", "instituttet"); // "Mittuniversitetet", "Försvarshögskolan"
    private static final List<String> LINES = List.of("banan", "banen");
    /** Dutch links' and lines' compounds, also named in one word: "Oosterweelverbinding", "Noord/Zuidlijn". */
    private static final List<String> DUTCH_LINES = List.of("verbinding", "lijn");

    private NordicNames() {
    }

    /** A culture body's noun closing a Nordic compound, indefinite: "Stadsteater", "Stadsbibliotek", "Konserthus". */
    private static final List<String> CULTURE_BODIES = List.of("teater", "bibliotek", "opera", "orkester", "konserthus");

    /** "Borås Stadsteater", "Malmö Stadsbibliotek": a compound ending in a culture body's noun closes a body's name. */
    static boolean cultureBody(Word word) {
        return compoundEndingIn(word, CULTURE_BODIES);
    }

    /** Works named "-verket" that are plants, not authorities: "Stålverket", "Kärnkraftverket", "Sågverket". */
    private static final List<String> WORKS = List.of("stålverket", "kraftverket", "sågverket", "vattenverket",
            "reningsverket", "värmeverket", "järnverket", "stålværket", "kraftværket",
            // and "the trade union", "the national federation": no name ("Fagforbundet 3F vurderer")
            "fackförbundet", "fagforbundet", "riksförbundet", "fackföreningen", "fagforeningen", "bostadsrättsföreningen");

    /**
     * "Trafikverket", "Energistyrelsen", "Mittuniversitetet": a Nordic authority's one-word name; not a plant ("Stålverket
     * ska ...").
     */
    static boolean authority(Word word) {
        return compoundEndingIn(word, AUTHORITIES) && WORKS.stream().noneMatch(word.lower()::endsWith);
    }

    /**
     * Where a name ends that a lower-case "kommun", "kommune", "universitet" or "sjukhus" goes on ("i Luleå kommun",
     * "Oslo kommune", "vid Umeå universitet"): the municipality, university or hospital, a body, after its town; else
     * {@code j}, the span's end.
     */
    static int municipalityEnd(String text, Tokens tokens, int j) {
        if (j < tokens.size() && !tokens.word(j).capitalised() && CandidateFinder.adjacent(text, tokens, j - 1, j)) {
            // "Statens vegvesen", "Statens kartverk": the state's agency, named by the state's genitive and its noun;
            // "Försvarets materielverk", "Forsvarets forskningsinstitutt": the armed forces' agency, by its kind's word
            String forces = tokens.word(j - 1).surface();
            return TOWNS_BODIES.contains(tokens.word(j).lower()) || forces.equals("Statens") && tokens.word(j).stopLanguages() == 0
                    || forces.endsWith("s") && MEMBERS_BODIES.contains(tokens.word(j).lower()) // "Handelsanställdas förbund"
                    || NATIONS.contains(tokens.word(j - 1).lower()) && endsIn(tokens.word(j).lower(), NATIONAL_BODIES, 3) // "Svensk biblioteksförening"
                    || (forces.equals("Försvarets") || forces.equals("Forsvarets")) && endsIn(tokens.word(j).lower(), FORCES_BODIES, 3)
                    || adjectivesAgency(tokens.word(j - 1).lower(), tokens.word(j).lower()) // "Statistiska centralbyrån"
                    ? j + 1 : j;
        }
        return j;
    }

    /** A country's adjective that opens a national association's name, its noun in lower case: "Svensk biblioteksförening". */
    private static final WordSet NATIONS = WordSet.of("svensk", "svenska", "norsk", "norske", "dansk", "danske", "finsk", "finska");
    private static final List<String> NATIONAL_BODIES = List.of("förening", "förbund", "forening", "forbund", "selskab", "selskap");

    /** A union's or an association's noun after its members' genitive: "Handelsanställdas förbund", "Lärarnas riksförbund". */
    private static final WordSet MEMBERS_BODIES = WordSet.of("förbund", "riksförbund", "fackförbund", "förening", "riksförening",
            "forbund", "landsforbund", "forening", "landsforening");

    private static final List<String> FORCES_BODIES = List.of("verk", "anstalt", "högskola", "høgskole", "institutt",
            "tjeneste", "myndighet");

    /** Lower-case nouns that make a town's name a body's: "Luleå kommun", "Umeå universitet", "Malmö tingsrätt". */
    private static final WordSet TOWNS_BODIES = WordSet.of("kommun", "kommune", "universitet", "universitetssjukhus",
            "universitetssykehus", "universitetshospital", "sjukhus", "sygehus", "sykehus", "högskola", "høgskole",
            "sameby", "sijte", // a Sami village, a body at law: "Gabna sameby", "Sør-Fosen sijte"
            "fylkeskommune", // a Norwegian county's government: "Vestland fylkeskommune"
            "tingsrätt", "hovrätt", "tingrett", "lagmannsrett", "byret", "landsret", // courts: "Malmö tingsrätt", "Oslo tingrett"
            "politidistrikt", "polisregion"); // police districts: "Troms politidistrikt", "polisregion Syd"

    /** Agencies' nouns after a national adjective: "Statistiska centralbyrån", "Statistisk sentralbyrå". */
    private static final List<String> AGENCY_NOUNS = List.of("byrån", "byrå", "byrået", "verket", "myndigheten", "nämnden",
            "styrelsen");

    /** "Statistiska centralbyrån", "Allmänna reklamationsnämnden": an adjective in "-isk" or "general", then an agency's noun. */
    private static boolean adjectivesAgency(String adjective, String noun) {
        return (adjective.endsWith("isk") || adjective.endsWith("iska") || adjective.endsWith("iske") || adjective.equals("allmänna"))
                && endsIn(noun, AGENCY_NOUNS, 3);
    }

    /** "Botniabanan", "Ofotbanen": a railway line's one-word name; in Dutch, "Oosterweelverbinding", "Noord/Zuidlijn". */
    static boolean railwayLine(Word word, boolean dutch) {
        return compoundEndingIn(word, dutch ? DUTCH_LINES : LINES);
    }

    private static boolean compoundEndingIn(Word word, List<String> endings) {
        return compoundEndingIn(word, endings, 3);
    }

    /** A capitalised compound (no acronym) ending in one of {@code endings} after at least {@code stem} letters. */
    private static boolean compoundEndingIn(Word word, List<String> endings, int stem) {
        return endsIn(word.lower(), endings, stem) && word.capitalised() && !word.hasClass(Word.ALL_CAPS);
    }

    /** A word ending in one of {@code endings} after at least {@code stem} letters. */
    static boolean endsIn(String lower, List<String> endings, int stem) {
        for (String ending : endings) {
            if (lower.length() >= ending.length() + stem && lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Northvolts industriområde", "Vattenfalls vd": Swedish, Danish and Norwegian write a name's genitive with a bare
     * "-s", so a one-word body that no list knows, ending in "-s" before a lower-case noun, is named without it. A
     * listed name, a place, a person and an acronym keep their form ("Västerås", "Mattias", "SAS").
     */
    static EntityClassifier.Typed withoutGenitive(EntityClassifier.Typed t) {
        Candidate c = t.candidate();
        String surface = c.size() == 1 ? c.word(0).surface() : "";
        if (t.type() != EntityType.ORGANIZATION || t.strength().compareTo(EntityClassifier.Strength.DEFAULT) > 0
                || surface.length() < 5 || !surface.endsWith("s") || surface.endsWith("ss") || c.word(0).hasClass(Word.ALL_CAPS)
                || c.nextWord() == null || c.nextWord().capitalised() || !Character.isLetter(c.nextWord().surface().charAt(0))
                || c.nextWord().stopLanguages() != 0) { // a verb after a subject ("Vestas har", "Vestas ska") is no noun
            return t;
        }
        Candidate stem = CandidateRebuilds.withFirstWord(c, Word.of(surface.substring(0, surface.length() - 1)));
        return new EntityClassifier.Typed(stem, t.type(), t.strength(), t.countryCode());
    }

    /** Definite geographic nouns that end a Nordic place's one-word name: "Bottenhavet", "Nordsøen", "Oslofjorden". */
    private static final List<String> GEOGRAPHIC = List.of("havet", "sjön", "sjøen", "søen", "fjorden", "älven", "elva",
            "elven", "viken", "bukta", "bugten", "øya", "ön");
    /** Squares and streets named in one compound: "Nytorv", "Stortorget", "Rådhuspladsen", "Vesterbrogade", "Drottninggatan". */
    private static final List<String> STREETS = List.of("torv", "torvet", "torg", "torget", "plads", "pladsen", "plass", "plassen",
            "gade", "gaden", "gata", "gatan", "vej", "vejen", "veien", "vägen", "stræde");

    /** "på Kongens Nytorv", "Vesterbrogade": a Nordic square's or street's compound (not "Brigade", "Renegade"). */
    static boolean streetOrSquare(Word word) {
        // two letters before the ending are enough: "Nytorv"
        return compoundEndingIn(word, STREETS, 2) && !word.lower().endsWith("brigade") && !word.lower().endsWith("renegade");
    }

    /**
     * A one-word Nordic place by its compound's ending: a sea, lake, fjord, river, bay or island ({@link #geographic}), or a
     * square or street not opening a sentence (there "Omvejen", the detour, is a common noun).
     */
    static boolean placeWord(Candidate c) {
        return geographic(c.word(0)) || !c.initial() && streetOrSquare(c.word(0));
    }

    /** "till Bottenhavet", "under Nordsøen": a sea's, lake's, fjord's, river's, bay's or island's name in one word. */
    static boolean geographic(Word word) {
        return compoundEndingIn(word, GEOGRAPHIC);
    }

    /** The Nordic compass words before "for"/"om": "nord for Refshaleøen", "sør for Oslo", "norr om Umeå". */
    private static final WordSet COMPASS = WordSet.of("nord", "syd", "sør", "øst", "vest", "nordøst", "nordvest", "sydøst",
            "sydvest", "norr", "söder", "öster", "väster", "nordost", "nordväst", "sydost", "sydväst");

    /** "nord for Refshaleøen", "söder om Stockholm": a Danish, Norwegian or Swedish direction from a place. */
    static boolean directionFrom(Candidate c) {
        return (c.previous().equals("for") || c.previous().equals("om")) && COMPASS.contains(c.beforePrevious());
    }
}
