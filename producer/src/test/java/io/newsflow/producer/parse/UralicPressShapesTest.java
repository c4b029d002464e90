package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-twentieth held-out round (x2553-x2558), the Uralic press: Komi, Mari, Erzya and
 * Moksha in Cyrillic, Livvi Karelian and Northern Sami in Latin letters. Six byline labels (two without a colon, which
 * were read as part of the name), Finnish's, Livvi's, Mari's and Erzya's months, news roots, a shouted masthead with
 * "land" in it, and a stamp and a labelled byline parted by a bar, in English too.
 */
class UralicPressShapesTest {
    private static final String STORY = "Йошкар-Олаште шочмо кечын у школ почылто.\n\nШколышто 900 йоча тунемеш.\n\n";

    @Test
    void shouldReadUralicBylineLabelsWithOrWithoutAColon() {
        for (String byline : new String[] {"Гижысь: Анна Попова", "Возышо: Анна Попова", "Сёрмадызе Анна Попова", "Сёрмадозе Анна Попова",
            "Kirjutti Анна Попова", "Čállán: Анна Попова"}) {
            Article a = parse("Йошкар-Олаште у школ почылто\n" + byline + "\n07.12.2026\n\n" + STORY);
            assertThat(a.getAuthors()).as(byline).containsExactly("Анна Попова");
            assertThat(allText(a)).as(byline).doesNotContain(byline.substring(0, 5));
        }
    }

    @Test
    void shouldReadFinnishLivviMariAndErzyaMonths() {
        String[][] dates = {{"7. joulukuuta 2026", "2026-12-07"}, {"14. maaliskuuta 2026", "2026-03-14"}, {"7. talvikuudu 2026", "2026-12-07"},
            {"2 сорла 2026", "2026-08-02"}, {"7 ацамков 2026", "2026-12-07"}, {"30 сундерьков 2026", "2026-11-30"}};
        for (String[] date : dates) {
            assertThat(parse("Йошкар-Олаште у школ почылто\n" + date[0] + "\n\n" + STORY).getPublishedAt()).as(date[0])
                    .isEqualTo(Instant.parse(date[1] + "T00:00:00Z"));
        }
    }

    @Test
    void shouldReadTheStampAndALabelledBylinePartedByABar() {
        Article english = parse("Council opens a new school in the valley\n7 December 2026, 12:30 | Author: Olga Ivanova\n\n"
                + "The council opened a new school on Monday.\n\nNine hundred children will study there.\n");
        assertThat(english.getAuthors()).containsExactly("Olga Ivanova");
        assertThat(english.getPublishedAt()).isEqualTo(Instant.parse("2026-12-07T12:30:00Z"));
        Article mari = parse("Йошкар-Олаште у школ почылто\n7 теле 2026 | Возышо: Анна Попова\n\n" + STORY);
        assertThat(mari.getAuthors()).containsExactly("Анна Попова");
        assertThat(mari.getPublishedAt()).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
    }

    @Test
    void shouldReadUralicNewsRootsAndMarisHomeOverTheSection() {
        for (String trail : new String[] {"Выльторъяс / Спорт", "Тӱҥ лаштык › Уверла › Спорт", "Главная » Кулят » Спорт", "Uudizet > Спорт"}) {
            Article a = parse("Газет\n\n" + trail + "\n\nЙошкар-Олаште у школ почылто\n\n" + STORY);
            assertThat(a.getSection()).as(trail).isEqualTo("Спорт");
            assertThat(a.getArticleType()).as(trail).isEqualTo(ArticleType.NEWS);
        }
    }

    @Test
    void shouldNaturalCaseAShoutedMastheadWithLandInItAndDropMarisCommentCount() {
        Article a = parse("МАРИЙ ЭЛ\nТӱҥ лаштык › Уверла › Культур\nЙошкар-Олаште у школ почылто\n7 теле 2026\n\n" + STORY
                + "Комментарий-влак (3)\n");
        assertThat(a.getSource()).isEqualTo("Марий Эл");
        assertThat(allText(a)).doesNotContain("Комментарий");
    }
}
