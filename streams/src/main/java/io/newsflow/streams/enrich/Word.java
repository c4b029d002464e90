package io.newsflow.streams.enrich;

import java.util.Locale;

/**
 * Everything enrichment asks about one surface word, computed once, so that every step reads fields
 * instead of hashing and lower-casing per token: its lower-case form, gazetteer flags, the languages
 * whose stop list holds it, its English tone weight and (per language, on first use) its keyword term.
 *
 * <p>Memoised by exact surface form ({@link WordCache} compares the superclass's fields, {@link SurfaceForm}). Immutable
 * (final fields, safely published) but for the lazily filled term slots and forms, whose values are deterministic (a
 * racing thread at worst computes a word twice). The closed word lists' bits come from {@link WordClasses}.
 */
public final class Word extends SurfaceForm {

    private final String lower;
    private final int lowerHash;
    private final int gazetteer;
    private final int stopLanguages;
    private final int notTermLanguages;
    private final int elidedStops;
    private final int cueLanguages;
    private final int tone;
    private final boolean negator;
    private final boolean capitalised;
    private final boolean possessive;
    private final int classes;
    private final TermAnalyzer.Term[] terms = new TermAnalyzer.Term[Languages.count()];
    /** The term last asked for (an immutable record, so a racing reader sees it whole). */
    private TermAnalyzer.Term lastTerm;
    /** Lazily filled (deterministic values, so a race only computes twice): the forms a name span reads. */
    private Word withoutElision;
    private Word withoutPossessive;
    private String lowerWithoutElision;

    Word(String surface, int hash, long packed, long packed2, boolean packable) {
        super(surface, hash, packed, packed2, packable);
        this.lower = surface.toLowerCase(Locale.ROOT);
        this.lowerHash = lower.hashCode();
        this.gazetteer = WordClasses.gazetteer(surface, lower);
        this.stopLanguages = WordClasses.stopLanguages(lower);
        this.notTermLanguages = TermAnalyzer.notTermLanguages(lower, stopLanguages);
        this.elidedStops = WordClasses.elidedStops(lower);
        this.cueLanguages = LanguageDetector.cues(lower);
        this.tone = ToneScorer.lexiconWeight(lower);
        this.negator = ToneScorer.isNegator(lower);
        this.capitalised = Token.isCapitalised(surface);
        this.possessive = surface.endsWith("'s") || surface.endsWith("\u2019s");
        this.classes = WordClasses.of(surface, lower);
    }

    /**
     * Bits of {@link #hasClass}: the small closed word lists the steps ask about per token ({@link WordClasses}).
     * The bit is the list's answer for this word, computed once; a list a step also reads stays with that step.
     */
    static final int CONNECTOR = 1, ORG_ONLY_CONNECTOR = 1 << 1, AND = 1 << 2, CORE_TITLE = 1 << 3,
            ARTICLE = 1 << 4, ABBREVIATION = 1 << 5, ATTRIBUTION = 1 << 6, PRONOUN = 1 << 7, ALL_CAPS = 1 << 8,
            ORG_APPOSITION = 1 << 9, APPOSITION_OPENER = 1 << 10, PLACE_CONNECTOR = 1 << 11,
            // the words around a candidate that the context rules read (ContextCues, the classifiers)
            DESCRIPTOR = 1 << 12, MINISTER = 1 << 13, OF_OR_FOR = 1 << 14, STAFF = 1 << 15, SAID = 1 << 16,
            LOCATIVE = 1 << 17, ORG_ROLE = 1 << 18, FROM = 1 << 19, TO = 1 << 20, AT = 1 << 21, LEADERSHIP = 1 << 22,
            SURNAME = 1 << 23, SENTENCE_ADVERB = 1 << 24, ROLE_COMPOUND = 1 << 25,
            BODY_HEAD = 1 << 26, WHICH = 1 << 27, PIPELINE = 1 << 28, FEDERAL_BODY = 1 << 29, BODY_COMPOUND = 1 << 30;

    /** The word for a surface form (case-sensitive: "The" and "the" are two entries). */
    static Word of(String surface) {
        return of(surface, 0, surface.length());
    }

