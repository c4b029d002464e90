package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-eighty-seventh held-out round (x2355-x2360), business and regional papers in Thai,
 * Persian, Bengali, Tamil, Ukrainian and Punjabi: a menu parted by two spaces with an item of three words ("بانک و
 * بیمه") or with words ending in a vowel sign ("ਖ਼ਬਰਾਂ"), read as text (the name over it and the section its label
 * repeated lost, and in Punjabi the name taken as the headline), and a news service's credit in Gurmukhi (read as a writer).
 */
class PersianAndGurmukhiMenusShapesTest {

    @Test
    void shouldReadAPersianMenuWithAnItemOfThreeWords() {
        Article a = parse("دنیای اقتصاد\nاخبار  اقتصاد کلان  بورس  بانک و بیمه  مسکن  خودرو\nبورس\nشاخص بورس تهران به رکورد تازه رسید\n"
                + "تاریخ انتشار: ۱۶ آذر ۱۴۰۵ - ۱۰:۲۰\n\nشاخص کل بورس تهران امروز با رشد دو درصدی به رکورد تازه‌ای رسید.\n\n"
                + "ارزش معاملات خرد نیز به بالاترین سطح در شش ماه گذشته رسید.\n");
        assertThat(a.getSource()).isEqualTo("دنیای اقتصاد");
        assertThat(a.getSection()).isEqualTo("بورس");
    }

    @Test
    void shouldReadAGurmukhiMenuAndANewsServicesCredit() {
        Article a = parse("ਪੰਜਾਬੀ ਟ੍ਰਿਬਿਊਨ\nਖ਼ਬਰਾਂ  ਪੰਜਾਬ  ਦੇਸ਼  ਵਿਦੇਸ਼  ਖੇਡਾਂ  ਸੰਪਾਦਕੀ\nਪੰਜਾਬ\nਝੋਨੇ ਦੀ ਖਰੀਦ ਦਾ ਟੀਚਾ ਪੂਰਾ\n"
                + "ਟ੍ਰਿਬਿਊਨ ਨਿਊਜ਼ ਸਰਵਿਸ\nਚੰਡੀਗੜ੍ਹ, 7 ਦਸੰਬਰ\n\nਪੰਜਾਬ ਵਿੱਚ ਝੋਨੇ ਦੀ ਸਰਕਾਰੀ ਖਰੀਦ ਦਾ ਟੀਚਾ ਪੂਰਾ ਹੋ ਗਿਆ ਹੈ।\n\n"
                + "ਇਸ ਸਾਲ ਮੰਡੀਆਂ ਵਿੱਚ ਰਿਕਾਰਡ ਝੋਨਾ ਪਹੁੰਚਿਆ।\n");
        assertThat(a.getTitle()).isEqualTo("ਝੋਨੇ ਦੀ ਖਰੀਦ ਦਾ ਟੀਚਾ ਪੂਰਾ");
        assertThat(a.getSource()).isEqualTo("ਪੰਜਾਬੀ ਟ੍ਰਿਬਿਊਨ");
        assertThat(a.getSection()).isEqualTo("ਪੰਜਾਬ");
        assertThat(a.getAuthors()).isEmpty();
    }
}
