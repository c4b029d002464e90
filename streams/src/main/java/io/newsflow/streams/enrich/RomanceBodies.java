package io.newsflow.streams.enrich;

/**
 * Public bodies whose names go on in lower case after their capitalised first word, as Italian,
 * French, Spanish and Portuguese write them: "Consiglio superiore dei lavori pubblici", "Autorità di
 * sistema portuale del Mar Ligure occidentale", "Cour des comptes", "Conseil constitutionnel". After
 * the body's word the name takes adjectives ({@link RomanceAdjectives}) and complements after "of"
 * ("dei lavori pubblici"), and capitalised words ("del Mar Ligure"); it ends before a function word,
 * a verb or punctuation.
 */
final class RomanceBodies {

    /** The capitalised first words of such names. */
    static final WordSet HEADS = WordSet.of("consiglio", "autorità", "agenzia", "istituto", "comitato",
            "commissione", "ministero", "ufficio", "corte", "tribunale", "garante", "consejo", "comisión", "agencia", "commission",
            "instituto", "autoridad", "tribunal", "conseil", "comité", "agence", "institut", "autorité", "cour",
            "conselho", "comissão", "agência", "autoridade", "ligue", "liga", "lega", "sociedad", "société", "società",
            "fédération", "federación", "federazione", "port", "porto", "puerto", "union", "unión", "unione", "união",
            // "Compagnie des transports strasbourgeois", "Compagnie nationale du Rhône"
            "compagnie", "compagnia", "compañía", "companhia",
            "métropole", // "la Métropole européenne de Lille"
            "direzione", "dirección", "direção", "direction", // "Direzione distrettuale antimafia", "Direction générale de ..."
            // "Centre hospitalier universitaire de Liège", "Hôpital universitaire des enfants Reine Fabiola"
            "centre", "hôpital", "ospedale",
            // "Banque nationale de Belgique", "Banca centrale europea", "Parlement bruxellois", "Governo federale"
            // (not a government: "el Gobierno central", "le gouvernement fédéral" name no body of their own)
            "banque", "banca", "banco", "parlement", "parlamento", "assemblée", "asamblea", "assemblea", "sénat", "senado", "senato",
            // "Association québécoise de la production d'énergie renouvelable", "Asociación española de ..."
            "association", "asociación", "associazione", "associação", "confédération", "confederación", "confederazione",
            // parties named by a lower-case adjective: "Parti québécois", "Parti socialiste", "Partito democratico"
            "parti", "partito", "partido",
            // "Office fédéral des transports", "Oficina Nacional de ...", "Transports publics de la région lausannoise"
            "office", "oficina", "transports",
            // a region's government named with its lower-case adjective: "la Région wallonne", "la Regione siciliana"
            "région", "regione", "región", "região",
            // civil protection and mountain rescue named in lower case: "la Protezione civile", "la Protection civile", "il
            // Soccorso alpino e speleologico", "le Peloton de gendarmerie de haute montagne"
            "protezione", "protection", "soccorso", "peloton",
            // professional orders and colleges: "l'Ordre des pharmaciens", "l'Ordine dei medici", "el Colegio de Farmacéuticos"
            "ordre", "ordine", "ordem", "colegio",
            // bishops' conferences and church charities: "Conférence des évêques de France", "Caritas italiana"
            "conférence", "conferenza", "conferencia", "conferência", "caritas",
            // an Italian province's government, capitalised: "la Provincia autonoma di Trento" (lower case it is the place)
            "provincia",
            // watchdogs named for what they watch: "Observatoire international des prisons", "Dipartimento
            // dell'amministrazione penitenziaria", "le Contrôleur général des lieux de privation de liberté"
            "observatoire", "osservatorio", "observatorio", "observatório", "dipartimento", "departamento",
            "bureau", // "le Bureau national interprofessionnel du cognac"
            "fonds", // "le Fonds du Logement", "le Fonds monétaire international"
            "syndicat", // "le Syndicat des locataires", "le Syndicat national des enseignants"
            "chambre", // consular chambers: "Chambre de métiers et de l'artisanat d'Ille-et-Vilaine", "Chambre d'agriculture"
            // tourist boards and a town's agencies: "Turismo de Madrid", "Turisme de Barcelona", "l'Azienda di soggiorno di Bolzano"
            "turismo", "turisme", "azienda",
            "contrôleur", "défenseur", "médiateur",
            // universities named by an adjective: "Université catholique de Louvain", "Universidad politécnica de Madrid"
            "université", "universidad", "universidade", "universitat",
            // libraries, archives and museums named by an adjective: "Bibliothèque nationale de France", "Archivio
            // centrale dello Stato", "Museo archeologico nazionale di Napoli"
            "bibliothèque", "biblioteca", "archives", "archivio", "archivo", "arquivo", "musée", "museo", "museu",
            // a state's corps named in lower case: "Corpo forestale e di vigilanza ambientale", "Cuerpo nacional de policía"
            "corpo", "cuerpo", "corps",
            "guardia", // "la Guardia costiera", "la Guardia di Finanza"
            "polizia", "policía", "polícia", "police", // "la Polizia postale", "la Policía municipal", "la Police nationale"
            // producers' consortia named for their denominations: "Consorzio di tutela Barolo Barbaresco Alba Langhe e Dogliani"
            "consorzio", "consorcio", "consórcio",
            "consulta"); // Italian councils: "la Consulta nazionale antiusura"
    /** Adjectives the Romance languages put before their noun in bodies' names ("della pubblica istruzione"). */
    private static final WordSet PREPOSED = WordSet.of("pubblica", "pubbliche", "pubblico", "pubblici", "pública", "públicas",
            "público", "públicos", "publique", "publiques", "public", "nuova", "nuovo", "nueva", "nuevo", "alta", "alto",
            "haute", "haut",
            // "Fédération des grands vins de Bordeaux", "Asociación de pequeños agricultores"
            "grand", "grands", "grande", "grandes", "petit", "petits", "petite", "petites", "piccoli", "piccole",
            "pequeños", "pequeñas", "pequenos", "pequenas");
    /** How many words after the head a name may take. */
    private static final int MAX_WORDS = 10; // "Office fédéral de la sécurité alimentaire et des affaires vétérinaires"

