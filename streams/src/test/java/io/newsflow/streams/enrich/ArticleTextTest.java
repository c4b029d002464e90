package io.newsflow.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArticleTextTest {

    @Test
    void shouldKeepHeadingsApartWhenBodyHasHeadingBlocks() {
        ArticleText text = TestArticles.text("Title Here", "The lead.", "First paragraph.", "## A Heading", "Second one.");
        assertThat(text.paragraphs()).extracting(Paragraph::text).containsExactly("The lead.", "First paragraph.", "Second one.");
        assertThat(text.headings()).extracting(Paragraph::text).containsExactly("A Heading");
    }

    @Test
    void shouldCountTitleLeadBodyAndHeadingWordsWhenCountingWords() {
        assertThat(TestArticles.text("Two words", "Three more words.", "One.", "## Head line").wordCount()).isEqualTo(8);
    }

    @Test
    void shouldSkipLeadWhenItIsBlank() {
        assertThat(TestArticles.text("T", "  ", "Body.").paragraphs()).hasSize(1);
    }

    @Test
    void shouldRejectNullArticleWhenBuilding() {
        assertThatThrownBy(() -> ArticleText.of(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("article");
    }
}
