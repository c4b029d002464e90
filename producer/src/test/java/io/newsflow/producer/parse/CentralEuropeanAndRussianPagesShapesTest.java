package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-second held-out round (x1845-x1850), Polish, Czech, Hungarian, Croatian, Turkish
 * and Russian pages: a shouted masthead that is also a section's word, over a menu whose items the scrape parted by bars
 * ("POLITYKA" / "Kraj | Świat | ..."); a Polish paywall's line naming the paper; Czech's "Zdroj:" credit; Russian's short
 * months and RBC's "Бизнес, 06 дек 2026, 12:40", a section the menu lists before the day.
 */
class CentralEuropeanAndRussianPagesShapesTest {

    @Test
    void shouldTakeAShoutedSectionWordOverTheMenuAsTheMasthead() {
        Article a = parse("GOSPODARKA\nKraj  Świat  Nauka  Kultura  Rynek  Historia\n\nRynek\n\nNowy most w Gdańsku otwarty w marcu\n\n"
                + "Anna Nowak\n6 grudnia 2026\n\nMiasto ogłosiło w sobotę, że nowy most zostanie otwarty w marcu.\n\nMost ma 300 metrów długości.\n\n"
                + "Ten artykuł jest dostępny dla subskrybentów Gospodarki\n");
        assertThat(a.getSource()).isEqualTo("Gospodarka");
        assertThat(a.getSection()).isEqualTo("Rynek");
        assertThat(allText(a)).contains("300 metrów").doesNotContain("subskrybentów");
    }

    @Test
    void shouldTakeTheAgencyFromACzechSourceCredit() {
        Article a = parse("Nový most v Brně otevřou v březnu\n\nPetr Svoboda\n6. prosince 2026\n\nZdroj: ČTK\n\n"
                + "Město oznámilo, že nový most otevře v březnu.\n\nMost je dlouhý 300 metrů.\n");
        assertThat(a.getSource()).isEqualTo("ČTK");
        assertThat(allText(a)).contains("300 metrů").doesNotContain("Zdroj");
    }

    @Test
    void shouldReadASectionTheMenuListsBeforeTheDay() {
        Article a = parse("Вестник\nПолитика  Экономика  Бизнес  Финансы  Общество  Спорт\n\nБизнес, 06 дек 2026, 12:40\n\n"
                + "В Казани откроют новый мост в марте\n\nАнна Смирнова\n\nГородские власти сообщили, что новый мост откроют в марте.\n\n"
                + "Длина моста составит 300 метров.\n");
        assertThat(a.getTitle()).isEqualTo("В Казани откроют новый мост в марте");
        assertThat(a.getSection()).isEqualTo("Бизнес");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-06T12:40:00Z"));
    }
}
