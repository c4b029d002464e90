package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-ninety-eighth held-out round (x1821-x1826), pages in Persian, Korean, Japanese,
 * Chinese and Bengali: Chinese and Japanese menus of short items parted by spaces; a Katakana name with its long vowel
 * mark ("産経ニュース"); Persian's "تاریخ انتشار:" stamp and tag label; Korean's reproduction notice after the holder;
 * tag labels with a full-width or small colon; "<paper> রিপোর্ট", a desk's credit.
 */
class EastAsianPersianAndBengaliPagesShapesTest {

    @Test
    void shouldTakeAKatakanaNameOverAJapaneseMenuAsTheMasthead() {
        Article a = parse("毎朝ニュース\nトップ  政治  経済  国際  社会  スポーツ\n\n社会\n\n新しい橋、来春に開通へ\n\n2026/12/6 12:15\n\n"
                + "市は6日、新しい橋を来春に開通させると発表した。\n\n総事業費は約80億円。\n\n関連ニュース\n駅前の再開発が始まる\n\nこの記事をシェア\n");
        assertThat(a.getSource()).isEqualTo("毎朝ニュース");
        assertThat(a.getSection()).isEqualTo("社会");
        assertThat(allText(a)).contains("約80億円").doesNotContain("シェア", "再開発");
    }

    @Test
    void shouldDropChineseTagsAfterAFullWidthOrSmallColonAndTheShareLabel() {
        Article a = parse("南方晨报\n即时  中国  国际  财经  体育  娱乐\n\n中国\n\n新大桥明年通车\n\n发布/2026年12月6日 11:45\n\n"
                + "市政府星期六宣布，新大桥将于明年通车。\n\n大桥全长两公里。\n\n相關字詞﹕大桥  交通\n\n分享：\n");
        assertThat(a.getSource()).isEqualTo("南方晨报");
        assertThat(a.getSection()).isEqualTo("中国");
        assertThat(allText(a)).contains("两公里").doesNotContain("相關字詞", "分享");
    }

    @Test
    void shouldTakeTheHolderWithoutKoreasReproductionNotice() {
        Article a = parse("새 다리 내년 봄 개통\n\n이민수 기자\n입력 2026.12.06 10:20\n\n시는 새 다리를 내년 봄에 개통한다고 6일 밝혔다.\n\n"
                + "사업비는 약 800억원이다.\n\nⓒ한빛신문 무단전재 및 재배포 금지\n");
        assertThat(a.getSource()).isEqualTo("한빛신문");
        assertThat(allText(a)).contains("800억원").doesNotContain("무단전재");
    }

    @Test
    void shouldReadAPersianPublicationStampUnderAMenuWithATwoWordHomeLink() {
        Article a = parse("روزنامه شهر\nصفحه اصلی  سیاست  اقتصاد  جامعه  فرهنگ  ورزش\n\nجامعه\n\nپل تازه شهر سال آینده افتتاح می‌شود\n\n"
                + "تاریخ انتشار: شنبه ۱۵ آذر ۱۴۰۵ - ۱۲:۳۰\n\nشهردار گفت پل تازه سال آینده افتتاح می‌شود.\n\nطول این پل دو کیلومتر است.\n\n"
                + "برچسب‌ها: پل شهر\n");
        assertThat(a.getSection()).isEqualTo("جامعه");
        assertThat(a.getTitle()).isEqualTo("پل تازه شهر سال آینده افتتاح می‌شود");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-06T12:30:00Z"));
        assertThat(allText(a)).contains("دو کیلومتر").doesNotContain("برچسب");
    }

    @Test
    void shouldTakeABengaliPapersReportCreditAsADeskNotAWriter() {
        Article a = parse("দৈনিক সকাল\nপ্রচ্ছদ  জাতীয়  রাজনীতি  অর্থনীতি  খেলা  বিনোদন\n\nজাতীয়\n\nনতুন সেতু খুলবে আগামী বছর\n\nসকাল রিপোর্ট\n"
                + "প্রকাশ : ০৬ ডিসেম্বর ২০২৬, ১২:৩০\n\nসরকার জানিয়েছে, নতুন সেতুটি আগামী বছর খুলে দেওয়া হবে।\n\nসেতুটির দৈর্ঘ্য দুই কিলোমিটার।\n");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getSection()).isEqualTo("জাতীয়");
        assertThat(allText(a)).contains("দুই কিলোমিটার").doesNotContain("রিপোর্ট");
    }
}
