package io.newsflow.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {

    private final KeywordExtractor extractor = new KeywordExtractor(3);

    @Test
    void shouldRankFrequentTermsFirstWhenNoDocumentFrequenciesAreKnown() {
        ArticleText text = TestArticles.text("Port strike", null, "The strike at the port grew. Strikes spread, the strike to other ports and cranes stopped.");
        KeywordExtractor.Result result = extractor.extract(text, "en", new InMemoryDocumentFrequencies());
        assertThat(result.keywords()).extracting(Keyword::term).containsExactly("strike", "port", "cranes");
    }

    @Test
    void shouldPreferRareTermsWhenDocumentFrequenciesAreLearned() {
        InMemoryDocumentFrequencies df = new InMemoryDocumentFrequencies();
        for (int i = 0; i < 50; i++) {
            df.addDocument(List.of("market", "price"));
        }
        ArticleText text = TestArticles.text("Market", null, "Market prices and market mood: lithium market, price of lithium.");
        List<Keyword> keywords = extractor.extract(text, "en", df).keywords();
        assertThat(keywords.get(0).term()).isEqualTo("lithium");
        assertThat(keywords.get(0).score()).isGreaterThan(keywords.get(1).score());
    }

    @Test
    void shouldSkipStopWordsNumbersAndShortWordsWhenCounting() {
        ArticleText text = TestArticles.text("", null, "The 2024 figures will be on it and it is said to be so.");
        assertThat(extractor.extract(text, "en", new InMemoryDocumentFrequencies()).keywords()).extracting(Keyword::term)
                .containsExactly("figures");
    }

    @Test
    void shouldLookUpNoTermSaidOnceWhenTheRepeatedTermsAlreadyScoreAboveIt() {
        InMemoryDocumentFrequencies df = new InMemoryDocumentFrequencies();
        for (int i = 0; i < 50; i++) {
            df.addDocument(List.of("weather"));
        }
        List<String> looked = new java.util.ArrayList<>();
        DocumentFrequencies counting = new DocumentFrequencies() {
            @Override
            public long documentCount() {
                return df.documentCount();
            }

            @Override
            public long documentFrequency(String term) {
                looked.add(term);
                return df.documentFrequency(term);
            }
        };
        // the words said once come first in the text, yet none can outscore a repeated unseen term
        ArticleText text = TestArticles.text("", null, "Cobalt, copper, nickel and zinc traders met. "
                + "Lithium, graphite and manganese rose; lithium, graphite and manganese fell.");
        List<Keyword> keywords = extractor.extract(text, "en", counting).keywords();
        assertThat(keywords).extracting(Keyword::term).containsExactlyInAnyOrder("lithium", "graphite", "manganese");
        assertThat(looked).hasSize(3);
    }

    @Test
    void shouldReturnDistinctStemsWhenExtracting() {
        ArticleText text = TestArticles.text("", null, "Strikes and striking strikers strike.");
        assertThat(extractor.extract(text, "en", new InMemoryDocumentFrequencies()).documentTerms()).contains("strike");
    }

    @Test
    void shouldStemPolishWithStempelWhenTheArticleIsPolish() {
        ArticleText text = TestArticles.text("", null, "Budowa portu potrwa pięć lat. Koszt budowy w porcie pokryje "
                + "rząd, a budowę port rozpocznie wiosną.");
        KeywordExtractor.Result result = extractor.extract(text, "pl", new InMemoryDocumentFrequencies());
        assertThat(result.documentTerms()).as("budowa, budowy, budowę: one stem; port, portu, porcie: one stem")
                .contains("budowa", "port").doesNotContain("budowy", "budowę", "portu", "porcie");
        assertThat(result.keywords()).extracting(Keyword::term).first().isIn("budowa", "port");
    }

    @Test
    void shouldRejectLimitWhenNotPositive() {
        assertThatThrownBy(() -> new KeywordExtractor(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }
}
