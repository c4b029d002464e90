package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-thirteenth held-out round (x1911-x1916), British regional papers: a trail under
 * the news root whose section has three words ("News > Greater Manchester News"), a desk under the site's name that
 * names the story's type ("ANALYSIS", "Comment"), and a British city's news as the section ("Bristol News").
 */
class UkRegionalDesksShapesTest {

    private static final String STORY = "Bookmark\nShare\n\nBy\nJane Roe\nChief Reporter\n05:00, 6 DEC 2026\n\n"
            + "The extension will open next week.\n\nThe cost rose to £450 million.\n";

    @Test
    void shouldReadTheSectionOfThreeWordsUnderTheNewsRoot() {
        Article a = parse("Lancashire Evening Post\nNews  Sport  What's On  Money\nNews > North West News\n\n"
                + "Preston tram line wins funding after ten-year campaign\n\n" + STORY);
        assertThat(a.getSection()).isEqualTo("North West News");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldTakeTheTypeFromADeskUnderTheSitesName() {
        Article analysis = parse("Coventry Telegraph\nNews  Sport  What's On  Money  Opinion\nANALYSIS\n\n"
                + "Why the Very Light Rail line took ten years to build\n\n" + STORY);
        Article comment = parse("Leicester Mercury\nNews  Sport  What's On  Opinion\nComment\n\n"
                + "Our view: The bus fare rise is the wrong move\n\n" + STORY);
        assertThat(analysis.getSection()).isEqualTo("Analysis");
        assertThat(analysis.getArticleType()).isEqualTo(ArticleType.ANALYSIS);
        assertThat(comment.getArticleType()).isEqualTo(ArticleType.OPINION);
    }

    @Test
    void shouldReadABritishCitysNewsAsTheSection() {
        Article a = parse("Leeds Live\nNews  Leeds News  Sport  What's On\nLeeds News\n\nLeeds opens its first bus lane on the Headrow\n\n" + STORY);
        assertThat(a.getSection()).isEqualTo("Leeds News");
    }
}
