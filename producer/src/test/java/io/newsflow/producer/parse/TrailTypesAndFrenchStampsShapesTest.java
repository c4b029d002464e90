package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.ButtonsBetweenMastheadAndTrailShapesTest.parseOne;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;

/**
 * Shapes met in the seventieth held-out round (x457-x462), each on other names: an HTML trail's news root giving the
 * type, a {@code <time>} element with only its text, a French-Canadian byline's "Un texte de", and French time-only
 * stamps with a zone.
 */
class TrailTypesAndFrenchStampsShapesTest {

    @Test
    void shouldReadTheTypeAndTheDateWhenAnHtmlTrailAndATimeElementGiveThem() {
        String html = "<html><body><nav class=\"breadcrumbs\"><a href=\"/\">Home</a> › <a href=\"/news\">News</a> › <a href=\"/news/farming\">"
                + "Farming</a></nav><div class=\"article\"><h1>" + HEADLINE + "</h1><time>3 March 2025</time><div class=\"article-body\"><p>"
                + BODY.replace("\n\n", "</p><p>") + "</p></div></div></body></html>";
        Article a = parseOne(html, "page.html");
        assertThat(a.getSection()).isEqualTo("Farming");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-03T00:00:00Z"));
    }

    @Test
    void shouldReadTheWriterAndLeaveTheStampsOutWhenAFrenchCanadianPageGivesThem() {
        Article a = parse(HEADLINE + "\n\nPublié à 9 h 15 HAE\nMis à jour à 11 h 40 HAE\n\nUn texte de Jean-François Gagnon\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Jean-François Gagnon");
        assertThat(allText(a)).doesNotContain("Publié à").doesNotContain("Mis à jour").doesNotContain("Un texte de");
    }
}
