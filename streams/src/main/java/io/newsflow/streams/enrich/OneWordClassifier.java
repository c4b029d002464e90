package io.newsflow.streams.enrich;

import io.newsflow.streams.enrich.EntityClassifier.Strength;
import io.newsflow.streams.enrich.EntityClassifier.Typed;
import java.util.regex.Pattern;

/**
 * Types a one-word name that no list knows, from its shape and the words around it, in order of
 * evidence: common nouns that read as names, an organisation word, capitals, place shapes and
 * context, a brand's inner capital, staff, titles, "said", a company's roles, the GeoNames towns,
 * a locative; otherwise an organisation, weak when it opens a sentence or the text is German.
 */
final class OneWordClassifier {

    private final PlaceCues places;

    OneWordClassifier(PlaceCues places) {
        this.places = places;
    }

    private static final WordSet NUMBER_WORDS = WordSet.of("million", "billion", "thousand",
            "mln", "bn", "mn", "millions", "milliards", "millones", "milioni", "miljoen", "millionen");

    /** A currency's letters glued to an amount: "R100", "R5bn", "Sh200", "Rs500". */
    private static final Pattern AMOUNT = Pattern.compile("\\p{Lu}\\p{Ll}?\\d[\\d.,]*(?:bn|m)?");
    /** The scale after an amount, in English. */
    private static final WordSet SCALE_WORDS = WordSet.of("trillion", "thousand");
    private static final WordSet NORDIC_LOCATIVES = WordSet.of("i", "på", "utanför", "utenfor", "nära", "nær", "vid", "ved");
    /** "i hela Gästrikland", "i hele Danmark": the whole of a place, after a Nordic locative. */
    private static final WordSet NORDIC_WHOLE = WordSet.of("hela", "hele");
    /** Portuguese "em" with its article ("na Baixa", "no Algarve"), Polish "na" ("na Pomorzu"): read in those languages only. */
    private static final WordSet ARTICLE_LOCATIVES = WordSet.of("na", "no", "nas", "nos");

    /** A digit second or third, as in "R100" and "Sh200": a cheap test before the pattern, which few words pass. */
    private static boolean gluedDigit(String word) {
        return word.length() >= 2 && Character.isDigit(word.charAt(1))
                || word.length() >= 3 && Character.isDigit(word.charAt(2));
    }

    private static boolean afterNumber(Candidate c) {
        String before = c.previousWord() == null ? "" : c.previousWord().surface();
        return !before.isEmpty() && Character.isDigit(before.charAt(0)) && Character.isDigit(before.charAt(before.length() - 1))
                || NUMBER_WORDS.contains(c.previous()); // "1.5 million TEU"
    }

