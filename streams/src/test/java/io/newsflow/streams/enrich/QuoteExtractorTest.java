package io.newsflow.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {

    private final EntityExtractor entities = new EntityExtractor();
    private final QuoteExtractor quotes = new QuoteExtractor();

    private List<Quote> extract(String language, String... paragraphs) {
        ArticleText text = TestArticles.text("T", null, paragraphs);
        return quotes.extract(text, entities.extract(text, language, List.of(), null).mentions());
    }

    @Test
    void shouldNameSpeakerWhenAttributionFollowsQuote() {
        assertThat(extract("en", "Anna Berg runs the union. \u201CWe will not give up,\u201D Berg said on Monday."))
                .containsExactly(new Quote("We will not give up,", "Anna Berg"));
    }

    @Test
    void shouldNameSpeakerWhenAttributionPrecedesQuote() {
        assertThat(extract("en", "Governor Andrew Bailey told reporters in London that \"the path is down\"."))
                .containsExactly(new Quote("the path is down", "Andrew Bailey"));
    }

    @Test
    void shouldUseLastPersonWhenPronounIsTheSpeaker() {
        assertThat(extract("fr", "Arthur Mensch a parlé à Paris.", "\u00AB Nous voulons gagner \u00BB, a-t-il dit."))
                .containsExactly(new Quote("Nous voulons gagner", "Arthur Mensch"));
    }

    @Test
    void shouldLeaveSpeakerEmptyWhenNoAttribution() {
        assertThat(extract("en", "The plan is \"too little, too late\" in the eyes of many."))
                .containsExactly(new Quote("too little, too late", null));
    }

    @Test
    void shouldIgnoreSingleQuotedWordsWhenExtracting() {
        assertThat(extract("en", "The so-called \"deal\" collapsed.")).isEmpty();
    }
}
