package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.ButtonsBetweenMastheadAndTrailShapesTest.parseOne;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the seventy-sixth held-out round (x493-x498), each on other names: a Next.js shell page whose story is its
 * script data, months in Croatian, Lithuanian, Icelandic and Cyrillic, a name over the story's stamp under a short header,
 * a site's name first on its page over one crumb, a name over a news root and its crumb, home and news roots in more
 * languages, comment counters and share buttons, a bracketed closing byline, CNA's dateline and end mark.
 */
class ShellPagesBalticMonthsAndWireEndsShapesTest {

    @Test
    void shouldReadTheStoryFromTheScriptDataWhenThePageIsAJavaScriptShell() {
        String page = "<html><head><title>Rīgas Vēstis</title></head><body><div id=\"__next\">Loading...</div>"
                + "<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"pageProps\":{\"post\":{\"title\":\""
                + HEADLINE + "\",\"publishedAt\":\"2025-06-03T08:00:00Z\",\"authors\":[{\"name\":\"Anna Ozola\"}],"
                + "\"category\":{\"name\":\"Latvija\"},\"content\":\"" + HTML_BODY + "\"}}}}"
                + "</script></body></html>";
        Article a = parseOne(page, "page.html");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Anna Ozola");
        assertThat(a.getSource()).isEqualTo("Rīgas Vēstis");
        assertThat(a.getSection()).isEqualTo("Latvija");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-06-03T08:00:00Z"));
        assertThat(allText(a)).doesNotContain("Loading");
    }

    @Test
    void shouldDateTheStoryWhenTheMonthIsCroatianLithuanianIcelandicOrCyrillic() {
        assertThat(parse(HEADLINE + "\n\nObjavljeno: 14. svibnja 2025.\n\n" + BODY).getPublishedAt())
                .isEqualTo(Instant.parse("2025-05-14T00:00:00Z"));
        assertThat(parse(HEADLINE + "\n\n2025 m. birželio 9 d. 14:05\n\n" + BODY).getPublishedAt())
                .isEqualTo(Instant.parse("2025-06-09T14:05:00Z"));
        assertThat(parse(HEADLINE + "\n\n3. febrúar 2025 kl. 08:10\n\n" + BODY).getPublishedAt())
                .isEqualTo(Instant.parse("2025-02-03T08:10:00Z"));
        assertThat(parse(HEADLINE + "\n\n5 октомври 2025\n\n" + BODY).getPublishedAt())
                .isEqualTo(Instant.parse("2025-10-05T00:00:00Z"));
    }

    @Test
    void shouldReadTheSiteTheSectionAndTheWriterWhenANameStandsOverTheStampUnderAShortHeader() {
        Article a = parse("Lrytas\nSportas\n\n" + HEADLINE + "\n\nTomas Petrauskas\n2025 m. rugsėjo 3 d. 10:00\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSource()).isEqualTo("Lrytas");
        assertThat(a.getSection()).isEqualTo("Sportas");
        assertThat(a.getAuthors()).containsExactly("Tomas Petrauskas");
    }

    @Test
    void shouldReadTheMastheadWhenAShortNameStandsOverANewsRootAndItsCrumb() {
        Article a = parse("Večernji list\nVijesti\nZagreb\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Večernji list");
        assertThat(a.getSection()).isEqualTo("Zagreb");
    }

    @Test
    void shouldDropCommentCountersAndShareButtonsWhenTheyCloseThePage() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nPodijeli\nKomentari (4)");
        assertThat(allText(a)).doesNotContain("Podijeli", "Komentari");
        assertThat(a.getSource()).isNull();
    }

    @Test
    void shouldReadEveryWriterWhenTheClosingBylineIsInBrackets() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\n(By Chen Yun-yu and Wu Hsin-Yun)");
        assertThat(a.getAuthors()).containsExactly("Chen Yun-yu", "Wu Hsin-Yun");
    }

    @Test
    void shouldReadTheAgencyAndDropTheEndMarkWhenACnaDatelineHasNoDash() {
        Article a = parse("Focus Taiwan\nCNA English News\nBusiness\n\n" + HEADLINE
                + "\n\nKaohsiung, March 4 (CNA) The port said on Tuesday that cargo volumes rose by a tenth.\n\nEnditem/KH");
        assertThat(a.getSource()).isEqualTo("CNA");
        assertThat(a.getSection()).isEqualTo("Business");
        assertThat(allText(a)).doesNotContain("Enditem");
    }
}
