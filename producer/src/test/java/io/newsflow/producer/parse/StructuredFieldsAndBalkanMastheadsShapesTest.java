package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-twenty-fourth held-out round (x1377-x1382), on other inputs: structured content's
 * list of named fields (Liferay's); a block theme's author and category terms (Twenty Twenty-Two's); a plea that the
 * outlet relies on its readers (Exit News's); a logo's initials with a particle's letter ("CdM"); the headline set twice,
 * "<name> Online" over the menu and again over the stamp (Kosovo Online's).
 */
class StructuredFieldsAndBalkanMastheadsShapesTest {

    @Test
    void shouldReadStructuredContentsNamedFields() {
        Article a = file("{\"title\": \"Old bridge closes to cars\", \"contentFields\": [{\"name\": \"Body\", \"contentFieldValue\": {\"data\": \""
                + HTML_BODY + "\"}}], \"creator\": {\"name\": \"Ana Ruiz\"}, \"datePublished\": \"2026-12-01T09:00:00Z\","
                + " \"taxonomyCategoryBriefs\": [{\"taxonomyCategoryName\": \"Roads\"}]}", "content.json");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getSection()).isEqualTo("Roads");
    }

    @Test
    void shouldReadABlockThemesAuthorAndCategoryTerms() {
        Article a = file("<html><body><main><h1 class=\"wp-block-post-title\">Old bridge closes to cars</h1><div class=\"wp-block-post-content\">"
                + HTML_BODY + "</div><div class=\"wp-block-post-author\"><p class=\"wp-block-post-author__name\">Ana Ruiz</p></div>"
                + "<div class=\"taxonomy-category wp-block-post-terms\"><a href=\"/category/roads/\" rel=\"tag\">Roads</a></div></main></body></html>",
                "page.html");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getSection()).isEqualTo("Roads");
    }

    @Test
    void shouldDropAPleaThatTheOutletReliesOnItsReaders() {
        Article a = parse("Old bridge closes to cars\n\n" + BODY + "\n\nValley News relies on readers' support. Become a member.");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("relies on");
    }

    @Test
    void shouldTakeTheNameALogosInitialsWithAParticleStandFor() {
        Article a = parse("VdM\nVoce del Monte\n\nHome / Society\n\nOld bridge closes to cars\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Voce del Monte");
    }

    @Test
    void shouldReadAHeadlineSetTwiceAndTheOutletAgainOverTheStamp() {
        Article a = parse("VALLEY ONLINE\n\nNEWS  POLITICS  SOCIETY  ECONOMY  REGION\n\nNEWS\n\nOld bridge closes to cars\n\nOld bridge closes to cars\n\n"
                + "The town votes to shut it\n\nValley Online\n\n01.12.2026 • 14:05\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getSource()).isEqualTo("Valley Online");
        assertThat(a.getLead()).isEqualTo("The town votes to shut it");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }
}
