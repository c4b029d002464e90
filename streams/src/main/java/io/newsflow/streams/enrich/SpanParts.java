package io.newsflow.streams.enrich;

/**
 * Tests on the parts of a capitalised span that {@link SpanCleaner} reads before it cuts the span:
 * a body whose name holds "and", the evidence that a German span is a name, a list after a plural
 * noun, a name word after a sentence's opener, a chamber's side, a second name after "and". The
 * tests on titles and their fields are {@link TitleFields}.
 */
final class SpanParts {

    /** A public body's last word, after two places joined by "and" (no company's legal form: "France and Air Liquide SA"). */
    private static final WordSet PUBLIC_ENDINGS = WordSet.of("council", "board", "authority", "trust", "commission",
            "partnership", "service", "committee", "police", "metro");
    /** Last words of a body whose name has an "and" in it: legal forms and public bodies ({@link #oneBody}). */
    private static final WordSet BODY_ENDINGS = WordSet.of("ag", "gmbh", "se", "sa", "nv", "bv", "spa", "plc", "ltd",
            "inc", "llc", "asa", "ab", "oy", "corporation", "company", "group", "directorate", "authority", "agency",
            "administration", "commission", "council", "board", "ministry", "department", "institute", "foundation",
            "association", "federation", "office", "bureau", "service", "committee", "partnership", "forum",
            "alliance", "coalition", "initiative", "network", "organisation", "organization", "union", "society",
            "trust", "league");

    private SpanParts() {
    }

    /**
     * The listed place at token i, "and", and capitalised words ending with a public body's word:
     * the place opens the body's name ("Cardiff and Vale University Health Board").
     */
    static boolean placesBody(String text, Tokens tokens, int i, boolean capitalisedNouns) {
        if (i + 3 >= tokens.size() || !tokens.word(i + 1).hasClass(Word.AND) || !tokens.word(i).has(Gazetteer.PLACE | Gazetteer.TOWN)) {
            return false; // (the cheap tests first: finding the span's end is not)
        }
        int end = SpanEnds.end(text, tokens, i, capitalisedNouns);
        return placesAndBody(tokens.word(i), tokens.word(i + 2), tokens.word(end - 1), end - i - 2);
    }

    /**
     * A listed place, "and", a second place's name of {@code wordsAfterAnd} words ending with a public
     * body's word: one body; not when a given name follows "and" ("Gujarat and Jawaharlal Nehru Port
     * Authority" are two names). Read by {@link #placesBody} on the tokens and {@link #oneBody} on the span.
     */
    private static boolean placesAndBody(Word place, Word afterAnd, Word last, int wordsAfterAnd) {
        return wordsAfterAnd >= 2 && place.has(Gazetteer.PLACE | Gazetteer.TOWN) && !afterAnd.has(Gazetteer.GIVEN_NAME)
                && PUBLIC_ENDINGS.contains(last.lower());
    }

    /**
     * "Norwegian Water Resources and Energy Directorate", "Hamburger Hafen und Logistik AG": one body
     * whose name has an "and", when the words before it name nothing (no organisation word, no
     * known name, no given name) and the words after it end with a legal form or a public body's word;
     * or a listed place, "and" and a second place before a public body's words ("Brighton and Hove City
     * Council"), not a given name there ("Gujarat and Jawaharlal Nehru Port Authority" are two).
     */
    static boolean oneBody(Span c, int from, int and, int to) {
        if (c.memo(from).withoutElision().hasClass(Word.BODY_HEAD) && RomanceBodies.andOf(c.tokens, and)) {
            return true; // "Corpo forestale e di vigilanza ambientale": a Romance body's second complement
        }
        if (and - from == 1 && placesAndBody(c.memo(from), c.memo(and + 1), c.memo(to - 1), to - and - 1)
                && !c.isKnown(and + 1, to)) {
            return true; // "Cardiff and Vale University Health Board", "Brighton and Hove City Council": two places' body
        }
        if (and - from < 2 || to - and < 3 || !c.has(to - 1, Gazetteer.ORG_KEYWORD)
                || !BODY_ENDINGS.contains(c.lower(to - 1))) {
            return false;
        }
        // "Ghana Ports and Harbours Authority": a place may open the name, and an organisation word may
        // stand before "and" when one word pairs with it after ("Ports and Harbours")
        int notBefore = Gazetteer.GIVEN_NAME | Gazetteer.ORGANIZATION | (to - and == 3 ? 0 : Gazetteer.ORG_KEYWORD);
        for (int k = from; k < and; k++) {
            if (c.has(k, notBefore | (k == from ? 0 : Gazetteer.PLACE))) {
                return false;
            }
        }
        return !c.isKnown(from, and) && !c.isKnown(and + 1, to - 1) && !c.isKnown(and + 1, and + 2);
    }

