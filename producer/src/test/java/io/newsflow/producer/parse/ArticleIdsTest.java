package io.newsflow.producer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void shouldNormaliseUrlWhenItDiffersOnlyByTrackingCaseOrSlash() {
        assertThat(ArticleIds.normaliseUrl("HTTP://www.Example.com:80/a/b/?utm_source=x&b=2&a=1#top"))
                .isEqualTo("https://example.com/a/b?a=1&b=2");
        assertThat(ArticleIds.normaliseUrl("not a url")).isNull();
        assertThat(ArticleIds.normaliseUrl("ftp://example.com/x")).isNull();
    }

    @Test
    void shouldIgnoreWhitespaceCaseAndQuoteStyleWhenHashingContent() {
        assertThat(ArticleIds.fromContent("TechLedger", "Title", "It’s  here.\n"))
                .isEqualTo(ArticleIds.fromContent("techledger", "Title ", "It's here."))
                .startsWith("txt:");
        assertThat(ArticleIds.fromContent("A", "Title", "x")).isNotEqualTo(ArticleIds.fromContent("B", "Title", "x"));
    }
}
