package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-ninetieth held-out round (x1773-x1778), pages in Japanese, Thai, Vietnamese, Chinese,
 * Nepali and Bengali: menu bars whose items hold a middle dot or a number ("科学・ＩＴ", "ข่าวหน้า 1"); a site's name in
 * sentence case over its menu ("Dân trí") and its credit in brackets opening the text; a Taiwanese paper's line of stamp,
 * paper and reporter; Nepali and Bengali correspondents' credits, which name no one; Thai related and follow lines.
 */
class AsianScriptsPagesShapesTest {

    @Test
    void shouldReadTheSectionUnderAMenuWhoseItemHoldsAMiddleDot() {
        Article a = parse("読売新聞オンライン\nニュース | 社会 | 政治 | 経済 | 国際 | スポーツ | 科学・ＩＴ\n\n経済\n\n古い橋、車両通行止めへ　来春から２年間\n\n"
                + "2026/12/06 10:35\n\n市議会は２日、古い橋を来春から車両通行止めにすることを決めた。\n\n商店主らは客足が遠のくことを心配している。\n");
        assertThat(a.getSection()).isEqualTo("経済");
    }

    @Test
    void shouldReadAThaiSitesNameOverAMenuWithANumberedItemAndDropItsRelatedAndFollowLines() {
        Article a = parse("มติชนออนไลน์\nหน้าแรก | ข่าวหน้า 1 | การเมือง | เศรษฐกิจ | ภูมิภาค\n\nเศรษฐกิจ\n\nสะพานเก่าปิดการจราจรตั้งแต่ปีหน้า\n\n"
                + "วันที่ 6 ธันวาคม 2569 - 10:21 น.\n\nสภาเมืองมีมติปิดสะพานเก่าไม่ให้รถยนต์ผ่านตั้งแต่ฤดูใบไม้ผลิ\n\nพ่อค้าแม่ค้ากังวลว่าจะเสียลูกค้า\n\n"
                + "อ่านข่าวที่เกี่ยวข้อง\nราคาน้ำมันดีเซลลดลง 50 สตางค์\n\nติดตามมติชนออนไลน์ได้ทาง Line\n");
        assertThat(a.getSource()).isEqualTo("มติชนออนไลน์");
        assertThat(a.getSection()).isEqualTo("เศรษฐกิจ");
        assertThat(allText(a)).contains("เสียลูกค้า").doesNotContain("ที่เกี่ยวข้อง", "ดีเซล", "ได้ทาง Line");
    }

    @Test
    void shouldReadASentenceCaseNameOverItsMenuAndItsCreditOpeningTheText() {
        Article a = parse("Dân trí\nThời sự | Thế giới | Kinh doanh | Xã hội | Giải trí | Thể thao\n\nKinh doanh\n\nCây cầu cũ sẽ cấm ô tô từ mùa xuân\n\n"
                + "Thứ bảy, 06/12/2026 - 09:15\n\n(Dân trí) - Hội đồng thành phố quyết định cấm ô tô đi qua cây cầu cũ từ mùa xuân năm sau.\n\n"
                + "Các chủ cửa hàng lo ngại sẽ mất khách.\n\nNguyễn Hà\n");
        assertThat(a.getSource()).isEqualTo("Dân trí");
        assertThat(a.getSection()).isEqualTo("Kinh doanh");
        assertThat(a.getAuthors()).containsExactly("Nguyễn Hà");
    }

    @Test
    void shouldReadATaiwanesePapersStampPaperAndReporterLine() {
        Article a = parse("聯合新聞網\n要聞 | 社會 | 地方 | 兩岸 | 國際 | 財經\n\n財經\n\n老橋明年春天起禁止汽車通行\n\n2026-12-06 11:20 聯合報／ 記者簡永祥／台北報導\n\n"
                + "市議會今天決議，老橋明年春天起禁止汽車通行，工程預計兩年。\n\n商家擔心橋梁封閉期間會流失客人。\n");
        assertThat(a.getAuthors()).containsExactly("簡永祥");
        assertThat(a.getSource()).isEqualTo("聯合報");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-06T11:20:00Z"));
        assertThat(allText(a)).contains("流失客人").doesNotContain("記者");
    }

    @Test
    void shouldNameNoOneForNepaliAndBengaliCorrespondentsCredits() {
        Article nepali = parse("सेतोपाटी\nसमाचार | राजनीति | अर्थ | विचार | खेलकुद\n\nअर्थ\n\nपुरानो पुलमा गाडी चलाउन रोक\n\nसेतोपाटी संवाददाता\nकाठमाडौं, मंसिर २०\n\n"
                + "नगर परिषद्‌ले पुरानो पुलमा वसन्तदेखि गाडी चलाउन रोक लगाउने निर्णय गरेको छ।\n\nव्यापारीहरू ग्राहक घट्ने चिन्तामा छन्।\n");
        assertThat(nepali.getAuthors()).isEmpty();
        Article bengali = parse("আনন্দবাজার পত্রিকা\nকলকাতা | রাজ্য | দেশ | বিদেশ | খেলা\n\nকলকাতা\n\nপুরনো সেতুতে গাড়ি চলাচল বন্ধ হচ্ছে\n\nনিজস্ব সংবাদদাতা\n"
                + "কলকাতা ০৬ ডিসেম্বর ২০২৬ ০৯:১২\n\nপুরসভা বসন্ত থেকে পুরনো সেতুতে গাড়ি চলাচল বন্ধ করার সিদ্ধান্ত নিয়েছে।\n\nব্যবসায়ীরা খদ্দের হারানোর আশঙ্কা করছেন।\n");
        assertThat(bengali.getAuthors()).isEmpty();
    }
}
