package io.newsflow.streams.enrich;

import java.util.List;

/**
 * The closed word lists' answers for one word, computed once when its {@link Word} is made: the
 * {@link Word#hasClass} bits (the bit is the list's answer; the lists read only through their bit live here, the
 * others with the step that also reads them) and the stop lists of the word and of an elided article ("l'").
 */
final class WordClasses {

    private static final List<Languages.Language> LANGUAGES = Languages.all();

    /** Courtesy titles abbreviated in mixed case ("Mr", "Dr"): in capitals the letters are an acronym ("MR"). */
    private static final WordSet HONORIFICS = WordSet.of("mr", "mrs", "ms", "dr", "sr", "jr");

    /** Articles before a name ({@link Word#ARTICLE}): "in the Atacama", "la Commission". */
    private static final WordSet ARTICLES = WordSet.of("the", "a", "an", "der", "die", "das", "le", "la", "les", "el",
            "los", "las", "het", "een", "il", "lo", "gli");

    /** Roles a company, club or body has, not a place: "Benfica president Rui Costa", "Albemarle chief executive". */
    private static final WordSet ORG_ROLES = WordSet.of("president", "chairman", "chairwoman", "chief", "ceo", "boss",
            "coach", "manager", "spokesman", "spokeswoman", "spokesperson", "founder", "executive", "executives",
            "shareholders", "shares", "stock",
            // German role compounds' leaders ("Axpo-Chef", "Siemens-Sprecher"): the head is the body
            "chef", "chefin", "sprecher", "sprecherin", "vorsitzende", "vorsitzender", "präsident", "präsidentin",
            "direktor", "direktorin", "gründer", "gründerin");

    /** Verbs of saying around a name ({@link Word#SAID}): "said Hélène Moreau", "säger Elvir Dzanic". */
    private static final WordSet SAID = WordSet.of("said", "says", "told", "added", "wrote", "warned", "argued", "explained",
            "sagte", "sagt", "erklärte", "betonte", "dijo", "afirmó", "explicó", "zei", "zegt", "stated", "noted",
            "raconté", "déclaré", "expliqué", "affirmé", "ajouté", "indiqué", "souligné", "detto", "dichiarato",
            "spiegato", "aggiunto", "añadió", "aseguró", "declaró", "meinte", "sprach", "asks", "asked",
            // Swedish, Danish and Norwegian: "säger Elvir Dzanic", "siger", "sier"
            "säger", "sade", "siger", "sagde", "sier");

    /** Words that put a name in a place ({@link Word#LOCATIVE}): "in", "near", "bei", "dans". */
    private static final WordSet LOCATIVE = WordSet.of("in", "near", "outside", "across", "throughout", "around",
            "nach", "bei", "im", "aus", "à", "dans", "en", "cerca", "bij", "naar", "uit", "towards", "toward",
            "through", "via", "verso", "vers", "hacia", "nabij", "nahe", "presso", "em", "w", "we", "koło", "niedaleko",
            "au", "aux", "richting"); // French "à" with its article ("au Labrador", "aux Pays-Bas"); Dutch "richting" (towards)

    private WordClasses() {
    }

    /** The gazetteer's flags of a word; "MR", "DR": a courtesy title's letters in capitals are no title. */
    static int gazetteer(String surface, String lower) {
        int flags = Gazetteer.get().flags(lower);
        if (flags == 0 && PlaceAdjectives.pair(surface) != null) {
            return Gazetteer.DEMONYM_PAIR; // "Italian-Australian": each half names its country
        }
        if (flags == 0 && givenNamePair(lower)) {
            return Gazetteer.GIVEN_NAME; // "Jean-Luc", "Anne-Marie", "Hans-Peter": two given names, one given name
        }
        String elided = flags == 0 ? afterOneLetterElision(lower) : null;
        if (elided != null) {
            return Gazetteer.get().flags(elided) & Gazetteer.LOWER_DEMONYM; // "par l'allemand OHB": Germany
        }
        return (flags & Gazetteer.TITLE) != 0 && acronymOfHonorific(surface, lower) ? flags & ~Gazetteer.TITLE : flags;
    }

    /** Two listed given names joined by a hyphen (a char scan first: most words have none). */
    private static boolean givenNamePair(String lower) {
        int hyphen = lower.indexOf('-');
        return hyphen >= 2 && hyphen < lower.length() - 2 && lower.indexOf('-', hyphen + 1) < 0
                && (Gazetteer.get().flags(lower.substring(0, hyphen)) & Gazetteer.GIVEN_NAME) != 0
                && (Gazetteer.get().flags(lower.substring(hyphen + 1)) & Gazetteer.GIVEN_NAME) != 0;
    }

