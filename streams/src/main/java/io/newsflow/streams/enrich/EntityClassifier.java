package io.newsflow.streams.enrich;

import java.util.Map;

/**
 * Types one {@link Candidate} from the gazetteer and its context, and says how sure it is.
 * Order of evidence: names the article itself gives (authors, source), countries and places,
 * known organisations, organisation keywords ("Bank", "Institute"), acronyms, given names and
 * titles, attribution verbs ("said"), appositions ("Verdi, the services union"), place words and
 * place context ("River Severn", "Côte de Nuits", "the port of Rønne", "Szczecin-based"), the
 * GeoNames towns and regions (after all of those: "Hamilton said" is a person), then defaults.
 * A span is a person only with evidence (a given name, a title, "said", an apposition, or
 * coreference with its surname used so); otherwise unknown names default to organisations.
 * In German every noun is capitalised, so there unknown spans need positive evidence.
 */
final class EntityClassifier {

    /** How the type was decided; weak guesses survive only if coreference confirms them. */
    enum Strength { WEAK, DEFAULT, CUED, KNOWN }

    /** A typed candidate. {@code countryCode} is set for countries. */
    record Typed(Candidate candidate, EntityType type, Strength strength, String countryCode) {
    }

    private final Gazetteer gazetteer = Gazetteer.get();
    private final PlaceCues places = new PlaceCues();
    private final OneWordClassifier oneWord = new OneWordClassifier(places);

