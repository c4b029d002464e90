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
 * Shapes met in the eighty-ninth held-out round (x571-x576), each on other names and days: Japan's and Taiwan's eras,
 * the Islamic calendar by Saudi Arabia's reckoning, Pashto's months of the Solar Hijri one, Burmese dates, a date line
 * with two calendars' dates, a ministry's release under its name and stamp, Japanese contact labels, Arabic's and
 * Pashto's bylines, Pashto's and Burmese news roots.
 */
class EraAndIslamicDatesShapesTest {

    private static Instant day(String text) {
        return parse(HEADLINE + "\n\n" + text + "\n\n" + BODY).getPublishedAt();
    }

    @Test
    void shouldReadTheGregorianDayWhenAJapaneseOrTaiwaneseEraDatesThePage() {
        assertThat(day("令和6年4月1日")).isEqualTo(Instant.parse("2024-04-01T00:00:00Z"));
        assertThat(day("令和元年5月1日")).isEqualTo(Instant.parse("2019-05-01T00:00:00Z")); // an era's first year
        assertThat(day("平成31年4月30日")).isEqualTo(Instant.parse("2019-04-30T00:00:00Z"));
        assertThat(day("民國113年10月10日")).isEqualTo(Instant.parse("2024-10-10T00:00:00Z"));
        assertThat(day("114年1月5日 10:30")).isEqualTo(Instant.parse("2025-01-05T10:30:00Z")); // three digits: Taiwan's era
    }

    @Test
    void shouldReadNoDateWhenAnEraDateHasNoEraOrNoSuchDay() {
        assertThat(day("7年12月2日")).isNull();
        assertThat(day("令和7年2月30日")).isNull();
    }

    @Test
    void shouldReadTheGregorianDayWhenAnIslamicOrAPashtoDateDatesThePage() {
        assertThat(day("جدة 15 رمضان 1446 هـ")).isEqualTo(Instant.parse("2025-03-15T00:00:00Z"));
        assertThat(day("۵ مرغومی ۱۴۰۳")).isEqualTo(Instant.parse("2024-12-25T00:00:00Z"));
    }

    @Test
    void shouldReadTheDateAndWriterWhenAnArabicLineGivesTwoCalendarsDates() {
        Article a = parse("الرياض\nاقتصاد\n\nهيئة السوق المالية تعتمد قواعد جديدة لطرح الصكوك في السوق\n\n"
                + "الأحد 15 رمضان 1446 هـ - 16 مارس 2025 م\nكتب: فهد الشمري\n\n" + BODY);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-15T00:00:00Z")); // the first date, the same day in Riyadh
        assertThat(a.getAuthors()).containsExactly("فهد الشمري");
    }

    @Test
    void shouldReadTheDateAndSectionWhenABurmesePageHasANewsRoot() {
        Article a = parse("မိုးမခ\nသတင်း\nနိုင်ငံရေး\n\nရန်ကုန်မြို့တော် စည်ပင်က လမ်းသစ်များ ဖောက်လုပ်မည်\n\n၂၀၂၄ ခုနှစ် မတ် ၅ ရက်\n\n"
                + BODY);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(a.getSection()).isEqualTo("နိုင်ငံရေး");
    }

    @Test
    void shouldReadTheIssuerAndHeadlineWhenAMinistrysReleaseStandsUnderItsNameAndStamp() {
        Article a = parse("総務省\n\n令和6年4月1日\n情報流通行政局\n\n地域の放送局に対する新たな支援制度を創設\n\n"
                + "総務省は、地域の放送局が行う設備の更新を支援する新たな制度を創設しました。\n\n対象は全国の民間放送局です。\n\n"
                + "お問い合わせ先\n情報流通行政局 地域放送推進室\n電話 03-5253-5111");
        assertThat(a.getSource()).isEqualTo("総務省");
        assertThat(a.getTitle()).isEqualTo("地域の放送局に対する新たな支援制度を創設");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2024-04-01T00:00:00Z"));
        assertThat(a.getBody().toString()).doesNotContain("お問い合わせ先", "03-5253-5111", "情報流通行政局");
    }

    @Test
    void shouldReadTheWriterAndSectionWhenAPashtoPageNamesThem() {
        Article a = parse("طلوع نیوز\nخبرونه\nاقتصاد\n\nد افغانستان بانک د افغانیو نوی نوټونه چاپوي\n\nلیکوال: محمد نعیم احمدي\n۵ مرغومی ۱۴۰۳\n\n"
                + BODY + "\n\nشریکول");
        assertThat(a.getAuthors()).containsExactly("محمد نعیم احمدي");
        assertThat(a.getSection()).isEqualTo("اقتصاد");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }
}