    /** The typed one-word candidate, or null when it names nothing ("VLCCs", a minister's portfolio). */
    Typed classify(Candidate c, boolean orgKeyword, String apposition, String language) {
        boolean german = "de".equals(language);
        boolean nordic = Languages.nordic(language);
        String word = c.word(0).surface();
        if (FederalBodies.is(c.word(0)) || OrganisationLists.nationalBrand(c.word(0))) { // in any language: "Bundesnetzagentur", "Météo-France"
            return new Typed(c, EntityType.ORGANIZATION, Strength.CUED, null); // "Bundesnetzagentur"
        }
        if (german && Character.isDigit(word.charAt(0))) {
            return null; // "die 50+1-Regel", "das 49-Euro-Ticket": a compound common noun opened by a number
        }
        if (german && word.length() > 8 && c.lower(0).endsWith("stadion") || nordic && NordicNames.placeWord(c)) {
            return new Typed(c, EntityType.LOCATION, Strength.CUED, null); // "im Olympiastadion" (a venue), "till Bottenhavet"
        }
        // a lone letter names nothing ("Ørsted A/S"; "X" is listed), but weakly a Nordic party's ("Olofsson (S)", PartiesInBrackets)
        if (word.length() == 1 || CommonNounShapes.isCommonNoun(c.word(0)) || Portfolios.is(c)
                || NonEntityNames.documentTitle(c) || versioned(c)) { // "dal Piano nazionale di ripresa", "Snowy 2.0"
            return word.length() == 1 && nordic && c.word(0).capitalised() ? new Typed(c, EntityType.ORGANIZATION, Strength.WEAK, null) : null;
        }
        if (german && PlaceShapes.compassPart(c.word(0))) {
            return new Typed(c, EntityType.LOCATION, Strength.CUED, null); // "in Ostdeutschland", "Süditalien"
        }
        boolean dutch = "nl".equals(language);
        if ((nordic || dutch) && NordicNames.railwayLine(c.word(0), dutch)) {
            return null; // "Botniabanan", "Oosterweelverbinding": a line
        }
        if (nordic && NordicNames.authority(c.word(0))) {
            return new Typed(c, EntityType.ORGANIZATION, Strength.CUED, null); // "Trafikverket planerar ..."
        }
        if (orgKeyword || SpanOpeners.government(c.lower(0))) { // ("della Regione": a region's government alone)
            return new Typed(c, EntityType.ORGANIZATION, Strength.WEAK, null); // "the Commission": only via coreference
        }
        if (NonEntityNames.unitShape(c) && afterNumber(c) && !c.listed(Gazetteer.ORGANIZATION | Gazetteer.PLACE)) {
            return null; // "24,000 TEU", "100 MW", "700 MHz": a unit
        }
        if (gluedDigit(word) && AMOUNT.matcher(word).matches() && (NUMBER_WORDS.contains(c.next()) || SCALE_WORDS.contains(c.next())
                || word.endsWith("bn") || word.endsWith("m"))) {
            return null; // "R100 billion", "R5bn", "Sh200 million": a currency's letters and an amount
        }
        if (c.word(0).hasClass(Word.ALL_CAPS) && word.length() <= 8) {
            // "TUCSON, Ariz. (AP) —": a wire dateline's town in capitals, not an acronym
            boolean dateline = c.initial() && word.length() >= 4 && c.listed(Gazetteer.TOWN);
            return new Typed(c, dateline ? EntityType.LOCATION : EntityType.ORGANIZATION, Strength.CUED, null);
        }
        if (ContextCues.based(c)) {
            return new Typed(c, EntityType.ORGANIZATION, Strength.CUED, null); // "Copenhagen-based Norden"
        }
        if (ContextCues.directionBefore(c) && !"ORG".equals(apposition)) {
            return new Typed(c, EntityType.LOCATION, Strength.CUED, null); // "in southern Jutland"
        }
        if ((ContextCues.workplace(c) || ContextCues.speaksFor(c)) && !"PERSON".equals(apposition)) { // "analysts at Jefferies": before the hyphenated-place cue ("Sea-Intelligence")
            return new Typed(c, EntityType.ORGANIZATION, Strength.CUED, null);
        }
        // "Shropshire"; a church named in one compound, a building: "die Bonifatiuskirche in Wiesbaden"
        if (places.hyphenated(word) || "PLACE".equals(apposition) || c.lower(0).endsWith("shire") || SiteNames.church(c.lower(0))) {
            return new Typed(c, EntityType.LOCATION, c.initial() ? Strength.WEAK : Strength.CUED, null);
        }
        if (places.context(c) && !"ORG".equals(apposition)) { // "the port of Rønne", "the Entre-Deux-Mers area"
            boolean weak = german && !TownShapes.germanTown(c.lower(0)) && !TownShapes.afterDistrict(c) || c.initial();
            return new Typed(c, EntityType.LOCATION, weak ? Strength.WEAK : Strength.CUED, null);
        }
        if (PlaceShapes.routeStart(c) && !"ORG".equals(apposition)) { // "from Hebbal to Yelahanka"
            return new Typed(c, EntityType.LOCATION, Strength.CUED, null);
        }
        if (c.afterTitle() && word.indexOf('-') > 0 && !"ORG".equals(apposition)) { // "Koning Willem-Alexander"
            return new Typed(c, EntityType.PERSON, c.initial() ? Strength.WEAK : Strength.CUED, null);
        }
        if (c.previous().equals("à") && !c.initial() && word.indexOf('-') > 0 && !"ORG".equals(apposition)) {
            return new Typed(c, EntityType.LOCATION, Strength.CUED, null); // "à Pierre-Bénite": a town's two names
        }
        if (TownShapes.compassDistrict(word) && hasInnerCapital(word)) { // (the cheap test first: most words have no hyphen)
            return new Typed(c, EntityType.LOCATION, c.initial() ? Strength.WEAK : Strength.CUED, null); // "in Nieuw-West"
        }
        // (not "Garmisch-Partenkirchen"; nor "its factory in Castleford, which makes the coats": the clause is the factory's)
        if (hasInnerCapital(word) && !c.listed(Gazetteer.TOWN)
                || "ORG".equals(apposition) && !(c.previousIs(Word.LOCATIVE) && c.listed(Gazetteer.TOWN | Gazetteer.PLACE))) {
            return new Typed(c, EntityType.ORGANIZATION, Strength.CUED, null); // "GlobalFoundries", "E-Control"
        }
        if (ContextCues.employerOfStaff(c) && !"PERSON".equals(apposition)) { // "former Globalfoundries engineers"
            // opening a sentence ("City officials said") it is as often an adjective: only coreference keeps it
            return new Typed(c, EntityType.ORGANIZATION, c.initial() ? Strength.WEAK : Strength.CUED, null);
        }
        // "Em Rondonópolis, o presidente da Aprosoja ...": after a locative, the apposition's person is the clause's subject
        boolean personApposition = "PERSON".equals(apposition) && !c.previousIs(Word.LOCATIVE);
        if (c.afterTitle() && !("pl".equals(language) && c.listed(Gazetteer.TOWN)) // not "Prezydent Torunia": Toruń's mayor
                || personApposition || ContextCues.leaderOf(c)) {
            return new Typed(c, EntityType.PERSON, c.initial() ? Strength.WEAK : Strength.CUED, null);
        }
        // "brokers in Beaune said": after a locative the subject of "said" is the noun before it
        if (c.nextIs(Word.SAID) && !(c.previousIs(Word.LOCATIVE) && !c.initial())) {
            // companies say things too ("French miner Eramet ... Eramet said"): a cue, not proof, unless a surname's shape
            return new Typed(c, EntityType.PERSON, c.initial() ? Strength.WEAK
                    : c.word(0).hasClass(Word.SURNAME) ? Strength.CUED : Strength.DEFAULT, null);
        }
        if (c.nextIs(Word.ORG_ROLE)) { // "Benfica president Rui Costa"
            // "District president Jon Holden": a place or body word alone opening the sentence names no body
            boolean keywordOnly = c.initial() && c.word(0).has(Gazetteer.PLACE_KEYWORD | Gazetteer.ORG_KEYWORD);
            return new Typed(c, EntityType.ORGANIZATION, keywordOnly ? Strength.WEAK : Strength.CUED, null);
        }
        // Swedish, Danish and Norwegian "i" and "på" ("i Nordsøen"): no locative elsewhere ("i Verdi" are Italy's Greens)
        boolean afterLocative = (c.previousIs(Word.LOCATIVE) || nordic && (NORDIC_LOCATIVES.contains(c.previous())
                    || NORDIC_WHOLE.contains(c.previous()) && NORDIC_LOCATIVES.contains(c.beforePrevious()))
                || ("pt".equals(language) || "pl".equals(language) && c.previous().equals("na"))
                    && ARTICLE_LOCATIVES.contains(c.previous()))
                && !c.initial() || PlaceCues.afterItalianAt(c, language);
        // "Veldhoven", "Valais": a town no other evidence types; in German only after "in", "nach", "aus",
        // and not as the first word of a longer name ("in Mülheim an der Ruhr")
        if (c.listed(Gazetteer.TOWN) && (!german || word.indexOf('-') > 0 || afterLocative // (a town of two names is no noun)
                && !c.nextIs(Word.PLACE_CONNECTOR) && !"an".equals(c.next()))) {
            return new Typed(c, EntityType.LOCATION, Strength.DEFAULT, null);
        }
        if (afterLocative || german && !c.initial() && StreetNames.germanStreet(c.word(0))) { // "am Heldenplatz"
            // "in der Hofstallgasse"; "nach Ostermundigen": a street's or a town's ending is the evidence German needs
            boolean street = german && (StreetNames.germanStreet(c.word(0)) || TownShapes.germanTown(c.lower(0)));
            return new Typed(c, EntityType.LOCATION, german && !street ? Strength.WEAK : Strength.DEFAULT, null);
        }
        if (german || c.initial()) {
            return new Typed(c, EntityType.ORGANIZATION, Strength.WEAK, null);
        }
        if (TownShapes.townEnding(c.lower(0))) {
            return new Typed(c, EntityType.LOCATION, Strength.DEFAULT, null); // "Karlshamn", "Tewkesbury"
        }
        return new Typed(c, EntityType.ORGANIZATION, Strength.DEFAULT, null);
    }

    /** "GlobalFoundries", "E-Control": a brand's capital inside the word. */
    static boolean hasInnerCapital(String word) {
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

    /** "its Snowy 2.0 project", "Industrie 4.0": a word with a version number names a project or product, no body. */
    private static boolean versioned(Candidate c) {
        String next = c.nextWord() == null ? "" : c.nextWord().surface();
        int dot = next.indexOf('.');
        if (dot < 1 || dot > next.length() - 2 || next.length() > 5) {
            return false;
        }
        for (int k = 0; k < next.length(); k++) {
            if (k != dot && !Character.isDigit(next.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
