package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-eighteenth held-out round (x2541-x2546), Turkmen, Crimean Tatar and Gagauz in Latin
 * letters, Chechen, Avar and Kabardian in Cyrillic with its palochka ("Ӏ", a capital inside lower-case words): Turkmen's
 * ordinal day and months, Gagauz's months, five byline labels and the news roots.
 */
class TurkicAndCaucasianPressShapesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T00:00:00Z");
    private static final String STORY = "Aşgabatda duşenbe güni täze mekdep açyldy.\n\nMekdepde 900 okuwçy okar.\n\n";

    @Test
    void shouldReadTurkmensOrdinalDayAndMonthsAndGagauzsMonths() {
        assertThat(parse("Aşgabatda täze mekdep açyldy\n7-nji dekabr 2026\n\n" + STORY).getPublishedAt()).isEqualTo(DAY);
        assertThat(parse("Aşgabatda täze mekdep açyldy\n9-njy noýabr 2026\n\n" + STORY).getPublishedAt())
                .isEqualTo(Instant.parse("2026-11-09T00:00:00Z"));
        assertThat(parse("Komratta yeni şkola açıldı\n7 dekabri 2026\n\n" + STORY).getPublishedAt()).isEqualTo(DAY);
    }

    @Test
    void shouldReadTheirBylineLabels() {
        for (String byline : new String[] {"Awtor: Merjen Ataýewa", "Yazğan: Merjen Ataýewa", "Yazdı: Merjen Ataýewa"}) {
            assertThat(parse("Aşgabatda täze mekdep açyldy\n" + byline + "\n7-nji dekabr 2026\n\n" + STORY).getAuthors())
                    .as(byline).containsExactly("Merjen Ataýewa");
        }
        Article avar = parse("МахӀачхъалаялда цӀияб школа рагьана\nХӀадур гьабуна: Аминат Алиева\n7 декабрь 2026\n\n"
                + "МахӀачхъалаялда итнил къоялъ цӀияб школа рагьана.\n\nШколалда 900 лъимал ругьунлъула.\n");
        assertThat(avar.getAuthors()).containsExactly("Аминат Алиева");
        assertThat(allText(avar)).doesNotContain("ХӀадур");
        assertThat(parse("Налшык школ щӀэ щызэӀуахащ\nТхыгъэр зытхар: Мадинэ Къардэн\n7 декабрь 2026\n\n"
                + "Налшык блыщхьэмахуэм школ щӀэ щызэӀуахащ.\n\nЩкӀуэм сабий 900 щеджэнущ.\n").getAuthors()).containsExactly("Мадинэ Къардэн");
    }

    @Test
    void shouldReadAvarsNewsRootWithItsPalochkaOverTheSection() {
        Article a = parse("ХӀакъикъат\n\nХӀабарал > Политика\n\nМахӀачхъалаялда цӀияб школа рагьана\n\n"
                + "МахӀачхъалаялда итнил къоялъ цӀияб школа рагьана.\n\nШколалда 900 лъимал ругьунлъула.\n");
        assertThat(a.getSection()).isEqualTo("Политика");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }
}