    /**
     * A given name, an organisation word, or a place in the span without connectors or joined by
     * a place name's connector ("Frankfurt am Main"); or a German body's two-word name, its own evidence ({@link
     * #germanBodyPair}), or its compound shared by a word cut before "und" ({@link TruncatedCompounds}); or a listed town.
     */
    static boolean evidence(Span c, int from, int to) {
        boolean connector = false;
        boolean placeConnector = false;
        boolean place = false;
        for (int k = from; k < to; k++) {
            if (c.has(k, Gazetteer.GIVEN_NAME | Gazetteer.ORG_KEYWORD) || c.is(k, Word.FEDERAL_BODY)) {
                return true; // ... or "Bundesministerium für Kunst und Kultur"
            }
            connector |= c.is(k, Word.CONNECTOR);
            placeConnector |= c.is(k, Word.PLACE_CONNECTOR);
            place |= c.has(k, Gazetteer.PLACE);
        }
        return place && (!connector || placeConnector) || germanBodyPair(c, from, to) || placeAdjectiveAndWord(c, from, to)
                || GermanBodyNouns.withField(c, from, to) || GermanBodyNouns.withMembers(c, from, to)
                || TruncatedCompounds.namesBody(c, from, to) // "Bau- und Planungsamt"
                || listedTown(c, from, to); // "nach Bad Zwischenahn"
    }

    /** Landscapes' words that a place's adjective names ("Tegernseer Tal"), unlike a port ("der Hamburger Hafen" is Hamburg's). */
    private static final WordSet LANDSCAPES = WordSet.of("tal", "becken", "bucht", "gebirge", "heide", "ebene");

    /** "dem Tegernseer Tal", "in der Kieler Bucht": a place's adjective in "-er", then a landscape's word. */
    private static boolean placeAdjectiveAndWord(Span c, int from, int to) {
        return to - from == 2 && LANDSCAPES.contains(c.lower(from + 1)) && c.lower(from).length() > 5 && c.lower(from).endsWith("er")
                && !c.has(from, Gazetteer.PLACE_KEYWORD | Gazetteer.ORG_KEYWORD);
    }

    /** "Münchner Verkehrsgesellschaft" ({@link CityBodies}), "Statistisches Bundesamt" ({@link AdjectiveBodies}). */
    static boolean germanBodyPair(Span c, int from, int to) {
        return CityBodies.named(c, from, to) || AdjectiveBodies.named(c, from, to);
    }

    /** Words from..to of the span are a listed town's name of two words or more ("Prince Rupert"). */
    static boolean listedTown(Span c, int from, int to) {
        return to - from >= 2 && c.has(from, Gazetteer.TOWN_START) && c.has(from + 1, Gazetteer.TOWN_SECOND)
                && (Gazetteer.get().listed(c.key(from, to)) & Gazetteer.TOWN) != 0;
    }

    /** A plural common noun stands right before the span ("rivals", "carriers"): what follows is a list. */
    static boolean afterPluralNoun(Span c, int from) {
        if (from != c.from || from == 0) {
            return false;
        }
        Word before = c.tokens.word(from - 1);
        return !before.capitalised() && before.lower().length() > 3 && before.lower().endsWith("s")
                && !before.stopIn(c.stopLanguages) && CandidateFinder.adjacent(c.text, c.tokens, from - 1, from);
    }

