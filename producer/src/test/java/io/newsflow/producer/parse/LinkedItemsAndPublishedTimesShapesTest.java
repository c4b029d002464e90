package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;

/**
 * Shapes met in the hundred-and-seventy-ninth held-out round (x1107-x1112), on other inputs: a content system's linked
 * items named by "display" (Cockpit's); a page whose modification time stands before its publication time (a
 * WordPress theme's, GeneratePress's); "News" under the date in the byline's block; a writer's generational suffix.
 */
class LinkedItemsAndPublishedTimesShapesTest {

    @Test
    void shouldNameLinkedItemsByTheirDisplayField() {
        Article a = file("{\"title\": \"" + HEADLINE + "\", \"content\": \"" + HTML_BODY + "\", \"author\": {\"_id\": \"64a0\", \"_model\": "
                + "\"authors\", \"display\": \"Owen Pryce\"}, \"category\": {\"_id\": \"64a1\", \"_model\": \"categories\", \"display\": "
                + "\"Harbour\"}, \"tags\": [\"bridges\"]}", "entry.json");
        assertThat(a.getAuthors()).containsExactly("Owen Pryce");
        assertThat(a.getSection()).isEqualTo("Harbour");
    }

    @Test
    void shouldTakeThePublishedTimeOverAModifiedOneWrittenBeforeIt() {
        Article a = file("<html><body><article><h1>" + HEADLINE + "</h1><div class=\"entry-meta\"><time class=\"updated\" itemprop=\"dateModified\" "
                + "datetime=\"2026-11-30T10:00:00+00:00\">November 30, 2026</time><time class=\"entry-date published\" itemprop=\"datePublished\" "
                + "datetime=\"2026-11-28T07:45:00+00:00\">November 28, 2026</time></div>" + HTML_BODY + HTML_BODY + "</article></body></html>", "post.html");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-28T07:45:00Z"));
    }

    @Test
    void shouldTakeNewsUnderTheDateAsTheSectionAndTheType() {
        Article a = parse("Harbour Times\nHome\nNews\nSport\nOpinion\n\n" + HEADLINE + "\n\nAoife Brennan\nNovember 30, 2026\nNews\nLeave a comment\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("News");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(a.getAuthors()).containsExactly("Aoife Brennan");
    }

    @Test
    void shouldKeepAWritersGenerationalSuffixInCapitals() {
        assertThat(parse(HEADLINE + "\n\nBy JOE TAITANO III\nNovember 30, 2026\n\n" + BODY).getAuthors()).containsExactly("Joe Taitano III");
        assertThat(parse(HEADLINE + "\n\nBy Joe Taitano II\nNovember 30, 2026\n\n" + BODY).getAuthors()).containsExactly("Joe Taitano II");
    }
}
