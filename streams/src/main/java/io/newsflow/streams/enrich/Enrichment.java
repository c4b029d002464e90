package io.newsflow.streams.enrich;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything enrichment derives from one article, immutable.
 *
 * @param language           ISO 639-1 code, or null when the text is too short to tell
 * @param languageConfidence 0..1
 * @param wordCount          words in the title, lead and body (headings included)
 * @param sentenceCount      sentences in the lead and body paragraphs
 * @param paragraphCount     the lead (when present) plus the body paragraphs
 * @param readingTimeSeconds at {@value Enricher#WORDS_PER_MINUTE} words per minute, rounded up
 * @param entities           persons, locations and organisations, in order of first mention
 * @param keywords           best first
 * @param tone               null when no lexicon covers the language
 * @param quotes             in reading order
 * @param documentTerms      the article's distinct stems, to count it in the document frequencies
 * @param provenance         enrichment version and library versions
 */
public record Enrichment(String language, double languageConfidence, int wordCount, int sentenceCount,
                         int paragraphCount, int readingTimeSeconds, List<Entity> entities, List<Keyword> keywords,
                         Tone tone, List<Quote> quotes, Set<String> documentTerms, Provenance provenance) {

    public Enrichment {
        entities = List.copyOf(entities);
        keywords = List.copyOf(keywords);
        quotes = List.copyOf(quotes);
        // read-only view, not a copy: the set can hold a thousand stems and is built per article
        documentTerms = java.util.Collections.unmodifiableSet(documentTerms);
    }

    /** Which enrichment code and which libraries, models and lexicons produced the fields. */
    public record Provenance(String version, Map<String, String> libraries) {
        public Provenance {
            libraries = Map.copyOf(libraries);
        }
    }
}
