package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-ninety-seventh held-out round (x1815-x1820), pages in Arabic, Hebrew, Hindi, Tamil
 * and Indonesian: a menu in a script without capitals under the site's name (its items told by the desks it lists); a
 * Tamil stamp's label and short month ("பதிவு செய்த நாள்: டிச 06, 2026"); an Indian site's root named by its language
 * ("Hindi News › Metro"); Republika's "Rep: <reporter>/ Red: <editor>"; tags, rails, share rows and pleas in those
 * languages.
 */
class CaselessScriptPagesShapesTest {

    @Test
    void shouldTakeANameOverAnArabicMenuAsTheMastheadAndDropThePleasUnderTheStory() {
        Article a = parse("صوت المدينة\nالرئيسية  أخبار  سياسة  اقتصاد  رياضة  فنون\n\nمحافظات\n\n"
                + "افتتاح جسر جديد على النيل في أسيوط الشهر المقبل\n\nكتب: محمود سالم\nالسبت 06-12-2026 14:35\n\n"
                + "أعلنت المحافظة، اليوم السبت، افتتاح الجسر الجديد على النيل الشهر المقبل.\n\nويبلغ طول الجسر 900 متر.\n\n"
                + "اشترك لتصلك أهم الأخبار\n\nالأكثر قراءة\nارتفاع أسعار الخضروات\n\nشارك هذا المقال\nفيسبوك  تويتر  واتساب\n\nاقرأ المزيد\n");
        assertThat(a.getSource()).isEqualTo("صوت المدينة");
        assertThat(a.getSection()).isEqualTo("محافظات");
        assertThat(allText(a)).contains("900 متر").doesNotContain("اشترك", "الأكثر قراءة", "الخضروات", "شارك", "فيسبوك", "اقرأ المزيد");
    }

    @Test
    void shouldReadATamilStampAndKeepTheMenuOutOfTheHeadline() {
        Article a = parse("மாலை முரசு\nமுகப்பு  தமிழகம்  இந்தியா  உலகம்  வர்த்தகம்  விளையாட்டு\n\nதமிழகம்\n\n"
                + "மதுரையில் புதிய பேருந்து நிலையம் திறப்பு\n\nபதிவு செய்த நாள்: டிச 06, 2026 11:20\n\n"
                + "மதுரை: மதுரையில் புதிய பேருந்து நிலையம் இன்று திறக்கப்பட்டது.\n\nஇங்கு 60 பேருந்துகள் நிற்கலாம்.\n\n"
                + "வாசகர் கருத்து (3)\n\nதொடர்புடைய செய்திகள்\n");
        assertThat(a.getTitle()).isEqualTo("மதுரையில் புதிய பேருந்து நிலையம் திறப்பு");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-06T11:20:00Z"));
        assertThat(a.getAuthors()).isEmpty();
        assertThat(allText(a)).contains("60 பேருந்துகள்").doesNotContain("வாசகர் கருத்து", "தொடர்புடைய");
    }

    @Test
    void shouldDropHebrewTagsAndRailUnderTheStory() {
        Article a = parse("קול העיר\nחדשות  כלכלה  ספורט  תרבות  דעות\n\nחדשות בארץ\n\nנפתח גשר חדש מעל הירקון\n\nדנה כץ\n06/12/2026 13:10\n\n"
                + "העירייה הודיעה היום כי הגשר החדש מעל הירקון ייפתח בשבוע הבא.\n\nאורך הגשר 120 מטר.\n\n"
                + "תגיות:\nגשרים  תל אביב\n\nעוד באותו נושא\n");
        assertThat(a.getSection()).isEqualTo("חדשות בארץ");
        assertThat(allText(a)).contains("120 מטר").doesNotContain("תגיות", "גשרים", "עוד באותו נושא");
    }

    @Test
    void shouldTakeTheCrumbAfterALanguageNamedNewsRootAndNoAuthorBoxLabelAsAWriter() {
        Article a = parse("Hindi News › Metro › Delhi\n\nद्वारका में नया फ्लाईओवर खुला\n\nलेखक: सुनील वर्मा | Updated: 6 Dec 2026, 3:15 pm\n\n"
                + "द्वारका में शनिवार को नया फ्लाईओवर यातायात के लिए खोल दिया गया।\n\nइसकी लंबाई 1.2 किलोमीटर है।\n\n"
                + "लेखक के बारे में\nसुनील वर्मा\n");
        assertThat(a.getSection()).isEqualTo("Metro");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(a.getAuthors()).containsExactly("सुनील वर्मा");
    }

    @Test
    void shouldTakeTheReporterAndLeaveTheEditorOutOfAnIndonesianCredit() {
        Article a = parse("KAI Buka Rute Baru ke Banyuwangi\n\nSabtu 06 Dec 2026 10:42 WIB\n\nRep: Siti Rahma/ Red: Budi Santoso\n\n"
                + "JAKARTA -- PT Kereta Api Indonesia membuka rute baru ke Banyuwangi mulai Januari.\n\nTiket sudah dapat dipesan.\n");
        assertThat(a.getAuthors()).containsExactly("Siti Rahma");
        assertThat(a.getSource()).isNull();
        assertThat(allText(a)).contains("rute baru").doesNotContain("Budi Santoso");
    }
}
