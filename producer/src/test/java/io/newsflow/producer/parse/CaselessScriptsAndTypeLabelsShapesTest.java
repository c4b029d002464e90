package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;

/**
 * Shapes met in the seventy-ninth held-out round (x511-x516), each on other names: pages in scripts without case (Hindi,
 * Korean), whose headlines, writers, mastheads and sections no capital marks; Hindi months and the CJK date; a Korean
 * reporter's byline and end mark; a type's label between the trail and the headline; a related teaser after "Sigue
 * leyendo:".
 */
class CaselessScriptsAndTypeLabelsShapesTest {

    private static final String HINDI_BODY = "सरकार ने मंगलवार को नई योजना की घोषणा की, जिससे लाखों किसानों को लाभ होगा।\n\n"
            + "योजना अगले महीने से लागू होगी और इसके लिए बजट में प्रावधान किया गया है।";

    @Test
    void shouldReadTheHeadlineWriterAndDateWhenTheScriptHasNoCase() {
        Article a = parse("अमर उजाला\nराज्य\n\nकिसानों के लिए नई योजना की घोषणा\n\nलेखक: सुनील वर्मा\n5 मार्च 2025, 10:30 IST\n\n"
                + HINDI_BODY + "\n\nशेयर करें");
        assertThat(a.getTitle()).isEqualTo("किसानों के लिए नई योजना की घोषणा");
        assertThat(a.getAuthors()).containsExactly("सुनील वर्मा");
        assertThat(a.getSource()).isEqualTo("अमर उजाला");
        assertThat(a.getSection()).isEqualTo("राज्य");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T05:00:00Z"));
        assertThat(allText(a)).doesNotContain("शेयर करें", "लेखक");
    }

    @Test
    void shouldReadTheReporterAndDateWhenKoreanWritesThem() {
        Article a = parse("조선일보\n사회\n\n서울시, 지하철 요금 인상 발표\n\n박지훈 기자\n2025년 3월 5일 09:00\n\n"
                + "서울시는 5일 지하철 기본요금을 150원 인상한다고 밝혔다.\n\n인상된 요금은 다음 달부터 적용된다.\n\n(끝)");
        assertThat(a.getAuthors()).containsExactly("박지훈");
        assertThat(a.getSource()).isEqualTo("조선일보");
        assertThat(a.getSection()).isEqualTo("사회");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T09:00:00Z"));
        assertThat(allText(a)).doesNotContain("(끝)", "기자");
    }

    @Test
    void shouldDateTheStoryWhenAJapaneseDateIsWritten() {
        assertThat(parse(HEADLINE + "\n\n2025年3月5日\n\n" + BODY).getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
    }

    @Test
    void shouldKeepTheMastheadAndSectionWhenATypesLabelStandsBetweenTheTrailAndTheHeadline() {
        Article a = parse("Frankfurter Rundschau\nPolitik\n\nGastbeitrag\n\n" + HEADLINE + "\n\nVon Jana Weber\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Frankfurter Rundschau");
        assertThat(a.getSection()).isEqualTo("Politik");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.OPINION);
    }

    @Test
    void shouldDropTheTeaserWhenSigueLeyendoIntroducesIt() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nSigue leyendo:\nEl Congreso aprueba el presupuesto de 2026");
        assertThat(allText(a)).doesNotContain("Sigue leyendo", "presupuesto de 2026");
    }
}
