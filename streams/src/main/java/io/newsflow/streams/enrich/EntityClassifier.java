package io.newsflow.streams.enrich;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Types one {@link Candidate} from the gazetteer and its context, and says how sure it is.
 * Order of evidence: names the article itself gives (authors, source), countries and places,
 * known organisations, organisation keywords ("Bank", "Institute"), acronyms, given names and
 * titles, attribution verbs ("said"), appositions ("Verdi, the services union"), then defaults.
 * In German every noun is capitalised, so there unknown spans need positive evidence.
 */
final class EntityClassifier {

    /** How the type was decided; weak guesses survive only if coreference confirms them. */
    enum Strength { WEAK, DEFAULT, CUED, KNOWN }

    /** A typed candidate. {@code countryCode} is set for countries. */
    record Typed(Candidate candidate, EntityType type, Strength strength, String countryCode) {
    }

    static final Set<String> SAID = Set.of("said", "says", "told", "added", "wrote", "warned", "argued", "explained",
            "sagte", "sagt", "erklärte", "betonte", "dijo", "afirmó", "explicó", "zei", "zegt", "stated", "noted");
    private static final Set<String> LOCATIVE = Set.of("in", "near", "outside", "across", "throughout", "around",
            "nach", "bei", "im", "aus", "à", "dans", "en", "cerca", "bij", "naar", "uit", "towards", "toward");
    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "upper", "lower", "greater", "nord", "süd", "ost", "noord", "zuid", "oost");
    static final Set<String> ORG_APPOSITION = Set.of("company", "firm", "group", "maker", "manufacturer",
            "operator", "carrier", "lender", "insurer", "union", "party", "agency", "alliance", "regulator",
            "charity", "startup", "start-up", "giant", "retailer", "broker", "consultancy", "watchdog", "body",
            "supplier", "producer", "developer", "platform", "organisation", "organization", "club", "newspaper",
            "broadcaster", "airline", "bank", "fund", "network", "institute", "association", "federation");

    static final Set<String> APPOSITION_OPENERS = Set.of("a", "an", "the", "its", "his", "her", "their",
            "der", "die", "das", "ein", "eine", "le", "la", "les", "un", "une", "el", "los", "las", "una", "de",
            "het", "een");

    /** Names of laws, events and prizes: capitalised, but neither persons, places nor organisations. */
    private static final Set<String> NOT_ENTITIES = Set.of("act", "acts", "treaty", "accord", "accords",
            "convention", "directive", "regulation", "bill", "doctrine", "summit", "cup", "games", "olympics",
            "prize", "award", "awards", "festival", "war", "index", "strategy", "programme", "program", "plan");

    private final Gazetteer gazetteer = Gazetteer.get();

    /** The typed candidate, or null when it names no person, place or organisation. */
    Typed classify(Candidate c, Map<String, EntityType> documentNames, String language) {
        String key = c.key();
        EntityType fromDocument = documentNames.get(key);
        if (fromDocument != null) {
            return new Typed(c, fromDocument, Strength.KNOWN, null);
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
        if (c.size() > 1 && NOT_ENTITIES.contains(c.lower(c.size() - 1))) {
            return null; // "Chips Act", "World Cup"
        }
        boolean german = "de".equals(language);
        String apposition = appositionType(c.apposition());
        boolean orgKeyword = false;
        for (int i = 0; i < c.size(); i++) {
            orgKeyword |= c.word(i).has(Gazetteer.ORG_KEYWORD);
        }
        if (c.size() == 1) {
            return single(c, orgKeyword, apposition, german);
        }
        if (orgKeyword || "ORG".equals(apposition)) {
            return new Typed(c, EntityType.ORGANIZATION, Strength.CUED, null);
        }
        if (DIRECTIONS.contains(c.lower(0)) && gazetteer.isPlace(key.substring(key.indexOf(' ') + 1))) {
            return new Typed(c, EntityType.LOCATION, Strength.CUED, null);
        }
        if (c.word(0).has(Gazetteer.GIVEN_NAME) || c.afterTitle() || SAID.contains(c.next()) || "PERSON".equals(apposition)) {
            return new Typed(c, EntityType.PERSON, Strength.CUED, null);
        }
        for (int i = 0; i < c.size(); i++) {
            if (c.word(i).has(Gazetteer.PLACE) || c.word(i).hasClass(Word.ALL_CAPS)) {
                return new Typed(c, EntityType.ORGANIZATION, Strength.CUED, null); // "Air France", "SEMI Europe"
            }
        }
        if (german) {
            return new Typed(c, EntityType.PERSON, Strength.WEAK, null);
        }
        return new Typed(c, EntityType.PERSON, Strength.DEFAULT, null);
    }

    private Typed single(Candidate c, boolean orgKeyword, String apposition, boolean german) {
        String word = c.word(0).surface();
        if (orgKeyword) {
            return new Typed(c, EntityType.ORGANIZATION, Strength.WEAK, null); // "the Commission": only via coreference
        }
        if (c.word(0).hasClass(Word.ALL_CAPS) && word.length() <= 8) {
            return new Typed(c, EntityType.ORGANIZATION, Strength.CUED, null);
        }
        if (hasInnerCapital(word) || "ORG".equals(apposition)) {
            return new Typed(c, EntityType.ORGANIZATION, Strength.CUED, null); // "GlobalFoundries", "E-Control"
        }
        if (c.afterTitle() || SAID.contains(c.next()) || "PERSON".equals(apposition)) {
            return new Typed(c, EntityType.PERSON, c.initial() ? Strength.WEAK : Strength.CUED, null);
        }
        if (LOCATIVE.contains(c.previous()) && !c.initial()) {
            return new Typed(c, EntityType.LOCATION, german ? Strength.WEAK : Strength.DEFAULT, null);
        }
        if (german || c.initial()) {
            return new Typed(c, EntityType.ORGANIZATION, Strength.WEAK, null);
        }
        return new Typed(c, EntityType.ORGANIZATION, Strength.DEFAULT, null);
    }

    /**
     * "ORG" or "PERSON" when an apposition describes the name ("Verdi, the services union",
     * "Anna Berg, a spokeswoman"): it must open with an article or with the describing word itself.
     */
    private static String appositionType(List<Word> apposition) {
        if (apposition.isEmpty()) {
            return "";
        }
        Word first = apposition.get(0);
        if (!first.hasClass(Word.APPOSITION_OPENER | Word.ORG_APPOSITION) && !first.has(Gazetteer.TITLE)) {
            return "";
        }
        for (Word word : apposition) {
            if (word.hasClass(Word.ORG_APPOSITION)) {
                return "ORG";
            }
            if (word.has(Gazetteer.TITLE)) { // the memoised flags include German title compounds, as isTitle
                return "PERSON";
            }
        }
        return "";
    }

    private static boolean hasInnerCapital(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
                return true;
            }
            if (Character.isUpperCase(word.charAt(i)) && word.charAt(i - 1) == '-' && i >= 2) {
                return true;
            }
        }
        return false;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
