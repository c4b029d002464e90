package io.newsflow.streams.enrich;

/**
 * Dutch and German (and Nordic) compounds around a body's name: a role after the body and a hyphen ("Siemens-Chef",
 * "KLM-topvrouw"), whose body is a mention and whose role is a title; a common noun after a listed body and a hyphen
 * ("Aldi-Eigenmarken"), whose body is the mention; and a kind of body or company before the name, capitalised as it
 * opens the sentence ("Spoorbeheerder ProRail", "Garnalenhandelaar Heiploeg").
 */
final class CompoundNouns {

    private CompoundNouns() {
    }

    /**
     * The index of the one hyphen that parts the word in two parts of three characters or more ("Roma-Palermo",
     * "Nachtzug-Garnituren"), or -1 (no hyphen, two of them, or a part shorter: "E-Control").
     */
    static int pairHyphen(String word) {
        int hyphen = word.indexOf('-');
        return hyphen >= 3 && word.length() - hyphen >= 4 && word.indexOf('-', hyphen + 1) < 0 ? hyphen : -1;
    }

    /** Endings of the German role nouns that follow a body's name in a compound ("Siemens-Chef"). */
    private static final String[] ROLE_ENDINGS = {"chef", "chefin", "sprecher", "sprecherin", "vorsitzende",
        "vorsitzender", "führer", "führerin", "leiter", "leiterin", "präsident", "präsidentin", "direktor",
        "direktorin", "boss", "gründer", "gründerin", "ökonom", "ökonomin", "analyst", "analystin", "experte",
        "expertin", "manager", "managerin", "abgeordnete", "abgeordneter", "politiker", "politikerin", "minister",
        "ministerin", "kandidat", "kandidatin", "generalsekretär", "generalsekretärin",
        // Dutch: "KLM-topvrouw Marjan Rintel", "NS-directeur"
        "topvrouw", "topman", "directeur", "woordvoerder", "woordvoerster", "voorzitter",
        // a body's part: "CSU-Fraktion", "SPD-Spitze" (the body is the mention)
        "fraktion", "spitze"};

    /**
     * "Siemens-Chef", "Verdi-Verhandlungsführerin", "HHLA-Sprecher": a body's name, a hyphen and a
     * role; the body is a mention and the role a title for the person after it (memoised on {@link Word}).
     */
    static boolean isRoleCompound(String surface, String lower) {
        int hyphen = surface.indexOf('-');
        if (hyphen < 2 || !Character.isUpperCase(surface.charAt(0)) || lower.length() - hyphen < 4) {
            return false;
        }
        for (String role : ROLE_ENDINGS) {
            if (lower.endsWith(role) && lower.lastIndexOf('-') < lower.length() - role.length() + 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Aldi-Eigenmarken", "Lufthansa-Streik", "KLM-toestel": a listed body's name, a hyphen and a common noun (its
     * letters after the first in lower case), the whole not listed; the body is the mention.
     */
    static boolean isListedBodyCompound(String surface, String lower) {
        int hyphen = lower.lastIndexOf('-');
        if (hyphen < 2 || lower.length() - hyphen < 4 || !Character.isUpperCase(surface.charAt(0))) {
            return false;
        }
        for (int i = hyphen + 2; i < surface.length(); i++) {
            if (!Character.isLowerCase(surface.charAt(i))) {
                return false;
            }
        }
        Gazetteer gazetteer = Gazetteer.get();
        String head = lower.substring(0, hyphen);
        return gazetteer.listed(lower) == 0 && ((gazetteer.listed(head) | gazetteer.listed(head.replace('-', ' ')))
                & Gazetteer.ORGANIZATION) != 0;
    }

    /**
     * Word k of a span compounds a listed body's name with a noun ({@link Word#BODY_COMPOUND}) in a German, Dutch or
     * Nordic text; French names a union's federation so ("CGT-Cheminots").
     */
    static boolean bodyCompound(Span c, int k) {
        return c.is(k, Word.BODY_COMPOUND) && (c.capitalisedNouns || (c.stopLanguages & (Languages.DUTCH | Languages.NORDIC)) != 0);
    }

    /** The kinds of body, and a Dutch company's kinds ("Spoorbeheerder ProRail", "Energiebedrijf Eneco"). */
    private static final String[] DESCRIPTION_KINDS = {"organisatie", "organisation", "vereniging", "förbundet", "forbundet", "vakbond",
        "beheerder", "vervoerder", "bedrijf", "maatschappij", "exploitant", "handelaar", "producent", "fabrikant", "leverancier", "concern"};

    /**
     * "Milieuorganisatie Natuur & Milieu", "Umweltorganisation Greenpeace", "Branchevereniging KVNR",
     * "Fackförbundet Hamnarbetarförbundet", "Spoorbeheerder ProRail": a Dutch, German or Scandinavian
     * compound naming a kind of body or company, capitalised as it opens the sentence.
     */
    static boolean description(String lower) {
        if (lower.equals("vakbond") || lower.equals("rederij") || lower.equals("reederei")) {
            return true; // "Vakbond FNV", "Rederij Doeksen", "Reederei Cassen Eils"
        }
        for (String kind : DESCRIPTION_KINDS) {
            if (lower.length() > kind.length() + 2 && lower.endsWith(kind)) {
                return true;
            }
        }
        return false;
    }

    /** German nouns of set phrases after "zur" or "zum", no body's name going on: "Wien Energie zur Gänze", "zum Teil". */
    private static final WordSet ZUR_IDIOMS = WordSet.of("gänze", "teil", "zeit", "beispiel", "verfügung", "folge", "hälfte",
            "sprache", "kenntnis", "last", "ruhe", "seite", "wehr", "verantwortung");

    /** Token k is such a noun right after "zur" or "zum" (an organisation's connector elsewhere: "Verein zum Schutz der Bergwelt"). */
    static boolean setPhraseAfterZur(Tokens tokens, int k) {
        return ZUR_IDIOMS.contains(tokens.word(k).lower()) && tokens.word(k - 1).hasClass(Word.ORG_ONLY_CONNECTOR);
    }
}
