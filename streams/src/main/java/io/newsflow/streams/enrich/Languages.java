package io.newsflow.streams.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.HungarianStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.NorwegianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * The languages enrichment knows, each with the Snowball stop-word list and stemmer that ship in
 * Lucene's {@code lucene-analysis-common} (BSD-licensed Snowball data), and Polish with Lucene's
 * Polish stop list and Stempel stemmer ({@code lucene-analysis-stempel}). The stop lists serve
 * three steps: language detection, keyword filtering and the sentence-initial check of entities.
 */
public final class Languages {

    /** One language: ISO 639-1 code, stop words and a stemmer factory (stemmers are not thread-safe). */
    public record Language(String code, Set<String> stopWords, Supplier<SnowballStemmer> stemmers) {
    }

    private static final Map<String, Language> BY_CODE = load();
    private static final List<String> CODES = List.copyOf(BY_CODE.keySet());
    /** Swedish, Danish and Norwegian as {@link #index} bits: nouns in lower case, "i" for "in", a genitive's bare "-s". */
    static final int NORDIC = 1 << index("sv") | 1 << index("da") | 1 << index("no");
    /** Dutch's bit of {@link #index}, whose "de" is an article, not the "of" of the Romance languages. */
    static final int DUTCH = 1 << index("nl");
    /** Polish's bit of {@link #index}, whose "i" is "and" (an article in Italian) and whose names decline. */
    static final int POLISH = 1 << index("pl");

    private Languages() {
    }

    /** All languages, English first. */
    public static List<Language> all() {
        return List.copyOf(BY_CODE.values());
    }

    /** How many languages {@link #all()} holds: the size of per-language arrays. */
    static int count() {
        return CODES.size();
    }

    /** The language with this ISO 639-1 code, or English when unknown or null. */
    public static Language get(String code) {
        Language language = code == null ? null : BY_CODE.get(code);
        return language == null ? BY_CODE.get("en") : language;
    }

    /** Position of the language in {@link #all()} (English, 0, when unknown or null): an index for per-language arrays. */
    public static int index(String code) {
        int i = code == null ? -1 : CODES.indexOf(code);
        return Math.max(i, 0);
    }

    /** Whether the ISO 639-1 code (may be null) is Swedish, Danish or Norwegian. */
    static boolean nordic(String code) {
        return (1 << index(code) & NORDIC) != 0; // an unknown or null code is English's index
    }

    private static Map<String, Language> load() {
        Map<String, Language> map = new LinkedHashMap<>();
        add(map, "en", "english", EnglishStemmer::new);
        add(map, "de", "german", GermanStemmer::new);
        add(map, "fr", "french", FrenchStemmer::new);
        add(map, "es", "spanish", SpanishStemmer::new);
        add(map, "nl", "dutch", DutchStemmer::new);
        add(map, "it", "italian", ItalianStemmer::new);
        add(map, "pt", "portuguese", PortugueseStemmer::new);
        add(map, "sv", "swedish", SwedishStemmer::new);
        add(map, "da", "danish", DanishStemmer::new);
        add(map, "no", "norwegian", NorwegianStemmer::new);
        add(map, "fi", "finnish", FinnishStemmer::new);
        add(map, "hu", "hungarian", HungarianStemmer::new);
        // Snowball has no Polish: Lucene's Polish stop list and Stempel stemmer (lucene-analysis-stempel)
        map.put("pl", new Language("pl", words(PolishAnalyzer.getDefaultStopSet()), PolishStemmer::new));
        return map;
    }

    private static Set<String> words(CharArraySet set) {
        Set<String> words = new HashSet<>();
        for (Object word : set) {
            words.add(new String((char[]) word).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(words);
    }

    private static void add(Map<String, Language> map, String code, String name, Supplier<SnowballStemmer> stemmer) {
        String file = name + "_stop.txt";
        try {
            CharArraySet set = WordlistLoader.getSnowballWordSet(
                    IOUtils.getDecodingReader(SnowballFilter.class, file, StandardCharsets.UTF_8));
            map.put(code, new Language(code, words(set), stemmer));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Lucene stop-word list " + file, e);
        }
    }
}
