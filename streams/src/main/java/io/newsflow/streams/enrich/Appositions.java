package io.newsflow.streams.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * The apposition after a name ({@link #after}) and what it says the name is: "Verdi, the
 * services union" an organisation, "Anna Berg, a spokeswoman" a person, "Bewdley, a market town
 * on the Severn" a place.
 */
final class Appositions {

    /** Words that make an apposition describe an organisation ("the services *union*"). */
    static final WordSet ORG_APPOSITION = WordSet.of("company", "firm", "group", "maker", "manufacturer",
            "operator", "carrier", "lender", "insurer", "union", "party", "agency", "alliance", "regulator",
            "charity", "startup", "start-up", "giant", "retailer", "broker", "consultancy", "watchdog", "body",
            "supplier", "producer", "developer", "platform", "organisation", "organization", "club", "newspaper",
            "broadcaster", "airline", "bank", "fund", "network", "institute", "association", "federation",
            "administration", "authority", "directorate", "ministry", "department", "railway", "railways", "utility",
            "shipowner", "shipbuilder", "line", "exporter", "importer", "wholesaler", "distributor", // "Comvita, the largest exporter"
            // the same in Italian, Spanish, Portuguese, French and German ("Tper, l'azienda del trasporto pubblico")
            "azienda", "società", "gruppo", "compagnia", "impresa", "operatore", "empresa", "compañía", "grupo",
            "operador", "operadora", "naviera", "aerolínea", "companhia", "entreprise", "société", "groupe",
            "compagnie", "opérateur", "constructeur", "armateur", "konzern", "unternehmen", "gewerkschaft",
            "régulateur", "regolatore", "regulador", "gendarme", // "L'Arcom, le régulateur de l'audiovisuel"
            // and Dutch and German associations, unions and federations ("de PO-Raad, de vereniging van schoolbesturen"; not
            // the Romance words, whose "de la" is "of the": "Andrés Ospino, de la Asociación de Lancheros")
            "vereniging", "vakbond", "federatie", "verband", "verein");
    /** Head nouns that make an apposition describe a person ("Aliko Dangote, Africa's richest *man*"). */
    private static final WordSet PERSON_HEADS = WordSet.of("man", "woman", "billionaire", "tycoon", "magnate", "mogul",
            "mother", "father", "son", "daughter", "wife", "husband", "widow", "widower", "brother", "sister",
            "grandmother", "grandfather", "boy", "girl", "teenager", "veteran");
    /** What a body does, right after "which": "Unison, which represents care workers". */
    private static final WordSet ORG_VERBS = WordSet.of("runs", "ran", "represents", "represented", "owns", "owned",
            "operates", "operated", "employs", "employed", "makes", "made", "sells", "sold", "lobbies", "lobbied",
            "flies", "flew", "produces", "produced", "builds", "built", "manages", "managed", "supplies", "supplied",
            "invests", "invested", "buys", "bought", "acquired", "controls", "controlled", "develops", "developed",
            "manufactures", "publishes", "published", "campaigns", "campaigned", "organises", "organised",
            "organizes", "organized", "insures", "lends", "lent", "trades", "traded", "listed");
    /** Words an apposition opens with ("*the* services union", "*a* spokeswoman"). */
    static final WordSet APPOSITION_OPENERS = WordSet.of("a", "an", "the", "its", "his", "her", "their",
            "der", "die", "das", "ein", "eine", "le", "la", "les", "un", "une", "el", "los", "las", "una", "de",
            "het", "een",
            // Italian and Portuguese articles ("del Reno, il fiume che ..."); not "o", Italian's "or" too
            "il", "lo", "gli", "uno", "os", "um", "uma",
            // a count before a plural head: "Ungogo and Dala, two crowded districts"
            "two", "three", "four", "both");

    private static final WordSet PREPOSITIONS = WordSet.of("for", "at", "in", "with", "on", "from", "to", "by", "bei",
            "für", "pour", "chez", "en", "dans", "para", "por", "per", "presso", "voor", "bij", "op");

    private Appositions() {
    }

    /**
     * "ORG" or "PERSON" when an apposition describes the name ("Verdi, the services union",
     * "Anna Berg, a spokeswoman"): it must open with an article or with the describing word itself.
     */
    static String type(List<Word> apposition) {
        if (apposition.isEmpty()) {
            return "";
        }
        // "Tper, l'azienda del trasporto pubblico": an article elided into the first word opens the apposition
        boolean elidedArticle = apposition.get(0).elided() && apposition.get(0).lower().startsWith("l");
        if (elidedArticle) {
            List<Word> words = new ArrayList<>(apposition);
            words.set(0, apposition.get(0).withoutElision());
            apposition = words;
        }
        Word first = apposition.get(0);
        if (first.lower().equals("who")) {
            return "PERSON"; // "Nana Agyei Boateng, who farms 12 acres near Sefwi Wiawso, said"
        }
        if (first.lower().equals("which") && apposition.size() > 1 && ORG_VERBS.contains(apposition.get(1).lower())) {
            return "ORG"; // "Swedavia, which runs ten Swedish airports": what a body does (a place "lies", "has")
        }
        for (int i = 1; i < apposition.size(); i++) {
            if (apposition.get(i).hasClass(Word.ATTRIBUTION)) {
                return ""; // "near Västerås, the company said on Friday": a reporting clause, no apposition
            }
        }
        // "Elering, Estonia's transmission system operator": a possessive name opens it like an article
        boolean opened = elidedArticle || first.hasClass(Word.APPOSITION_OPENER | Word.ORG_APPOSITION) || first.has(Gazetteer.TITLE)
                || first.possessive() && first.capitalised();
        // the head noun decides when it is one of the describing words: "the Swedish transport
        // *administration*" is a body though "transport" is a title word ("Transport Minister")
        Word head = head(apposition);
        if (opened && head.hasClass(Word.ORG_APPOSITION)) {
            return "ORG";
        }
        if (opened && (PERSON_HEADS.contains(head.lower()) || head.has(Gazetteer.TITLE) && !head.has(Gazetteer.ORG_KEYWORD))) {
            return "PERSON"; // (a role at its head: "Ofcom's group *director* for networks", whatever body word qualifies it)
        }
        if (opened && PlaceCues.FACILITIES.contains(head.lower())) {
            return "PLACE"; // "Koeberg, Africa's only nuclear power station": works stand somewhere
        }
        for (int i = 0; i < apposition.size(); i++) {
            Word word = apposition.get(i);
            if (word.hasClass(Word.ORG_APPOSITION) && opened) {
                return "ORG";
            }
            // the memoised flags include German title compounds, as isTitle; without an article
            // a role opens the apposition ("commerçante du ...", "Tina Stege, climate envoy of ...",
            // but not "Lohn, sagte Verkehrsminister ...")
            if (word.has(Gazetteer.TITLE) && (opened || i == 1 && !first.hasClass(Word.ATTRIBUTION))) {
                return "PERSON";
            }
            if (placeWord(word, first) && opened && i < 4) {
                return "PLACE"; // "Bewdley, a market town on the Severn", "Ungogo and Dala, two crowded districts"
            }
        }
        return "";
    }

    /** Counts that open an apposition to names joined by "and", whose head is then a plural. */
    private static final WordSet COUNTS = WordSet.of("two", "three", "four", "both");

    /** A place's word, or its plural after a count ("two crowded *districts*"). */
    private static boolean placeWord(Word word, Word first) {
        if (word.has(Gazetteer.PLACE_KEYWORD)) {
            return !word.has(Gazetteer.ORG_KEYWORD);
        }
        String lower = word.lower();
        if (!COUNTS.contains(first.lower()) || lower.length() < 5 || !lower.endsWith("s")) {
            return false;
        }
        Word singular = Word.of(lower.substring(0, lower.length() - 1));
        return singular.has(Gazetteer.PLACE_KEYWORD) && !singular.has(Gazetteer.ORG_KEYWORD);
    }

    /** The last word before a preposition or the end: "a *spokeswoman* for the company", "the services *union*". */
    private static Word head(List<Word> apposition) {
        for (int i = 1; i < apposition.size(); i++) {
            if (apposition.get(i).hasClass(Word.CONNECTOR) || PREPOSITIONS.contains(apposition.get(i).lower())) {
                return apposition.get(i - 1);
            }
        }
        return apposition.get(apposition.size() - 1);
    }

    /**
     * The words of an apposition: after ", " following a name that ends before token {@code b},
     * and closed by punctuation within eight words ("Verdi, the services union, called"), else none.
     */
    static List<Word> after(String text, Tokens tokens, int b) {
        if (b >= tokens.size()) {
            return List.of();
        }
        int end = tokens.end(b - 1);
        if (end >= text.length() || text.charAt(end) != ',') {
            return List.of();
        }
        int last = end + 1;
        int k = b;
        for (; k < tokens.size() && k < b + 8; k++) {
            for (int x = last; x < tokens.start(k); x++) {
                char ch = text.charAt(x);
                if (ch == ',' || ch == '.' || ch == ';' || ch == ':') {
                    return words(tokens, b, k);
                }
            }
            last = tokens.end(k);
        }
        int x = last;
        while (x < text.length() && Character.isWhitespace(text.charAt(x))) {
            x++;
        }
        if (x >= text.length() || ",.;:".indexOf(text.charAt(x)) >= 0) {
            return words(tokens, b, k);
        }
        // "Widerøe, which flies many of the subsidised routes in northern Norway, said": a relative clause
        // runs long, and "which" and its verb tell a body (not "who": "Manchester City, who ..." is a club,
        // and in "residents of Northeast Tacoma, who ..." the pronoun is the residents')
        if (k > b + 2 && tokens.word(b).hasClass(Word.APPOSITION_OPENER) && RELATIVES.contains(tokens.word(b + 2).lower())) {
            return words(tokens, b, b + 2); // "del Reno, il fiume che nel 2023 ...": an article, its noun and a relative clause
        }
        return k > b + 1 && tokens.word(b).hasClass(Word.WHICH) ? words(tokens, b, b + 2) : List.of();
    }

    /** Relative pronouns after an apposition's noun: "the river *that* ...", "il fiume *che* ...", "el río *que* ...". */
    private static final WordSet RELATIVES = WordSet.of("which", "that", "che", "que", "qui");

    private static List<Word> words(Tokens tokens, int a, int b) {
        Word[] words = new Word[b - a];
        for (int k = a; k < b; k++) {
            words[k - a] = tokens.word(k);
        }
        return List.of(words);
    }
}