    private RomanceBodies() {
    }

    /**
     * The end of the span [i, j) once a body's name going on in lower case is taken in, or j: only
     * when the span ends with a body's word.
     */
    static int end(String text, Tokens tokens, int j, int stopLanguages) {
        // the next word's case first, then the head's memoised class bit: this runs for every span
        if (j >= tokens.size() || tokens.word(j).capitalised() || !tokens.word(j - 1).withoutElision().hasClass(Word.BODY_HEAD)) {
            return j;
        }
        return goOn(text, tokens, j, stopLanguages);
    }

    /** Associations' and unions' words before their name: "l'association Domaines skiables de France". */
    private static final WordSet ASSOCIATIONS = WordSet.of("association", "asociación", "associazione", "associação",
            "collectif", "colectivo", "collettivo", "syndicat", "sindicato", "sindacato");

    /**
     * The end of the one-word span [i, j) after an association's word, once its name going on in lower case is taken
     * in as a body's would be ("l'association Domaines skiables de France", "le collectif Citoyens solidaires"), or j.
     */
    static int afterAssociation(String text, Tokens tokens, int i, int j, int stopLanguages) {
        if (j != i + 1 || i == 0 || j >= tokens.size() || tokens.word(j).capitalised()
                || !ASSOCIATIONS.contains(tokens.word(i - 1).lowerWithoutElision())) {
            return j;
        }
        return goOn(text, tokens, j, stopLanguages);
    }