    /** The typed candidate, or null when it names no person, place or organisation. */
    Typed classify(Candidate c, Map<String, EntityType> documentNames, String language) {
        String last = c.lower(c.size() - 1);
        if (last.endsWith(ContextCues.BASED) && last.length() > ContextCues.BASED.length()) {
            return based(c, documentNames, language);
        }
        String key = c.key();
        EntityType fromDocument = documentNames.get(key);
        if (fromDocument != null) {
            return new Typed(c, fromDocument, Strength.KNOWN, null);
        }
        if (NonEntityNames.stockIndex(c, last) || NonEntityNames.portOf(c, language) || GermanCommonNouns.is(c, language)) {
            return null;
        } else if (OrganisationLists.clubByExonym(c, language)) { // "Inter e Milan": in Italian the city is Milano
            return new Typed(c, EntityType.ORGANIZATION, Strength.KNOWN, null);
        }
        // "TUCSON, Ariz. (AP)": Arizona; "les Bruxellois paient": Bruxelles
        Candidate state = UsStateAbbreviations.state(c);
        state = state != null ? state : PlaceShapes.peopleOrCityOf(c, language);
        if (state != null) {
            return new Typed(state, EntityType.LOCATION, Strength.KNOWN, null);
        }
        // "the Baltic states", "Atlantic ports": a sea's name used as an adjective names no place
        if (c.size() == 1 && c.word(0).has(Gazetteer.DEMONYM) && c.listed(Gazetteer.PLACE) && PlaceShapes.beforeNoun(c.next())) {
            return null;
        }
        // countries are places: only a listed place can have a country code
        String code = c.listed(Gazetteer.PLACE) ? gazetteer.countryCode(key) : null;
        if (code != null) {
            return new Typed(c, EntityType.LOCATION, Strength.KNOWN, code);
        }
        if (c.listed(Gazetteer.PLACE)) {
            return new Typed(c, EntityType.LOCATION, Strength.KNOWN, null);
        }
        if (c.listed(Gazetteer.ORGANIZATION)) {
            return new Typed(c, EntityType.ORGANIZATION, Strength.KNOWN, null);
        }
        if (c.initial() && c.size() > 1 && SpanOpeners.openingPreposition(c.lower(0))) {
            // "Selon Vigicrues, ...", "Según la Asociación Valenciana de Empresarios, ...": the name follows
            int from = c.size() > 2 && c.word(1).hasClass(Word.ARTICLE) ? 2 : 1;
            return classify(CandidateRebuilds.rest(c, from, false), documentNames, language);
        }
        if (NonEntityNames.lawOrEvent(c)) {
            return null; // "Chips Act", "World Cup", "Plan de Recuperación", "Storm Bert"
        }
        if (c.size() > 1 && Portfolios.is(c) && !c.hasGivenName()) {
            // "ministro delle Imprese Adolfo Urso": a one-word portfolio, then the minister; "secretário de
            // Estado da Energia, João Galamba": the portfolio alone, no name
            int body = Portfolios.bodyAfter(c); // "... de Agricultura de la Generalitat Valenciana"
            return body > 0 ? classify(CandidateRebuilds.rest(c, body, false), documentNames, language)
                    : c.size() >= 3 && !c.word(1).hasClass(Word.CONNECTOR)
                    ? classify(CandidateRebuilds.rest(c, 1, true), documentNames, language) : null;
        }
        boolean german = "de".equals(language);
        Typed shaped = BodyNameShapes.typed(c, german); // "la Ville de Tournai", "die Münchner Verkehrsgesellschaft"
        if (shaped != null) {
            return shaped;
        }
        // German capitalises every noun, so "Union" there may end a name ("Europäische Union Landstrom")
        if (!c.initial() && (german ? ContextCues.describedBodyInGerman(c) : ContextCues.describedBody(c))) {
            return new Typed(c, EntityType.ORGANIZATION, Strength.CUED, null); // "the dredging group Jan De Nul"
        }
        String apposition = Appositions.type(c.apposition());
        if (apposition.isEmpty() && TownCues.inRegion(c, language)) {
            apposition = "PLACE"; // "bodegas de Haro y de Laguardia, en Álava": a town and its region
        }
        // a body's word opening a name that goes on in lower case ("Transports publics de la région lausannoise")
        boolean orgKeyword = c.size() >= 3 && c.word(0).hasClass(Word.BODY_HEAD) && !c.word(1).capitalised();
        boolean placeKeyword = false;
        for (int i = 0; i < c.size(); i++) {
            // an ampersand joins companies' names, never people's ("Ernst & Young")
            orgKeyword |= c.word(i).has(Gazetteer.ORG_KEYWORD) || c.word(i).hasClass(Word.FEDERAL_BODY) || c.word(i).surface().equals("&");
            placeKeyword |= c.word(i).has(Gazetteer.PLACE_KEYWORD);
        }
        orgKeyword |= c.size() >= 2 && NordicNames.cultureBody(c.word(c.size() - 1)); // "Borås Stadsteater"
        if (c.size() == 1) {
            return oneWord.classify(c, orgKeyword, apposition, language);
        }
        if (ContextCues.based(c) && !"PERSON".equals(apposition)) {
            return new Typed(c, EntityType.ORGANIZATION, Strength.CUED, null); // "Abu Dhabi-based AD Ports Group"
        }
        if (MunicipalBodies.regionalGovernment(c)) { // "la Région Bretagne a retenu ...": the institution
            return new Typed(c, EntityType.ORGANIZATION, Strength.CUED, null);
        }
        Typed place = PlaceShapes.beforeOrganisationWords(c, orgKeyword, apposition, language);
        if (place != null) { // "Port Harcourt", "Travis County", "Niger Delta"
            return place;
        }
        if (orgKeyword || "ORG".equals(apposition)) {
            return new Typed(c, EntityType.ORGANIZATION, Strength.CUED, null);
        }
        // "North Jutland", "Greater Manchester", "Mar Vermelho", "Emirates Stadium"
        if (PlaceShapes.directionOfPlace(c) || PlaceShapes.namedSea(c) || PlaceShapes.venue(c)) {
            return new Typed(c, EntityType.LOCATION, Strength.CUED, null);
        }
        boolean afterLocative = c.previousIs(Word.LOCATIVE) && !c.initial() || PlaceCues.afterItalianAt(c, language);
        if (c.size() >= 3 && ContextCues.department(c)) {
            return classify(CandidateRebuilds.rest(c, 1, true), documentNames, language); // "ministre de l'Intérieur Olivier Duval"
        }
        // "said" makes a person of two words that do not end in a place: not "Focus Ireland said",
        // not "the Independent Electricity System Operator said"
        boolean saidOfTwo = c.size() == 2 && !c.word(1).has(Gazetteer.PLACE) && !c.word(0).has(Gazetteer.ORGANIZATION)
                && !c.word(0).hasClass(Word.ALL_CAPS) && !c.word(1).hasClass(Word.ALL_CAPS) // "LNG Hrvatska said"
                && (c.nextIs(Word.SAID) && !afterLocative // not "brokers in La Spezia said"
                || c.previousIs(Word.SAID)); // '"...," said Hélène Moreau'
        if (c.size() >= 3 && c.word(0).has(Gazetteer.GIVEN_NAME) && c.word(c.size() - 1).has(Gazetteer.PLACE_KEYWORD)
                && !c.word(c.size() - 2).hasClass(Word.CONNECTOR) // not a surname's particle: "André Corrêa do Lago"
                || MayoralTowns.after(c, language)) { // "el alcalde de Gustavo A. Madero": a borough named after a person
            return new Typed(c, EntityType.LOCATION, Strength.CUED, null); // "Francis Scott Key Bridge", not a person
        }
        // "PKP Polskie Linie Kolejowe, the infrastructure manager": an acronym opens a body's name, not a person's
        boolean personApposition = "PERSON".equals(apposition) && !c.word(0).hasClass(Word.ALL_CAPS);
        if (c.word(0).has(Gazetteer.GIVEN_NAME) || c.afterTitle() || personApposition || saidOfTwo
                || SurnameShapes.particleSurname(c)) {
            return new Typed(c, EntityType.PERSON, Strength.CUED, null);
        }
        if ("PLACE".equals(apposition) || c.word(0).has(Gazetteer.PLACE_KEYWORD) && !PlaceShapes.ofCommonWord(c, language)) {
            return new Typed(c, EntityType.LOCATION, Strength.CUED, null); // "River Severn", "Côte de Nuits"
        }
        if (c.listed(Gazetteer.TOWN) && !german || EnglishPlaceJoins.townOnRiver(c)) { // "Puerto Madryn", "Walton on Thames"
            return new Typed(c, EntityType.LOCATION, Strength.DEFAULT, null);
        }
        if (PlaceShapes.routeStart(c)) { // "from Santa Cruz to ..."
            return new Typed(c, EntityType.LOCATION, Strength.CUED, null);
        }
        // "Frankfurt am Main"; a default: "Thibault de Montbrial" ... "Montbrial said"; not after an acronym,
        // which names a body's kind and its seat: "CHU de Liège", "CHR de la Citadelle"
        if (PlaceCues.connector(c) && !PlaceShapes.ofCommonWord(c, language) && !c.word(0).hasClass(Word.ALL_CAPS)) {
            boolean dutchPerson = SurnameShapes.dutchParticleName(c, language); // "weervrouw Marjon de Vries"
            return new Typed(c, dutchPerson ? EntityType.PERSON : EntityType.LOCATION, Strength.DEFAULT, null);
        }
        if (SurnameShapes.endsInSurname(c)) { // "Darwin Núñez": a town's name, then a surname
            return new Typed(c, EntityType.PERSON, Strength.DEFAULT, null);
        }
        for (int i = 0; i < c.size(); i++) {
            // a listed place's name closing with a place word is a place ("Bruny Island": Island is Iceland in German),
            // and so is a name after a place's word and "of" ("la región de Los Lagos")
            boolean closingPlaceWord = i > 0 && i == c.size() - 1 && c.word(i).has(Gazetteer.PLACE_KEYWORD);
            if ((c.word(i).has(Gazetteer.PLACE) && !closingPlaceWord || c.word(i).hasClass(Word.ALL_CAPS))
                    && !(PlaceCues.OF.contains(c.previous()) && places.context(c))) {
                return new Typed(c, EntityType.ORGANIZATION, Strength.CUED, null); // "Air France", "Manchester City"
            }
        }
        if (placeKeyword || places.context(c)) { // "Brenner Pass", "the port of Puerto Madryn"
            return new Typed(c, EntityType.LOCATION, Strength.CUED, null); // "the port of Puerto Madryn"
        }
        if (german) {
            return new Typed(c, EntityType.PERSON, Strength.WEAK, null);
        }
        // no given name, title, "said" or apposition: not a person unless coreference finds the
        // surname used as one ("Dąbrowski said"); a place after "in", else most often a company
        if (afterLocative) {
            return new Typed(c, EntityType.LOCATION, Strength.DEFAULT, null);
        }
        return new Typed(c, EntityType.ORGANIZATION, Strength.DEFAULT, null);
    }

    /** "Szczecin-based": the name before "-based" is a place (or a listed organisation); the mention is the name alone. */
    private Typed based(Candidate c, Map<String, EntityType> documentNames, String language) {
        Candidate place = CandidateRebuilds.withoutBased(c);
        Typed typed = classify(place, documentNames, language);
        if (typed != null && (typed.strength() == Strength.KNOWN || typed.type() == EntityType.LOCATION)) {
            return typed;
        }
        return new Typed(place, EntityType.LOCATION, Strength.CUED, null);
    }
}