    /**
     * Whether words from..to hold a name word (neither a connector nor a stop word): "Onderzoekers van
     * *Deltares*" does, "Puertos del Estado" opening a sentence does not (Spanish's stop list holds
     * "estado"), so the whole span is the name.
     */
    static boolean nameAfter(Span c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!c.is(k, Word.CONNECTOR) && !c.stop(k)) {
                return true;
            }
        }
        return false;
    }

    /** A side of a chamber: "Senate Democratic", "House Republican", "Senate Majority" (before "leader"). */
    private static final WordSet SIDES = WordSet.of("majority", "minority", "democratic", "democrat", "republican");

    /** A chamber and its side, which names the chamber: "Senate Democratic", "House Majority". */
    static boolean chamberSide(Span c, int from, int to) {
        return to - from == 2 && SIDES.contains(c.lower(from + 1))
                && (c.has(from, Gazetteer.ORGANIZATION | Gazetteer.ORG_KEYWORD) || c.lower(from).equals("house"));
    }

    /** "Procter & Gamble", "Marks & Spencer": an ampersand joins one name, unless it lists two known ones. */
    static boolean ampersandInName(Span c, int from, int and, int to) {
        return c.lower(and).equals("&") && !(c.isKnown(from, and) && c.isKnown(and + 1, to));
    }

    /**
     * A second name after "and": a known one ("Port of Antwerp-Bruges and ENGIE") or, after a single
     * word, one that opens with a nationality ("IndiGo and Turkish Airlines"; not "Scottish and Southern Energy").
     */
    static boolean secondNameAfterAnd(Span c, int from, int and, int to, boolean oneWordBefore) {
        return and - from >= 2 && c.isKnown(and + 1, to) || oneWordBefore && to - and >= 3
                && c.has(and + 1, Gazetteer.DEMONYM) && !c.has(from, Gazetteer.DEMONYM)
                // "Union und SPD", "Labour and SNP": one word, then a listed body's one-word name
                || and == from + 1 && to - and == 2 && c.has(and + 1, Gazetteer.ORGANIZATION)
                // "the Post Office and Fujitsu": a body's name closed by its organisation word, then one more name
                || and - from >= 2 && to - and == 2 && c.has(and - 1, Gazetteer.ORG_KEYWORD)
                    && !c.has(and + 1, Gazetteer.ORG_KEYWORD | Gazetteer.PLACE_KEYWORD);
    }

    /** The stop languages of an English article (English alone). */
    static final int ENGLISH_STOPS = EntityExtractor.stopLanguages("en");

    /** "Du Ruogang, chief executive of ...": in English text a capitalised name particle opening a span opens the name. */
    static boolean capitalParticle(Span c, int from, int to) {
        return c.stopLanguages == ENGLISH_STOPS && to - from >= 2 && Character.isUpperCase(c.word(from).charAt(0)) && !c.stop(from);
    }

    /**
     * The index of "of" in a span that is one listed organisation's word, "of" (with its article) and a listed place,
     * after a lower-case noun that says what the body has there ("nei supermercati Esselunga della Liguria", "les
     * magasins Migros de Genève"), none of it listed whole: a body and where it is, two names; else -1. Not after an
     * article: "la Armada de Colombia", "el Congreso de Jalisco" are one body each.
     */
    static int listedBodyOfPlace(Span c, int from, int to) {
        int of = from + 1;
        if (to - from < 3 || from == 0 || !c.is(of, Word.CONNECTOR) || !PlaceCues.OF.contains(c.lower(of))
                || !c.has(from, Gazetteer.ORGANIZATION) || c.has(from, Gazetteer.PLACE | Gazetteer.ORG_KEYWORD)) {
            return -1;
        }
        Word before = c.tokens.word(from - 1);
        if (before.capitalised() || before.stopIn(c.stopLanguages) || before.hasClass(Word.ARTICLE) || c.isKnown(from, to)) {
            return -1;
        }
        int place = of + 1 < to && c.is(of + 1, Word.ARTICLE) ? of + 2 : of + 1;
        return place < to && (c.isKnown(place, to) && c.anyHas(place, to, Gazetteer.PLACE | Gazetteer.TOWN)
                || place + 1 == to && SiteNames.plant(before)) ? of : -1; // a plant's town, listed or not: "l'usine Lactalis de Vitré"
    }
}
