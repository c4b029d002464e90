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
 * Shapes met in the eighty-eighth held-out round (x565-x570), each on other names and days: dates in the Solar Hijri
 * calendar (Persian and Dari months, Persian digits) and the Ethiopian one, turned into the Gregorian day; Persian
 * bylines and outlets' words; Amharic's "by" glued to the name; Tajik months; Persian, Amharic and Tajik news roots.
 */
class OtherCalendarsAndPersianPagesShapesTest {

    @Test
    void shouldReadTheGregorianDayWhenAPageWritesASolarHijriDate() {
        assertThat(parse(HEADLINE + "\n\n۱ فروردین ۱۴۰۴\n\n" + BODY).getPublishedAt()).isEqualTo(Instant.parse("2025-03-21T00:00:00Z"));
        // Dari's zodiac month, in ASCII digits: 15 Hut 1403 is 15 Esfand, a leap year's last month
        assertThat(parse(HEADLINE + "\n\n15 حوت 1403\n\n" + BODY).getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
        assertThat(parse(HEADLINE + "\n\n۲۱ دی ۱۴۰۴ - ۰۸:۱۵\n\n" + BODY).getPublishedAt()).isEqualTo(Instant.parse("2026-01-11T08:15:00Z"));
    }

    @Test
    void shouldReadNoDateWhenASolarHijriDayDoesNotExist() {
        assertThat(parse(HEADLINE + "\n\n۳۱ آذر ۱۴۰۴\n\n" + BODY).getPublishedAt()).isNull(); // Azar has 30 days
    }

    @Test
    void shouldReadTheGregorianDayWhenAPageWritesAnEthiopianDate() {
        Article a = parse(HEADLINE + "\n\nበሰላም ገብረ\nመስከረም 1 ቀን 2018 ዓ.ም.\n\n" + BODY);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-09-11T00:00:00Z"));
        assertThat(a.getAuthors()).containsExactly("ሰላም ገብረ");
    }

    @Test
    void shouldReadTheWriterAndOutletWhenAPersianPageNamesThem() {
        Article a = parse("خبرگزاری ایسنا\nسیاسی\nمجلس\n\nمجلس طرح شفافیت آرای نمایندگان را تصویب کرد\n\nنویسنده: علی کریمی\n۵ دی ۱۴۰۴\n\n"
                + BODY + "\n\nاشتراک گذاری");
        assertThat(a.getSource()).isEqualTo("خبرگزاری ایسنا");
        assertThat(a.getSection()).isEqualTo("سیاسی");
        assertThat(a.getAuthors()).containsExactly("علی کریمی");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-12-26T00:00:00Z"));
    }

    @Test
    void shouldReadTheSectionAndDateWhenATajikPageHasANewsRoot() {
        Article a = parse("Садои мардум\nХабарҳо\nВарзиш\n\nТими миллӣ бозии ниҳоиро бо ҳисоби ду бар як бурд\n\n5 январи 2026\n\n" + BODY);
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(a.getSection()).isEqualTo("Варзиш");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-01-05T00:00:00Z"));
    }
}
