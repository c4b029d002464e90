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
 * Shapes met in the ninety-first held-out round (x583-x588), each on other names and days: dates in the Hebrew calendar
 * (day and year in letters), Romansh, Māori, Breton and West Frisian bylines, months, news roots and share buttons, and a
 * site's name with an exclamation mark.
 */
class HebrewDatesAndMinorityLanguagesShapesTest {

    @Test
    void shouldReadTheDateWhenAHebrewPageDatesItInTheHebrewCalendarAlone() {
        Article a = parse(HEADLINE + "\n\nמאת: דוד כהן\nיום שני, ט\"ו בשבט ה'תשפ\"ו\n\n" + BODY + "\n\nשתף\nהדפס");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-02-02T00:00:00Z")); // Tu BiShvat 5786
        assertThat(a.getAuthors()).containsExactly("דוד כהן");
        assertThat(a.getBody().toString()).doesNotContain("שתף", "הדפס");
    }

    @Test
    void shouldReadTheLeapYearsSecondAdarWhenItIsNamed() {
        assertThat(parse(HEADLINE + "\n\nא׳ באדר ב׳ תשפ״ז\n\n" + BODY).getPublishedAt())
                .isEqualTo(Instant.parse("2027-03-10T00:00:00Z"));
    }

    @Test
    void shouldReadNoDateWhenTheHebrewMonthHasNoSuchDay() {
        assertThat(parse(HEADLINE + "\n\nל׳ בחשוון תשפ״ו\n\n" + BODY).getPublishedAt()).isNull(); // Heshvan 5786 has 29 days
    }

    @Test
    void shouldReadTheWriterAndDateWhenRomanshMaoriBretonOrFrisianWriteThem() {
        Article romansh = parse(HEADLINE + "\n\nda Gian Andri Casutt\nmesemna, 5 da favrer 2025, 14:20\n\n" + BODY);
        assertThat(romansh.getAuthors()).containsExactly("Gian Andri Casutt");
        assertThat(romansh.getPublishedAt()).isEqualTo(Instant.parse("2025-02-05T14:20:00Z"));
        Article maori = parse(HEADLINE + "\n\nNā Hēmi Parata\nRāapa, 5 Poutūterangi 2025\n\n" + BODY);
        assertThat(maori.getAuthors()).containsExactly("Hēmi Parata");
        assertThat(maori.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
        Article breton = parse(HEADLINE + "\n\nGant Nolwenn Kerhervé\nMerc'her 5 a viz Meurzh 2025\n\n" + BODY);
        assertThat(breton.getAuthors()).containsExactly("Nolwenn Kerhervé");
        assertThat(breton.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
        Article frisian = parse(HEADLINE + "\n\nTroch Wytse de Boer\nwoansdei 5 maart 2025, 14.20 oere\n\n" + BODY);
        assertThat(frisian.getAuthors()).containsExactly("Wytse de Boer");
        assertThat(frisian.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T14:20:00Z"));
    }

    @Test
    void shouldReadTheSiteAndNewsRootWhenTheSitesNameEndsInAnExclamationMark() {
        Article a = parse("Bremañ!\nKeleier\nSport\n\nSkipailh Gwengamp a zo trec'h war Brest en derbi\n\n" + BODY + "\n\nRannañ");
        assertThat(a.getSource()).isEqualTo("Bremañ!");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(a.getSection()).isEqualTo("Sport");
        assertThat(a.getBody().toString()).doesNotContain("Rannañ");
    }

    @Test
    void shouldReadTheNewsRootWhenARomanshMaoriOrFrisianSiteHeadsThePage() {
        Article romansh = parse("RTR\nNovitads\nSport\n\nHCD gudogna il derby cunter Cuira\n\n" + BODY + "\n\nCundivider");
        assertThat(romansh.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(romansh.getBody().toString()).doesNotContain("Cundivider");
        assertThat(parse("Waatea News\nNgā Kōrero\nHākinakina\n\nKa toa ngā Kahurangi i te whiringa toa\n\n" + BODY + "\n\nTiri")
                .getSection()).isEqualTo("Hākinakina");
        assertThat(parse("Leeuwarder Courant\nNijs\nSport\n\nCambuur wint de derby tsjin Heerenveen\n\n" + BODY + "\n\nDiele")
                .getArticleType()).isEqualTo(ArticleType.NEWS);
    }
}
