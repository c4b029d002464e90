package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-ninety-first held-out round (x1779-x1784), pages in Arabic, Persian, Polish,
 * Russian, Azerbaijani and Ukrainian: a Persian agency's name written out under its short one, over a menu whose items
 * hold a zero-width non-joiner ("بین‌الملل"), and its story code; Arabic related labels and app pleas; a Polish reading
 * time and publisher's rights notice; an Azerbaijani "other news" rail.
 */
class ArabicPersianAndPolishPagesShapesTest {

    @Test
    void shouldReadAPersianAgencysNameOverItsWrittenOutNameAndMenu() {
        Article a = parse("ایرنا\nخبرگزاری جمهوری اسلامی\nسیاسی | اقتصادی | اجتماعی | بین‌الملل | ورزشی\n\nاقتصادی\n\nپل قدیمی از بهار به روی خودروها بسته می‌شود\n\n"
                + "۱۵ آذر ۱۴۰۵، ۱۰:۲۰\nکد خبر: 85012345\n\nشورای شهر تصمیم گرفت پل قدیمی را از بهار به روی خودروها ببندد.\n\n"
                + "مغازه‌داران نگران از دست دادن مشتریان هستند.\n\nاخبار مرتبط\nقیمت دلار در بازار آزاد کاهش یافت\n");
        assertThat(a.getSource()).isEqualTo("ایرنا");
        assertThat(a.getSection()).isEqualTo("اقتصادی");
        assertThat(allText(a)).contains("مشتریان").doesNotContain("کد خبر", "اخبار مرتبط", "قیمت دلار");
    }

    @Test
    void shouldDropArabicRelatedLabelsAndAppPleas() {
        Article a = parse("اليوم السابع\n\nاقتصاد\n\nإغلاق الجسر القديم أمام السيارات\n\nكتب أحمد يعقوب\n\n"
                + "قرر مجلس المدينة إغلاق الجسر القديم أمام السيارات اعتبارا من الربيع.\n\nويخشى التجار خسارة زبائنهم.\n\n"
                + "اقرأ أيضا\nأسعار الذهب اليوم في مصر\n\nتابع آخر الأخبار عبر تطبيق اليوم السابع\n");
        assertThat(allText(a)).contains("خسارة زبائنهم").doesNotContain("اقرأ أيضا", "الذهب", "تابع آخر");
    }

    @Test
    void shouldDropAPolishReadingTimeAndRightsNoticeAndAnAzerbaijaniRail() {
        Article a = parse("Gazeta Prawna\n\nPodatki\n\nStary most zamknięty dla samochodów\n\nAutor: Katarzyna Jędrzejewska\n6 grudnia 2026, 08:00\n"
                + "Ten tekst przeczytasz w 3 minuty\n\nRada miasta zdecydowała we wtorek o zamknięciu starego mostu dla samochodów od wiosny.\n\n"
                + "Kupcy obawiają się utraty klientów.\n\nDigər xəbərlər\nManatın məzənnəsi açıqlandı\n\n"
                + "Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone. Dalsze rozpowszechnianie artykułu za zgodą wydawcy.\n");
        assertThat(allText(a)).contains("utraty klientów").doesNotContain("przeczytasz", "Materiał chroniony", "Digər", "Manatın");
    }
}
