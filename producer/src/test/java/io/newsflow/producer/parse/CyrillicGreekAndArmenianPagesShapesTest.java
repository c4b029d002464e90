package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundredth held-out round (x1833-x1838), pages in Serbian, Bulgarian, Greek, Russian,
 * Ukrainian and Armenian: a shouted one-word Cyrillic masthead in our natural case ("ПОЛИТИКА" is a word: its vowels are
 * Cyrillic); an Armenian menu of capitalised desks under the name, told by its shape as a caseless script's is; a
 * Ukrainian tag label.
 */
class CyrillicGreekAndArmenianPagesShapesTest {

    @Test
    void shouldWriteAShoutedCyrillicMastheadInNaturalCase() {
        Article a = parse("ГЛАСНИК\nНајновије  Политика  Свет  Друштво  Економија  Спорт\n\nДруштво\n\nНови мост биће отворен у марту\n\n"
                + "Аутор: Марко Илић\nсубота, 06.12.2026. у 10:15\n\nГрадска управа саопштила је да ће нови мост бити отворен у марту.\n\n"
                + "Мост је дугачак 300 метара.\n");
        assertThat(a.getSource()).isEqualTo("Гласник");
        assertThat(a.getAuthors()).containsExactly("Марко Илић");
    }

    @Test
    void shouldTakeTheNameOverAnArmenianMenuAsTheMastheadAndTheLineUnderItAsTheSection() {
        Article a = parse("Լրատու\nԼուրեր  Քաղաքականություն  Տնտեսություն  Մշակույթ  Սպորտ\n\nՄշակույթ\n\n"
                + "Գյումրիում նոր թանգարան կբացվի\n\n06.12.2026 11:45\n\nԳյումրիի քաղաքապետարանը հայտնում է, որ թանգարանը կբացվի մարտին։\n\n"
                + "Շենքը վերանորոգվել է երկու տարում։\n");
        assertThat(a.getSource()).isEqualTo("Լրատու");
        assertThat(a.getSection()).isEqualTo("Մշակույթ");
        assertThat(allText(a)).contains("երկու տարում").doesNotContain("Տնտեսություն");
    }

    @Test
    void shouldDropAUkrainianTagLine() {
        Article a = parse("У Львові відкрили новий міст\n\nОлена Коваль\nСубота, 6 грудня 2026, 14:05\n\n"
                + "Міська рада повідомила, що новий міст відкрито для руху.\n\nДовжина мосту 300 метрів.\n\nТеги: Львів, міст\n");
        assertThat(allText(a)).contains("300 метрів").doesNotContain("Теги");
    }
}
