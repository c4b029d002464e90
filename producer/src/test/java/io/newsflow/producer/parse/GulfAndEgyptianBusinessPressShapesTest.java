package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-ninety-eighth held-out round (x2421-x2426), business papers of the Gulf and Egypt
 * in English and Arabic: Arabic's halves of the day after the clock ("03:30 م", the evening, read as the night before);
 * an Arabic byline with the reporter's town ("محمد الحميدي من الرياض", from Riyadh); a syndicator's disclaimer, an Arabic
 * follow prompt and a plug closing on "click here".
 */
class GulfAndEgyptianBusinessPressShapesTest {
    private static final String STORY = "ارتفع مؤشر السوق السعودية الرئيسية بنسبة 1.1% في ختام تعاملات اليوم.\n\n"
            + "وبلغت قيمة التداولات 6.4 مليار ريال.\n\n";

    @Test
    void shouldReadArabicsEveningAfterTheClock() {
        Article a = parse("البورصة المصرية تربح 12 مليار جنيه في ختام التعاملات\n07 ديسمبر 2026 03:30 م\n\n" + STORY);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-07T15:30:00Z"));
    }

    @Test
    void shouldLeaveTheReportersTownOutOfAnArabicByline() {
        Article a = parse("الأسهم السعودية ترتفع 1.1% بدعم من قطاع البنوك\nمحمد الحميدي من الرياض\nالاثنين 7 ديسمبر 2026 11:20\n\n" + STORY);
        assertThat(a.getAuthors()).containsExactly("محمد الحميدي");
    }

    @Test
    void shouldDropASyndicatorsDisclaimerAFollowPromptAndAPlug() {
        Article a = parse("الأسهم السعودية ترتفع 1.1% بدعم من قطاع البنوك\nالاثنين 7 ديسمبر 2026 11:20\n\n" + STORY
                + "تابعونا على جوجل نيوز\n\nللتداول والاستثمار في البورصة المصرية اضغط هنا\n\n"
                + "Disclaimer: The content of this article is syndicated or provided to this website from an external third party provider.\n");
        assertThat(allText(a)).contains("التداولات").doesNotContain("تابعونا", "اضغط", "Disclaimer");
    }
}
