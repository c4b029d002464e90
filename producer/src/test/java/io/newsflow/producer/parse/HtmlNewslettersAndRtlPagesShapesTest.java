package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.BodyBlock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-thirty-eighth held-out round (x2659-x2664), HTML pages of Persian, Urdu and Thai
 * papers, a newsletter's web view, a Substack post and a feature's first page. Missed: a Thai byline ("โดย", by) and the
 * date it ends with, the only one on the page; a title that puts the newsletter's name before the headline; the
 * newsletter's greeting and sign-off kept as the story's text; and, seen in the Persian page and an older Docsy page, a
 * standfirst in a {@code div class="lead"} under the headline, outside the story's container, lost whole.
 */
class HtmlNewslettersAndRtlPagesShapesTest {
    private static final String THAI_TEXT = "<div class=\"entry-content\"><p>จังหวัดเชียงใหม่เปิดให้บริการรถไฟฟ้ารางเบาสายสีแดงอย่างเป็นทางการเมื่อวันเสาร์"
            + "หลังจากก่อสร้างมานานสี่ปี</p><p>เส้นทางมีระยะทาง 16 กิโลเมตร และมีสถานี 16 สถานี ตั้งแต่สนามบินถึงสถานีขนส่ง</p></div>";

    private static Article thai(String underHeadline) {
        return file("<html lang=\"th\"><head><title>เชียงใหม่เปิดรถไฟฟ้าสายสีแดงเส้นแรก</title></head><body><div class=\"content\">"
                + "<h1>เชียงใหม่เปิดรถไฟฟ้าสายสีแดงเส้นแรก</h1>" + underHeadline + THAI_TEXT + "</div></body></html>", "th.html");
    }

    @Test
    void shouldReadAThaiBylineAndItsDateWhenNothingElseDatesTheStory() {
        Article article = thai("<div class=\"meta\">โดย สมชาย ใจดี | 6 ธ.ค. 2569 14:20 น.</div>");

        assertThat(article.getAuthors()).containsExactly("สมชาย ใจดี");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2026-12-06T14:20:00Z"));
        assertThat(thai("<div class=\"meta\">By Somchai Jaidee | 6 Dec 2026</div>").getPublishedAt()).isEqualTo(Instant.parse("2026-12-06T00:00:00Z"));
        assertThat(thai("<div class=\"meta\">By Somchai Jaidee | Updated 6 Dec 2026</div>").getPublishedAt()).isNull();
    }

    private static final String MAILING = "<html><head><title>The Estuary Dispatch: Ferry fares frozen for 2027</title>"
            + "<meta property=\"og:title\" content=\"The Estuary Dispatch: Ferry fares frozen for 2027\"></head><body><table><tr><td>"
            + "<img alt=\"The Estuary Dispatch\" src=\"logo.png\"></td></tr><tr><td><div class=\"mcnTextContent\">"
            + "<h1>Ferry fares frozen for 2027</h1><p><em>Sunday 6 December 2026 · By Hannah Greaves</em></p>"
            + "<p>Good morning, and welcome to this week's Dispatch.</p>"
            + "<p>The Wyre Estuary Ferry Company said on Friday that single fares will stay at £2.40 throughout 2027, the third year "
            + "without a rise.</p><p>The company's chair, Owen Latimer, said rising passenger numbers had covered higher fuel costs.</p>"
            + "<p>That's all for this week. If you enjoyed this, forward it to a friend.</p></div></td></tr></table></body></html>";

    @Test
    void shouldTakeTheHeadlineAndDropTheGreetingWhenANewslettersWebViewIsRead() {
        Article article = file(MAILING, "mailing.html");

        assertThat(article.getTitle()).isEqualTo("Ferry fares frozen for 2027");
        assertThat(article.getSource()).isEqualTo("The Estuary Dispatch");
        assertThat(article.getBody()).extracting(BodyBlock::getText).containsExactly(
                "The Wyre Estuary Ferry Company said on Friday that single fares will stay at £2.40 throughout 2027, the third year without a rise.",
                "The company's chair, Owen Latimer, said rising passenger numbers had covered higher fuel costs.");
    }

    @Test
    void shouldKeepAStandfirstInALeadDivUnderTheHeadlineWhenItStandsOutsideTheText() {
        Article article = file("<html dir=\"rtl\"><head><title>افتتاح خط دوم متروی تبریز</title></head><body><article><h1>افتتاح خط دوم متروی "
                + "تبریز</h1><div class=\"lead\">خط دوم متروی تبریز با ۱۲ ایستگاه روز شنبه به بهره‌برداری رسید.</div><div class=\"body\"><p>خط دوم "
                + "متروی تبریز روز شنبه با حضور مسئولان استانی افتتاح شد و مسافران نخستین سفرها را تجربه کردند.</p><p>طول این خط ۱۸ کیلومتر "
                + "است و از میدان قونقا تا میدان بسیج امتداد دارد و دوازده ایستگاه دارد.</p></div></article></body></html>", "fa.html");

        assertThat(article.getLead()).isEqualTo("خط دوم متروی تبریز با ۱۲ ایستگاه روز شنبه به بهره‌برداری رسید.");
    }
}
