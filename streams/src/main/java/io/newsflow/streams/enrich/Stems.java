package io.newsflow.streams.enrich;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Snowball stems with a shared cache per language. News vocabulary is Zipfian, so after a few
 * hundred articles almost every word is a cache hit (a hash lookup instead of running the
 * stemmer). The cache stops growing at {@value #MAX_ENTRIES} words per language so rare words
 * cannot exhaust memory; stemmers, which hold state, are per thread.
 */
public final class Stems {

    private static final int MAX_ENTRIES = 200_000;
    private static final Map<String, Stems> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Map<String, String> cache = new ConcurrentHashMap<>(1 << 14);
    private final ThreadLocal<SnowballStemmer> stemmer;
    private final java.util.concurrent.atomic.AtomicInteger entries = new java.util.concurrent.atomic.AtomicInteger();

    private Stems(Languages.Language language) {
        this.stemmer = ThreadLocal.withInitial(language.stemmers());
    }

    /** The shared stems of a language (English when unknown or null). */
    public static Stems of(String language) {
        Languages.Language lang = Languages.get(language);
        return BY_LANGUAGE.computeIfAbsent(lang.code(), code -> new Stems(lang));
    }

    /** The stem of a lower-case word. */
    public String stem(String lowerWord) {
        String stem = cache.get(lowerWord);
        if (stem == null) {
            SnowballStemmer s = stemmer.get();
            s.setCurrent(lowerWord);
            s.stem();
            stem = s.getCurrent();
            if (entries.get() < MAX_ENTRIES && cache.putIfAbsent(lowerWord, stem) == null) {
                entries.incrementAndGet();
            }
        }
        return stem;
    }
}
