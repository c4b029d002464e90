package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-fifty-second held-out round (x1545-x1550), on other inputs: a site whose name reads
 * as a section's ("Business News", Tunisia's) opening the page over its menu bar; a photo credit labelled in Cyrillic
 * ("Фото: ...").
 */
class SectionNamedMastheadsAndCyrillicCreditsShapesTest {

    @Test
    void shouldTakeASectionLikeNameOverTheMenuBarForTheSite() {
        Article a = parse("Sport News\n\nActualités | Economie | Politique | Société | Monde\n\nAccueil › Economie\n\nOld bridge closes to cars\n\n"
                + "Publié le 05/12/2026 à 10:35\n\n" + BODY + "\n\nN.J.\n");
        assertThat(a.getSource()).isEqualTo("Sport News");
        assertThat(a.getSection()).isEqualTo("Economie");
    }

    @Test
    void shouldDropAPhotoCreditLabelledInCyrillic() {
        Article a = parse("Old bridge closes to cars\n\n5 декабря 2026, 12:10\n\n" + BODY + "\n\nФото: пресс-служба хокимията\n");
        assertThat(allText(a)).doesNotContain("Фото");
    }
}
