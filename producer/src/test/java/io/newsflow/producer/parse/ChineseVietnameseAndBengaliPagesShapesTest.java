package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-seventy-fifth held-out round (x1683-x1688), on other inputs: a Taiwanese paper's
 * bracketed byline ("〔記者王宜靖／台北報導〕") and its app's prompts; a Chinese site's reporter after its name ("澎湃新闻记者
 * 李明"), its trail, its editors' credits and notices; a Vietnamese paper's newsletter box; Hatena Blog's category link; a
 * Bengali paper's bureau credit, its Facebook box and "আরও পড়ুন".
 */
class ChineseVietnameseAndBengaliPagesShapesTest {
    private static final String ZH_BODY = "台北市捷運工程局昨天表示，捷運環狀線北環段工程進度已達百分之六十二，預計2029年底完工通車。\n\n"
            + "捷運局也表示，施工期間將持續與周邊居民溝通，降低交通衝擊。";

    @Test
    void shouldReadTheBracketedReporterOpeningTheTextAndDropTheAppsPrompts() {
        Article a = parse("自由時報電子報\n\n台北捷運環狀線北環段 2029年完工通車\n\n2026/12/05 10:12\n\n〔記者王宜靖、陳怡靜／台北報導〕" + ZH_BODY
                + "\n\n不用抽 不用搶 現在用APP看新聞 保證天天中獎\n點我下載APP\n按我看活動辦法\n\n相關新聞\n新北捷運三鶯線明年試營運\n\n已經加好友了，謝謝\n");
        assertThat(a.getAuthors()).containsExactly("王宜靖", "陳怡靜");
        assertThat(a.getLead()).startsWith("台北市捷運工程局昨天表示");
        assertThat(allText(a)).contains("降低交通衝擊").doesNotContain("APP", "活動辦法", "三鶯線", "加好友");
    }

    @Test
    void shouldReadTheReporterAfterTheOutletsNameTheTrailAndDropTheEditorsCredits() {
        Article a = parse("澎湃新闻\n\n时事 > 中国政库\n\n上海将新增20条夜间公交线路\n\n澎湃新闻记者 李明\n2026-12-05 10:12 来源：澎湃新闻\n\n字号\n\n"
                + ZH_BODY + "\n\n责任编辑：王芳\n校对：张丽\n\n澎湃新闻报料：021-962866\n澎湃新闻，未经授权不得转载\n\n收藏\n我要举报\n");
        assertThat(a.getAuthors()).containsExactly("李明");
        assertThat(a.getSection()).isEqualTo("时事");
        assertThat(allText(a)).contains("降低交通衝擊").doesNotContain("字号", "王芳", "张丽", "报料", "转载", "收藏", "举报");
    }

    @Test
    void shouldKeepASentenceThatNamesAnEditor() {
        Article a = parse("上海将新增20条夜间公交线路\n\n" + ZH_BODY + "\n\n责任编辑王芳表示，报纸将继续关注夜间公交的运营情况，并在明年春天再次报道。\n");
        assertThat(allText(a)).contains("责任编辑王芳表示");
    }

    @Test
    void shouldDropAVietnamesePapersNewslettersBox() {
        Article a = parse("Tuổi Trẻ Online\n\nTP.HCM mở thêm 5 tuyến xe buýt điện\n\n" + BODY
                + "\n\nTuổi Trẻ Online Newsletters\nĐăng ký ngay để nhận gói tin tức mới\n");
        assertThat(allText(a)).contains("split the town").doesNotContain("Newsletters", "Đăng ký");
    }

    @Test
    void shouldReadAHatenaBlogEntrysCategoryLink() {
        Article a = file("<html><head><title>Old bridge closes to cars - Harbour Notes</title></head><body><article class=\"entry\">"
                + "<header class=\"entry-header\"><div class=\"date entry-date first\"><time datetime=\"2026-12-03T11:15:00Z\">2026-12-03</time></div>"
                + "<h1 class=\"entry-title\">Old bridge closes to cars</h1><div class=\"entry-categories categories\">"
                + "<a href=\"https://notes.test/archive/category/%E3%81%8A\" class=\"entry-category-link category-お出かけ\">お出かけ</a></div></header>"
                + "<div class=\"entry-content\">" + HTML_BODY + "</div></article></body></html>", "entry.html");
        assertThat(a.getSection()).isEqualTo("お出かけ");
    }

    @Test
    void shouldReadNoWriterWhenABengaliBureauCreditsTheStoryAndDropTheBoxesAfterIt() {
        Article a = parse("যুগান্তর\n\nচট্টগ্রামে কর্ণফুলী টানেলে টোল কমল\n\nচট্টগ্রাম ব্যুরো\nপ্রকাশ: ০৫ ডিসেম্বর ২০২৬, ১০:১২ এএম\n\n"
                + "কর্ণফুলী নদীর তলদেশে নির্মিত টানেলে গাড়ির টোল কমানো হয়েছে।\n\nনতুন টোল ১ জানুয়ারি থেকে কার্যকর হবে।\n\nফেসবুকে যুগান্তর\n\n"
                + "আরও পড়ুন\nচট্টগ্রাম বন্দরে নতুন জেটি চালু\n");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(allText(a)).contains("কার্যকর হবে").doesNotContain("ফেসবুকে", "আরও পড়ুন", "জেটি");
    }
}
