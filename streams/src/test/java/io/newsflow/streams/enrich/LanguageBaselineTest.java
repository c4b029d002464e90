package io.newsflow.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.Test;

/**
 * The alternative weighed for language detection: Apache OpenNLP's published langdetect-183 model
 * (103 languages, ISO 639-3 codes) on the same corpus. Prints both accuracies; ours must be at
 * least as accurate, since it is the one enrichment uses (docs/enrichment.md has the speed side).
 */
class LanguageBaselineTest {

    private static final Map<String, String> ISO3_TO_ISO1 = Map.of("eng", "en", "deu", "de", "fra", "fr",
            "spa", "es", "nld", "nl", "ita", "it", "por", "pt");

    @Test
    void shouldBeAtLeastAsAccurateAsOpenNlpWhenRunOnTheCorpus() throws IOException {
        LanguageDetectorME openNlp;
        try (InputStream in = getClass().getResourceAsStream("/langdetect-183.bin")) {
            openNlp = new LanguageDetectorME(new LanguageDetectorModel(in));
        }
        LanguageDetector ours = new LanguageDetector();
        int oursRight = 0;
        int openNlpRight = 0;
        int total = 0;
        for (CorpusArticle a : CorpusArticle.all()) {
            total++;
            ArticleText text = ArticleText.of(a.article());
            if (a.language().equals(ours.detect(text.paragraphs()).language())) {
                oursRight++;
            }
            String iso3 = openNlp.predictLanguage(EnricherBenchmark.plainText(a.article())).getLang();
            if (a.language().equals(ISO3_TO_ISO1.getOrDefault(iso3, iso3.toLowerCase(Locale.ROOT)))) {
                openNlpRight++;
            }
        }
        System.out.printf("language accuracy: stop-word profile %d/%d, OpenNLP langdetect-183 %d/%d%n",
                oursRight, total, openNlpRight, total);
        assertThat(oursRight).isGreaterThanOrEqualTo(openNlpRight);
    }
}
