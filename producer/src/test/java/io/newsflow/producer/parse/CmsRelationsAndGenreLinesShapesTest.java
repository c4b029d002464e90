package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;

/**
 * Shapes met in the forty-sixth held-out round (x313-x318), each on other names: a headless CMS's answer
 * with its article and relations under "attributes" (Strapi), a page's statement of its genre, a topics
 * list in Swedish, an outlet's initials over its menu, and a feed titled only with its own label.
 */
class CmsRelationsAndGenreLinesShapesTest {

    @Test
    void shouldReadTheArticleAndItsRelationsWhenAHeadlessCmsWrapsThemInAttributes() {
        Article a = file("{\"data\": {\"id\": 7, \"attributes\": {\"title\": \"" + HEADLINE + "\", \"body\": \"The board met.\\n\\n"
                + "Work starts in March.\", \"publishedAt\": \"2025-12-01T08:00:00.000Z\", \"author\": {\"data\": {\"id\": 2,"
                + " \"attributes\": {\"name\": \"Ana Ferreira\"}}}, \"category\": {\"data\": {\"id\": 3, \"attributes\":"
                + " {\"name\": \"Ports\"}}}}}, \"meta\": {}}", "strapi.json");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Ana Ferreira");
        assertThat(a.getSection()).isEqualTo("Ports");
        assertThat(allText(a)).contains("Work starts in March.");
    }

    @Test
    void shouldReadTheTypeAndDropTheLineWhenThePageStatesItsGenre() {
        Article news = parse(HEADLINE + "\n\nDet här är en nyhetsartikel från Sydsvenskan.\n\n" + BODY);
        assertThat(news.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(allText(news)).doesNotContain("nyhetsartikel");
        assertThat(parse(HEADLINE + "\n\nDette er en kommentar.\n\n" + BODY).getArticleType()).isEqualTo(ArticleType.OPINION);
    }

    @Test
    void shouldDropTheTopicsWhenASwedishPageListsThemUnderTheirLabel() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nÄmnen i artikeln\nHamnar\nSjöfart");
        assertThat(allText(a)).doesNotContain("Ämnen").doesNotContain("Sjöfart");
    }

    @Test
    void shouldReadTheSiteWhenItsInitialsOpenTheMenu() {
        Article a = parse("SVT\nInrikes\nUtrikes\nSport\nLogga in\n\nInrikes\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("SVT");
        assertThat(parse("US\nWorld\nBusiness\nSport\nSign in\n\n" + HEADLINE + "\n\n" + BODY).getSource()).isNotEqualTo("US");
    }

    @Test
    void shouldReadTheSiteFromTheDescriptionWhenTheFeedIsTitledWithItsLabel() {
        assertThat(FeedTitles.outlet("Top Stories", "The latest stories from Harbour Gazette.", List.of(), List.of()))
                .isEqualTo("Harbour Gazette");
        assertThat(FeedTitles.outlet("Just In", "Updated every minute", List.of(), List.of())).isNull();
    }
}