    /** "MR", "DR": a courtesy title's letters written in capitals ("Boris Dilliès (MR)" names a party). */
    static boolean acronymOfHonorific(String surface, String lower) {
        return HONORIFICS.contains(lower) && Token.isAllCaps(surface);
    }

    /** The {@link Word#hasClass} bits of a surface form and its lower-case form. */
    static int of(String surface, String lower) {
        boolean connector = !CandidateFinder.LOWER_CASE_ONLY_CONNECTORS.contains(lower) || surface.equals(lower);
        return (connector && CandidateFinder.CONNECTORS.contains(lower) ? Word.CONNECTOR : 0)
                | (connector && CandidateFinder.ORG_ONLY_CONNECTORS.contains(lower) ? Word.ORG_ONLY_CONNECTOR : 0)
                | (CandidateFinder.AND.contains(lower) ? Word.AND : 0)
                | (CandidateFinder.CORE_TITLES.contains(lower) && !acronymOfHonorific(surface, lower) ? Word.CORE_TITLE : 0)
                | (ARTICLES.contains(lower) ? Word.ARTICLE : 0)
                | (Tokenizer.isAbbreviation(surface, lower) ? Word.ABBREVIATION : 0)
                | (QuoteExtractor.ATTRIBUTION.contains(lower) ? Word.ATTRIBUTION : 0)
                | (QuoteExtractor.isPronoun(lower) ? Word.PRONOUN : 0)
                | (Token.isAllCaps(surface) ? Word.ALL_CAPS : 0)
                | (Appositions.ORG_APPOSITION.contains(lower) ? Word.ORG_APPOSITION : 0)
                | (Appositions.APPOSITION_OPENERS.contains(lower) ? Word.APPOSITION_OPENER : 0)
                | (PlaceCues.PLACE_CONNECTORS.contains(surface) ? Word.PLACE_CONNECTOR : 0)
                | ContextCues.classesOf(lower)
                | elidedDescriptor(lower) // "l'association Sea Shepherd", "l'entreprise Naval Group"
                | (SAID.contains(lower) ? Word.SAID : 0)
                | (LOCATIVE.contains(lower) ? Word.LOCATIVE : 0)
                | (ORG_ROLES.contains(lower) ? Word.ORG_ROLE : 0)
                | (SurnameShapes.hasSurnameEnding(surface) ? Word.SURNAME : 0)
                | (SpanShapes.SENTENCE_ADVERBS.contains(lower) ? Word.SENTENCE_ADVERB : 0)
                | (CompoundNouns.isRoleCompound(surface, lower) ? Word.ROLE_COMPOUND
                        : CompoundNouns.isListedBodyCompound(surface, lower) ? Word.BODY_COMPOUND : 0)
                | (RomanceBodies.HEADS.contains(lower) ? Word.BODY_HEAD : 0)
                | ("which".equals(lower) ? Word.WHICH : 0)
                | (NonEntityNames.PIPELINES.contains(lower) ? Word.PIPELINE : 0)
                | (FederalBodies.is(lower) ? Word.FEDERAL_BODY : 0);
    }

    /** {@link Word#DESCRIPTOR} for a descriptor after an elided article ("l'association"), else 0. */
    private static int elidedDescriptor(String lower) {
        String elided = afterOneLetterElision(lower);
        return elided == null ? 0 : ContextCues.classesOf(elided) & Word.DESCRIPTOR;
    }

    /** The word after a one-letter elided article ("l'", "d'"), from five characters on; else null. */
    private static String afterOneLetterElision(String lower) {
        return lower.length() > 4 && (lower.charAt(1) == '\'' || lower.charAt(1) == '\u2019') ? lower.substring(2) : null;
    }

    /** Bit i set when the stop list of {@code Languages.all().get(i)} holds the word's elided article ("l'", "d'"). */
    static int elidedStops(String lower) {
        int apostrophe = Math.max(lower.indexOf('\''), lower.indexOf('\u2019'));
        if (apostrophe < 1 || apostrophe > 4 || apostrophe == lower.length() - 1) {
            return 0;
        }
        return stopLanguages(lower.substring(0, apostrophe));
    }

    /** Bit i set when the stop list of {@code Languages.all().get(i)} holds the lower-case word. */
    static int stopLanguages(String lower) {
        int stops = 0;
        for (int i = 0; i < LANGUAGES.size(); i++) {
            if (LANGUAGES.get(i).stopWords().contains(lower)) {
                stops |= 1 << i;
            }
        }
        return stops;
    }
}