    /** The word for {@code text[from, to)}; its {@link #surface()} is a string equal to that range. */
    static Word of(String text, int from, int to) {
        return WordCache.of(text, from, to);
    }

    /** The lower-case form ({@link Locale#ROOT}). */
    String lower() {
        return lower;
    }

    /** {@link String#hashCode()} of the lower-case form. */
    int lowerHash() {
        return lowerHash;
    }

    /** {@link Gazetteer#flags} of the lower-case form. */
    int gazetteer() {
        return gazetteer;
    }

    /** Whether the word has any of the gazetteer flag bits. */
    boolean has(int bits) {
        return (gazetteer & bits) != 0;
    }

    /** Bit i set when the stop list of {@code Languages.all().get(i)} holds the word. */
    int stopLanguages() {
        return stopLanguages;
    }

    /** Bits of the languages in which the word is certainly no keyword term ({@link TermAnalyzer#notTermLanguages}). */
    int notTermLanguages() {
        return notTermLanguages;
    }

    /** Weight in the English tone lexicon (by Snowball stem), 0 when absent. */
    int tone() {
        return tone;
    }

    /** Whether the word is in any of the word classes ({@link #CONNECTOR}, ...) of {@code bits}. */
    boolean hasClass(int bits) {
        return (classes & bits) != 0;
    }

    /** Languages for which the word is a detection cue beyond its stop list. */
    int cueLanguages() {
        return cueLanguages;
    }

    /** Bit i set when the stop list of {@code Languages.all().get(i)} holds the word's elided article ("l'", "d'"). */
    int elidedStops() {
        return elidedStops;
    }

    /** Whether the stop list of any language of the mask ({@link #stopLanguages()} bits) holds the word. */
    boolean stopIn(int languageMask) {
        return (stopLanguages & languageMask) != 0;
    }

    /** Starts with a capital, after any elision ("d'Espagne"). */
    boolean capitalised() {
        return capitalised;
    }

    /** Ends in a possessive "'s". */
    boolean possessive() {
        return possessive;
    }

    /** A word that flips the tone of the next two ("not", "never"). */
    boolean negator() {
        return negator;
    }

    /** Whether the word carries an elided article or preposition ("dell'Economia", "d'Espagne"). */
    boolean elided() {
        return withoutElision() != this;
    }

    /** {@link Token#stripElision} of the lower-case form ("d'espagne": "espagne"), memoised; the same string when none. */
    String lowerWithoutElision() {
        String s = lowerWithoutElision;
        if (s == null) {
            s = Token.stripElision(lower);
            lowerWithoutElision = s;
        }
        return s;
    }

    /** This word without a French/Italian elision prefix ("d'Espagne" gives "Espagne"), memoised. */
    Word withoutElision() {
        Word w = withoutElision;
        if (w == null) {
            String stripped = Token.stripElision(surface());
            w = stripped.length() == length() ? this : of(stripped);
            if (w == this && length() > 3 && (surface().startsWith("L'") || surface().startsWith("L\u2019"))) {
                Word rest = of(surface().substring(2));
                w = rest.hasClass(BODY_HEAD) ? rest : this; // "L'Association ..." opening a sentence; not "L'Oréal"
            }
            withoutElision = w;
        }
        return w;
    }

    /** This word without a possessive "'s" or a trailing apostrophe ("Europe's" gives "Europe"), memoised. */
    Word withoutPossessive() {
        Word w = withoutPossessive;
        if (w == null) {
            int cut = possessive ? 2 : surface().endsWith("'") || surface().endsWith("\u2019") ? 1 : 0;
            w = cut == 0 ? this : of(surface().substring(0, length() - cut));
            withoutPossessive = w;
        }
        return w;
    }

    /** The keyword term of the word in a language ({@code index} into {@link Languages#all()}). */
    TermAnalyzer.Term term(int index, TermAnalyzer analyzer) {
        TermAnalyzer.Term term = lastTerm; // one load for a stream of one language, not two
        if (term != null && term.language() == index) {
            return term;
        }
        term = terms[index];
        if (term == null) {
            term = analyzer.analyseUncached(lower);
            terms[index] = term;
        }
        lastTerm = term;
        return term;
    }
}
