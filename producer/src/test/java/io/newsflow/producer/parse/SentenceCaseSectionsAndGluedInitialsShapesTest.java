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
 * Shapes met in the eighty-sixth held-out round (x553-x558), each on other names: Catalan, Galician, Afrikaans, Hausa
 * and Urdu months and bylines (Urdu's comma before the clock), a writer's initial glued to the name (Mongolian), no
 * domain for all that, a section in sentence case under the news root, Urdu's "daily" naming a newspaper.
 */
class SentenceCaseSectionsAndGluedInitialsShapesTest {

    @Test
    void shouldDateTheStoryWhenCatalanGalicianAfrikaansHausaOrUrduWriteTheMonth() {
        assertThat(parse(HEADLINE + "\n\n5 de març de 2025\n\n" + BODY).getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
        assertThat(parse(HEADLINE + "\n\n5 de xullo de 2025\n\n" + BODY).getPublishedAt()).isEqualTo(Instant.parse("2025-07-05T00:00:00Z"));
        assertThat(parse(HEADLINE + "\n\n5 Maart 2025\n\n" + BODY).getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
        assertThat(parse(HEADLINE + "\n\n5 Satumba, 2025\n\n" + BODY).getPublishedAt()).isEqualTo(Instant.parse("2025-09-05T00:00:00Z"));
        assertThat(parse(HEADLINE + "\n\n05 مارچ 2025، 09:30\n\n" + BODY).getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T09:30:00Z"));
    }

    @Test
    void shouldReadTheWriterWhenAfrikaansHausaOrUrduLabelTheByline() {
        assertThat(parse(HEADLINE + "\n\nDeur Johan Botha\n\n" + BODY).getAuthors()).containsExactly("Johan Botha");
        assertThat(parse(HEADLINE + "\n\nDaga Musa Sani\n\n" + BODY).getAuthors()).containsExactly("Musa Sani");
        assertThat(parse(HEADLINE + "\n\nرپورٹ: احمد علی\n\n" + BODY).getAuthors()).containsExactly("احمد علی");
    }

    @Test
    void shouldReadTheWriterNotADomainWhenAnInitialIsGluedToTheName() {
        Article a = parse(HEADLINE + "\n\nСэтгүүлч: Ц.Оюунгэрэл\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Ц.Оюунгэрэл");
        assertThat(a.getSource()).isNull();
    }

    @Test
    void shouldReadTheSectionWhenItIsInSentenceCaseUnderTheNewsRoot() {
        Article a = parse("Zuunmod.mn\nМэдээ\nГадаад мэдээ\n\nМонгол Улс Япон улстай шинэ гэрээ байгууллаа\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Zuunmod.mn");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(a.getSection()).isEqualTo("Гадаад мэдээ");
    }

    @Test
    void shouldReadTheNewspaperWhenUrduNamesItDaily() {
        Article a = parse("روزنامہ ایکسپریس\nکھیل\n\nپاکستان نے سیریز تین صفر سے جیت لی\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("روزنامہ ایکسپریس");
        assertThat(a.getSection()).isEqualTo("کھیل");
    }
}
