package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-thirty-third held-out round (x2629-x2634), HTML pages of Korean, Chinese, Vietnamese,
 * Portuguese, Hebrew and American papers. Missed: a Korean paper's copyright line opening with "저작권자" kept in the text;
 * a Chinese paper's meta line ("2026-12-06 10:30 来源：新华社 作者：王伟") read as the standfirst, its writer, source and
 * date lost, and its trail's "新闻" no root; a Vietnamese paper's writer signing under the text in bold.
 */
class HtmlAsianPapersShapesTest {
    private static final String CHINESE = "中央气象台6日发布寒潮蓝色预警，长江中下游地区气温将下降8至10摄氏度。\n\n"
            + "受寒潮影响，湖南、湖北、江西等地将出现大风和降雨天气。\n\n气象部门提醒公众注意防寒保暖，出行注意交通安全。\n";

    @Test
    void shouldReadAChineseMetaLinesWriterSourceAndDateWhenItsPartsAreLabelled() {
        for (String meta : new String[] {"2026-12-06 10:30 来源：新华社 作者：王伟", "发布时间：2026-12-06 10:30 来源：新华社 记者：王伟",
            "時間：2026-12-06 10:30 來源：新华社 作者：王伟"}) {
            Article a = parse("湘江晚报\n长江流域今冬首场寒潮来袭\n" + meta + "\n\n" + CHINESE);
            assertThat(a.getAuthors()).as(meta).containsExactly("王伟");
            assertThat(a.getSource()).as(meta).isEqualTo("新华社");
            assertThat(a.getPublishedAt()).as(meta).isEqualTo(Instant.parse("2026-12-06T10:30:00Z"));
            assertThat(allText(a)).as(meta).doesNotContain("来源", "來源").contains("受寒潮影响");
        }
    }

    @Test
    void shouldDropAChineseEditorsLineNamingNoWriter() {
        Article a = parse("湘江晚报\n长江流域今冬首场寒潮来袭\n作者：王伟\n\n" + CHINESE + "\n责任编辑：李娜\n");
        assertThat(a.getAuthors()).containsExactly("王伟");
        assertThat(allText(a)).doesNotContain("李娜");
    }

    @Test
    void shouldReadAKoreanCopyrightLineThatOpensWithItsHoldersWord() {
        Article a = parse("남해일보\n부산 북항 재개발 2단계 착공\n김민수 기자\n\n부산 북항 재개발 2단계 사업이 6일 착공식을 열고 본격적인 공사에 들어갔다.\n\n"
                + "부산시는 2035년까지 사업을 마무리할 계획이라고 밝혔다.\n\n저작권자 © 남해일보 무단전재 및 재배포 금지\n");
        assertThat(allText(a)).contains("2035년까지").doesNotContain("무단전재");
    }

    private static Article signed(String byline, String closing) {
        return file("<html lang=\"vi\"><head><title>Cầu Cần Thơ 2 khởi công vào tháng 1</title></head><body><article>"
                + "<h1>Cầu Cần Thơ 2 khởi công vào tháng 1</h1>" + byline + "<p>Bộ Giao thông Vận tải cho biết cầu Cần Thơ 2 sẽ khởi công "
                + "vào tháng 1 năm 2027.</p><p>Tổng vốn đầu tư dự án khoảng 6.000 tỷ đồng, từ ngân sách trung ương.</p><p>Người dân hai bên "
                + "bờ sông Hậu mong cây cầu sớm được xây dựng.</p><p style=\"text-align:right;\"><strong>" + closing + "</strong></p>"
                + "</article></body></html>", "vi.html");
    }

    @Test
    void shouldReadTheWriterSigningUnderTheTextWhenNoBylineNamedOne() {
        Article a = signed("", "Nguyễn Văn An");
        assertThat(a.getAuthors()).containsExactly("Nguyễn Văn An");
        assertThat(allText(a)).doesNotContain("Nguyễn Văn An");
    }

    @Test
    void shouldLeaveAClosingNameOtherThanTheBylinesInTheText() {
        Article a = signed("<p class=\"byline\">By Tran Thi Mai</p>", "Nguyễn Văn An");
        assertThat(a.getAuthors()).containsExactly("Tran Thi Mai");
        assertThat(allText(a)).contains("Nguyễn Văn An");
    }
}
