package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-twenty-seventh held-out round (x2595-x2598, four inputs), West Africa's languages:
 * Twi, Ewe, Bambara and Pulaar. Their labels, months and roots, and a corruption: a menu of three items no list knows,
 * under the site's name, read as one writer's name (and the name as the headline).
 */
class WestAfricanLanguagesPressShapesTest {
    private static final String STORY = "Wɔabue sukuu foforo wɔ Kumase Dwowda.\n\nSukuu no wɔ sukuufoɔ 900.\n\n";

    @Test
    void shouldReadTheirWritersLabels() {
        for (String byline : new String[] {"Ɔkyerɛwfoɔ: Akosua Mensah", "Ŋlɔla: Akosua Mensah", "Sɛbɛnnikɛla: Akosua Mensah", "Binndi: Akosua Mensah"}) {
            Article a = parse("Sukuu foforo abue wɔ Kumase\n" + byline + "\n07.12.2026\n\n" + STORY);
            assertThat(a.getAuthors()).as(byline).containsExactly("Akosua Mensah");
            assertThat(allText(a)).as(byline).doesNotContain(byline.substring(0, 4));
        }
    }

    @Test
    void shouldReadTheirMonths() {
        String[][] dates = {{"Dwowda, 7 Ɔpɛnimma 2026", "2026-12-07"}, {"7 Dzome 2026", "2026-12-07"}, {"7 desanburukalo 2026", "2026-12-07"},
            {"7 Desaambar 2026", "2026-12-07"}, {"3 Ɔsannaa 2026", "2026-08-03"}};
        for (String[] date : dates) {
            assertThat(parse("Sukuu foforo abue wɔ Kumase\n" + date[0] + "\n\n" + STORY).getPublishedAt()).as(date[0])
                    .isEqualTo(Instant.parse(date[1] + "T00:00:00Z"));
        }
    }

    @Test
    void shouldReadTheirNewsRoots() {
        for (String trail : new String[] {"Kaseɛbɔ > Agodie", "Nyadzɔdzɔwo > Agodie", "Kibaruyaw > Agodie", "Kabaruuji > Agodie"}) {
            Article a = parse("Kasa\n\n" + trail + "\n\nSukuu foforo abue wɔ Kumase\n\n" + STORY);
            assertThat(a.getSection()).as(trail).isEqualTo("Agodie");
            assertThat(a.getArticleType()).as(trail).isEqualTo(ArticleType.NEWS);
        }
    }

    @Test
    void shouldReadAMenuOfThreeUnknownItemsUnderTheNameAsNoWriter() {
        Article a = parse("Kibaru\nFoobar  Quuxen  Zorblat\nDɔgɔtɔrɔso kura dayɛlɛla Bamakɔ\n\nDɔgɔtɔrɔso kura dayɛlɛla Bamakɔ ntɛnɛn don.\n\n"
                + "Mɔgɔw nisɔndiyara kosɛbɛ.\n");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getSource()).isEqualTo("Kibaru");
        assertThat(a.getSection()).isNull();
        assertThat(a.getTitle()).isEqualTo("Dɔgɔtɔrɔso kura dayɛlɛla Bamakɔ");
    }
}
