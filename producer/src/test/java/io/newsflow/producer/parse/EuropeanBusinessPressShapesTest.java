package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-eighty-ninth held-out round (x2367-x2372), business papers in Dutch, Brazilian
 * Portuguese, Polish, Estonian, Swedish and Danish: the byline's short form of a two-word masthead ("Por ..., Valor —
 * São Paulo" under "Valor Econômico", read as the source "Valor"), and Polish and Swedish walls; and in the
 * three-hundred-and-ninetieth (x2373-x2378), Indonesian, Vietnamese and Philippine business papers: an Indonesian tag
 * list's label ("Simak berita lainnya seputar topik artikel ini, di sini:"); and in the three-hundred-and-ninety-first
 * (x2379-x2384), Cyrillic business papers: Meduza's credit under the headline and its plea for support.
 */
class EuropeanBusinessPressShapesTest {
    private static final String STORY = "Uma grande varejista anunciou o fechamento de 40 lojas físicas.\n\n"
            + "A empresa pretende concentrar investimentos no comércio eletrônico.\n\n";

    @Test
    void shouldKeepTheMastheadAgainstTheBylinesShortFormOfIt() {
        Article a = parse("Valor Econômico\nFinanças  Empresas  Brasil  Política  Mundo  Opinião\nEmpresas\n"
                + "Varejista anuncia fechamento de 40 lojas\nPor Ana Paula Ragazzi, Valor — São Paulo\n07/12/2026 10h15\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("Valor Econômico");
        assertThat(a.getAuthors()).containsExactly("Ana Paula Ragazzi");
    }

    @Test
    void shouldDropPolishAndSwedishWalls() {
        Article a = parse("Varejista anuncia fechamento de 40 lojas\nPor Ana Roe\n07/12/2026 10h15\n\n" + STORY
                + "Ten artykuł czytasz w ramach bezpłatnego limitu.\n\nLäs vidare – bli prenumerant\n");
        assertThat(allText(a)).contains("comércio eletrônico").doesNotContain("limitu", "prenumerant");
    }

    @Test
    void shouldDropAnIndonesianTagListUnderItsLabel() {
        Article a = parse("Harga Emas Antam Naik Rp12.000 per Gram\nPenulis : Jane Roe\nSenin, 7 Desember 2026 | 10:20\n\n" + STORY
                + "Simak berita lainnya seputar topik artikel ini, di sini:\nEmas Batangan\n");
        assertThat(allText(a)).contains("comércio eletrônico").doesNotContain("Simak", "Emas Batangan");
    }

    @Test
    void shouldDropAnOutletsCreditUnderTheHeadlineAndItsPleaForSupport() {
        Article a = parse("Почему в России снова дорожает бензин\nОбъясняет «Медуза»\n7 декабря 2026, 14:20\n\n"
                + "Цены на бензин в России снова растут.\n\nПричина — ремонты на крупных заводах.\n\n"
                + "Поддержите «Медузу». Мы работаем благодаря вашей поддержке.\n");
        assertThat(allText(a)).contains("ремонты").doesNotContain("Объясняет", "Поддержите");
    }
}
