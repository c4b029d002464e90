package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-forty-ninth held-out round (x1527-x1532), on other inputs: a story's wrapper marked
 * as holding a floating share bar ("has-share-float", SmartMag's) and its author box; a headline that ends with a year's
 * abbreviation ("до 2029 г."); a closing source line naming the site's own short domain ("Źródło: rp.pl").
 */
class ShareFloatWrappersAndShortDomainsShapesTest {

    @Test
    void shouldKeepAStoryWrappedInAContainerMarkedAsHoldingAShareBar() {
        Article a = file("<html><head><title>Old bridge closes to cars</title></head><body><h1>Old bridge closes to cars</h1><article>"
                + "<div class=\"post-content-wrap has-share-float\"><div class=\"post-share-float\"><span>Share</span></div>"
                + "<div class=\"post-content entry-content\"><p>The old bridge over the river closed to cars on Saturday after engineers "
                + "found cracks in two of its piers.</p><p>Buses will use the ring road until the repairs are done in the spring, the "
                + "council said.</p></div></div><div class=\"author-box\"><section class=\"author-info\"><div class=\"description\">"
                + "<a href=\"/author/ana/\">Ana Ruiz</a><p class=\"bio\">Ana covers the county council for the paper.</p></div></section>"
                + "</div></article></body></html>", "post.html");
        assertThat(allText(a)).contains("engineers found cracks").doesNotContain("Ana covers", "Share");
    }

    @Test
    void shouldReadAHeadlineEndingWithAYearsAbbreviation() {
        Article a = parse("Новата линия на метрото ще стигне до летището до 2029 г.\n\n05 декември 2026, 11:20\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo("Новата линия на метрото ще стигне до летището до 2029 г.");
        assertThat(a.getTitleDerived()).isFalse();
    }

    @Test
    void shouldKeepTheMastheadOverAClosingCreditOfItsOwnShortDomain() {
        Article a = parse("Rzeczpospolita\n\nKraj | Świat | Ekonomia | Prawo | Kultura\n\nOld bridge closes to cars\n\nAnna Nowak\n"
                + "Publikacja: 05.12.2026 10:15\n\n" + BODY + "\n\nŹródło: rp.pl\n");
        assertThat(a.getSource()).isEqualTo("Rzeczpospolita");
        assertThat(allText(a)).doesNotContain("Źródło");
    }
}