    /** The end of a body's name going on in lower case from token j (adjectives, complements after "of"). */
    private static int goOn(String text, Tokens tokens, int j, int stopLanguages) {
        int end = j;
        boolean afterOf = false;
        boolean complement = false;
        boolean adjectiveFirst = false; // "della pubblica istruzione": the complement's adjective before its noun
        int capitals = 0; // capitalised words in a row just taken in
        for (int k = j; k < tokens.size() && k - j < MAX_WORDS && CandidateFinder.adjacent(text, tokens, k - 1, k); k++) {
            Word w = tokens.word(k);
            if (capitals >= 2 && lastOfList(text, tokens, k)) {
                return k + 2; // "Consorzio di tutela Barolo Barbaresco Alba Langhe *e Dogliani*"
            }
            if (w.capitalised() && !afterOf && !tokens.word(k - 1).capitalised() && !tokens.word(k - 1).has(Gazetteer.TITLE)
                    && w.has(Gazetteer.GIVEN_NAME) && k + 1 < tokens.size() && tokens.word(k + 1).capitalised()) {
                break; // "della Protezione civile Raffaele De Col": the body's name ends, a person's begins (not after a title)
            }
            capitals = w.capitalised() ? capitals + 1 : 0;
            // an article joins only after "of" ("de la"): "l'Unione europea la domanda" ends at "europea"
            boolean of = (w.hasClass(Word.OF_OR_FOR | Word.ORG_ONLY_CONNECTOR)
                        || afterOf && (w.hasClass(Word.CONNECTOR) || ARTICLES.contains(w.lower()))) // "contro *i* tumori"
                    && !w.hasClass(Word.AND) || complement && secondComplement(tokens, k, stopLanguages)
                    || !afterOf && andOf(tokens, k); // "Corpo forestale *e di* vigilanza ambientale"
            if (w.capitalised() || (afterOf || adjectiveFirst) && !w.stopIn(stopLanguages) && !of || !afterOf && RomanceAdjectives.is(w)
                    || elidedOf(w) || k == j && !of && membersBeforeNation(tokens, k, stopLanguages)) {
                end = k + 1; // "Mar" of "del Mar Ligure", "lavori" of "dei lavori", "superiore"
                adjectiveFirst = afterOf && !w.capitalised() && PREPOSED.contains(w.lower());
                // an adjective after a complement keeps it one: "per la sicurezza territoriale e la protezione civile"
                complement = afterOf && !w.capitalised() || complement && !w.capitalised() && RomanceAdjectives.is(w);
                afterOf = false;
            } else if (of) {
                afterOf = true; // "dei", "de la", "des": a complement follows
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * "di geofisica *e vulcanologia*": "and" right after a complement, then a second lower-case noun, joins it to the
     * name, as does "and" with an article ("e la protezione civile"); not after the head's own adjective
     * ("Commissione europea e governo" is two things).
     */
    private static boolean secondComplement(Tokens tokens, int k, int stopLanguages) {
        if (!tokens.word(k).hasClass(Word.AND) || k + 1 >= tokens.size()) {
            return false;
        }
        // "e la protezione civile": the second complement's article, then its noun
        int noun = k + 2 < tokens.size() && ARTICLES.contains(tokens.word(k + 1).lower()) ? k + 2 : k + 1;
        return !tokens.word(noun).capitalised() && !tokens.word(noun).stopIn(stopLanguages) && tokens.word(noun).length() >= 5;
    }

    /**
     * "and" and one capitalised word that ends the name, after two or more capitalised words in a row: the last of a
     * list of names inside it ("Barolo Barbaresco Alba Langhe e Dogliani"); not "della Salute e Aifa", one name, and
     * not "e Mario Rossi", whose name goes on.
     */
    private static boolean lastOfList(String text, Tokens tokens, int k) {
        return tokens.word(k).hasClass(Word.AND) && k + 1 < tokens.size() && tokens.word(k + 1).capitalised()
                && CandidateFinder.adjacent(text, tokens, k, k + 1)
                && (k + 2 >= tokens.size() || !tokens.word(k + 2).capitalised() || !CandidateFinder.adjacent(text, tokens, k + 1, k + 2));
    }

    /** "and" right before a lower-case "of": a second complement of the name's head ("Corpo forestale e di vigilanza ambientale"). */
    static boolean andOf(Tokens tokens, int k) {
        return tokens.word(k).hasClass(Word.AND) && k + 1 < tokens.size() && tokens.word(k + 1).hasClass(Word.OF_OR_FOR)
                && !tokens.word(k + 1).capitalised();
    }

    /**
     * "Federazione *apicoltori italiani*": right after the head, the members' plural noun and their nation's adjective
     * (a lower-case demonym, {@link Gazetteer#LOWER_DEMONYM}), which then joins as an adjective.
     */
    private static boolean membersBeforeNation(Tokens tokens, int k, int stopLanguages) {
        return k + 1 < tokens.size() && !tokens.word(k).stopIn(stopLanguages) && tokens.word(k).length() >= 5
                && tokens.word(k + 1).has(Gazetteer.LOWER_DEMONYM) && !tokens.word(k + 1).capitalised();
    }

    /** Definite articles a complement may open with, after "of" or "and" ("contro i tumori", "e la protezione civile"). */
    private static final WordSet ARTICLES = WordSet.of("la", "il", "lo", "le", "el", "los", "las", "les", "o", "a", "os", "as",
            "i", "gli");

    /** "d'investissement", "dell'energia": "of" elided onto its complement, one word. */
    private static boolean elidedOf(Word w) {
        String lower = w.lower();
        return w.elided() && (lower.startsWith("d'") || lower.startsWith("d\u2019") || lower.startsWith("dell"));
    }
}
