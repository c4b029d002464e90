package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;

/**
 * Shapes met in the hundred-and-twenty-fifth held-out round (x787-x792), on other pages: a trail rooted in the site's
 * name over its news root ("BR24 > Nachrichten > Bayern"), in a page's markup and as text, and a broadcaster's credit
 * line naming the outlet and the writer after a slash ("Quelle: RADIO BREMEN/Lena Vogt"); and, from the round after
 * it (x793-x798), a Czech or Slovak share button with its object ("Zdieľať článok").
 */
class SiteNamedTrailsAndCreditLinesShapesTest {

    @Test
    void shouldTakeTheCrumbAfterTheNewsRootWhenTheSitesNameRootsAPagesTrail() {
        Article a = file("<html><head><title>" + HEADLINE + " | BR24</title></head><body>"
                + "<nav class=\"breadcrumb\"><a href=\"/\">BR24</a> &gt; <a href=\"/nachrichten\">Nachrichten</a> &gt; "
                + "<a href=\"/nachrichten/bayern\">Bayern</a></nav><h1>" + HEADLINE + "</h1><p>"
                + BODY.replace("\n\n", "</p><p>") + "</p><p>The mayor said the decision would be reviewed after one year, "
                + "once traffic counts on the new route were known.</p></body></html>", "page.html");
        assertThat(a.getSection()).isEqualTo("Bayern");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldTakeTheCrumbAfterTheNewsRootWhenTheSitesNameRootsATextTrail() {
        Article a = parse("SWR > Nachrichten > Rheinland-Pfalz > Mainz\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("Rheinland-Pfalz");
    }

    @Test
    void shouldReadTheWriterWhenACreditLineNamesTheOutletAndTheWriter() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nQuelle: RADIO BREMEN/Lena Vogt");
        assertThat(a.getAuthors()).containsExactly("Lena Vogt");
        assertThat(allText(a)).doesNotContain("Quelle");
    }

    @Test
    void shouldDropASlavicShareButtonWhenItNamesTheArticle() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nZdieľať článok");
        assertThat(allText(a)).doesNotContain("Zdieľať");
    }
}
