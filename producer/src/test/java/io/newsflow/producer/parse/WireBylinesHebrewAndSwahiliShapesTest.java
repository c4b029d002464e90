package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the eightieth held-out round (x517-x522), each on other names: Luxembourgish and Swahili bylines, Hebrew
 * and Swahili months, a Japanese clock, Chinese and Japanese headlines written without spaces (no capitals make them
 * "shouted" kickers), a Chinese editor's line, and a lower-case brand over its news root.
 */
class WireBylinesHebrewAndSwahiliShapesTest {

    @Test
    void shouldReadTheWriterWhenTheBylineIsLuxembourgishOrSwahili() {
        assertThat(parse(HEADLINE + "\n\nVun Anne Weber\n\n" + BODY).getAuthors()).containsExactly("Anne Weber");
        Article a = parse(HEADLINE + "\n\nNa PETER OTIENO\nMachi 5, 2025\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Peter Otieno");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
    }

    @Test
    void shouldDateTheStoryWhenTheMonthIsHebrewOrTheClockJapanese() {
        assertThat(parse(HEADLINE + "\n\n5 במרץ 2025, 09:00\n\n" + BODY).getPublishedAt())
                .isEqualTo(Instant.parse("2025-03-05T09:00:00Z"));
        assertThat(parse(HEADLINE + "\n\n2025年3月5日 9時30分\n\n" + BODY).getPublishedAt())
                .isEqualTo(Instant.parse("2025-03-05T09:30:00Z"));
    }

    @Test
    void shouldReadTheHeadlineWhenJapaneseWritesItWithoutSpaces() {
        Article a = parse("NHK\n経済\n\n日銀が金利を据え置き物価の動向を注視\n\n2025年3月5日 9時30分\n\n"
                + "日本銀行は5日、金融政策決定会合で金利を据え置くことを決めました。\n\n植田総裁は物価の動向を注視すると述べました。");
        assertThat(a.getTitle()).isEqualTo("日銀が金利を据え置き物価の動向を注視");
        assertThat(a.getSource()).isEqualTo("NHK");
        assertThat(a.getSection()).isEqualTo("経済");
    }

    @Test
    void shouldKeepTheHeadlineAndDropTheEditorsLineWhenAChineseReporterSignsUnderIt() {
        Article a = parse("人民网\n财经\n\n央行宣布下调存款准备金率零点五个百分点\n\n记者 李强\n\n"
                + "中国人民银行5日宣布下调金融机构存款准备金率。\n\n此次下调将释放长期资金约一万亿元。\n\n责任编辑：张伟");
        assertThat(a.getTitle()).isEqualTo("央行宣布下调存款准备金率零点五个百分点");
        assertThat(a.getAuthors()).containsExactly("李强");
        assertThat(TextShapesTest.allText(a)).doesNotContain("责任编辑");
    }

    @Test
    void shouldReadTheMastheadWhenALowerCaseBrandStandsOverItsNewsRoot() {
        assertThat(parse("nzherald\nNews\n\n" + HEADLINE + "\n\n" + BODY).getSource()).isEqualTo("nzherald");
    }
}
