package io.newsflow.streams.enrich;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Everything enrichment asks about one surface word, computed once: its lower-case form,
 * gazetteer flags, the languages whose stop list holds it, its English tone weight and (per
 * language, on first use) its keyword term. Every step used to do its own hash lookup per token
 * (and lower-case it again); now the tokenizer does one lookup and the steps read fields.
 *
 * <p>Words are memoised by their exact surface form in a shared map. News vocabulary is Zipfian,
 * so nearly every token is a hit; the map is cleared whenever it reaches {@value #MAX_ENTRIES}
 * words, so a long-running stream keeps a bounded, recently-used vocabulary and cannot leak.
 * Instances are immutable apart from the lazily filled term slots, whose values are deterministic
 * (a racing thread at worst computes the same term twice).
 */
final class Word {

    private static final int MAX_ENTRIES = 200_000;
    private static final Map<String, Word> MEMO = new ConcurrentHashMap<>(1 << 15);
    private static final AtomicInteger SIZE = new AtomicInteger();
    private static final List<Languages.Language> LANGUAGES = Languages.all();

    private final String lower;
    private final int gazetteer;
    private final int stopLanguages;
    private final int tone;
    private final boolean negator;
    private final boolean capitalised;
    private final boolean possessive;
    private final TermAnalyzer.Term[] terms = new TermAnalyzer.Term[LANGUAGES.size()];

    private Word(String surface) {
        this.lower = surface.toLowerCase(Locale.ROOT);
        this.gazetteer = Gazetteer.get().flags(lower);
        int stops = 0;
        for (int i = 0; i < LANGUAGES.size(); i++) {
            if (LANGUAGES.get(i).stopWords().contains(lower)) {
                stops |= 1 << i;
            }
        }
        this.stopLanguages = stops;
        this.tone = ToneScorer.lexiconWeight(lower);
        this.negator = ToneScorer.isNegator(lower);
        this.capitalised = Token.isCapitalised(surface);
        this.possessive = surface.endsWith("'s") || surface.endsWith("\u2019s");
    }

    /** The word for a surface form (case-sensitive: "The" and "the" are two entries). */
    static Word of(String surface) {
        Word word = MEMO.get(surface);
        if (word == null) {
            word = new Word(surface);
            if (SIZE.incrementAndGet() > MAX_ENTRIES) {
                MEMO.clear(); // start a fresh generation rather than grow
                SIZE.set(0);
            }
            MEMO.putIfAbsent(surface, word);
        }
        return word;
    }

    /** The lower-case form ({@link Locale#ROOT}). */
    String lower() {
        return lower;
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

    /** Weight in the English tone lexicon (by Snowball stem), 0 when absent. */
    int tone() {
        return tone;
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

    /** The keyword term of the word in a language ({@code index} into {@link Languages#all()}). */
    TermAnalyzer.Term term(int index, TermAnalyzer analyzer) {
        TermAnalyzer.Term term = terms[index];
        if (term == null) {
            term = analyzer.analyseUncached(lower);
            terms[index] = term;
        }
        return term;
    }
}
