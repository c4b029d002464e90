package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-thirteenth held-out round (x2511-x2516), the press of Russia's peoples in their
 * languages: Chuvash, Sakha, Udmurt and Ossetian months, Buryat's year and month words, the news roots of Bashkir,
 * Chuvash, Sakha, Ossetian, Udmurt and Buryat, Sakha's and Udmurt's byline labels and Bashkir's share button.
 */
class RussiasPeoplesPressShapesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T00:00:00Z");
    private static final String STORY = "Шупашкарта ҫӗнӗ шкул уҫӑлнӑ, унта 900 ача вӗренӗ.\n\nШкула икӗ ҫул хушши тунӑ.\n\n";

    @Test
    void shouldReadTheMonthsOfChuvashSakhaUdmurtAndOssetian() {
        assertThat(parse("Шупашкарта ҫӗнӗ шкул уҫӑлнӑ\n7 раштав 2026\n\n" + STORY).getPublishedAt()).isEqualTo(DAY);
        assertThat(parse("Дьокуускайга саҥа балыыһа аһылынна\n7 ахсынньы 2026 с.\n\n" + STORY).getPublishedAt()).isEqualTo(DAY);
        assertThat(parse("Дьокуускайга саҥа балыыһа аһылынна\n12 бэс ыйа 2026\n\n" + STORY).getPublishedAt())
                .isEqualTo(Instant.parse("2026-06-12T00:00:00Z"));
        assertThat(parse("Ижкарын выль школа усьтэмын\n7 толсур 2026\n\n" + STORY).getPublishedAt()).isEqualTo(DAY);
        assertThat(parse("Дзæуджыхъæуы ног скъола байгом кодтой\n7 декабры 2026\n\n" + STORY).getPublishedAt()).isEqualTo(DAY);
    }

    @Test
    void shouldReadBuryatsYearAndMonthWords() {
        assertThat(parse("Улаан-Үдэдэ шэнэ театр нээгдэбэ\n2026 оной 12 һарын 7\n\n" + STORY).getPublishedAt()).isEqualTo(DAY);
    }

    @Test
    void shouldReadTheNewsRootsOverTheSection() {
        Article chuvash = parse("Хыпар\n\nХыпарсем > Культура\n\nШупашкарта ҫӗнӗ театр уҫӑлнӑ\n\n" + STORY);
        assertThat(chuvash.getSection()).isEqualTo("Культура");
        assertThat(chuvash.getArticleType()).isEqualTo(ArticleType.NEWS);
        Article buryat = parse("Буряад үнэн\n\nМэдээнүүд / Экономика\n\nУлаан-Үдэдэ шэнэ завод нээгдэбэ\n\n" + STORY);
        assertThat(buryat.getSection()).isEqualTo("Экономика");
        assertThat(buryat.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldReadSakhasAndUdmurtsBylineLabelsAndDropBashkirsShareButton() {
        assertThat(parse("Дьокуускайга саҥа балыыһа аһылынна\nААПТАР: Айаал Петров\n7 ахсынньы 2026\n\n" + STORY).getAuthors())
                .containsExactly("Айаал Петров");
        Article udmurt = parse("Ижкарын выль школа усьтэмын\nГожтӥз: Ирина Максимова\n7 толсур 2026\n\n" + STORY + "Бүлешергә:\n");
        assertThat(udmurt.getAuthors()).containsExactly("Ирина Максимова");
        assertThat(allText(udmurt)).contains("900 ача").doesNotContain("Гожтӥз", "Бүлешергә");
    }
}
