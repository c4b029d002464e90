package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-forty-second held-out round (x2085-x2090), film trade papers and magazines:
 * "Hollywood Breaking News" under the name (read as the outlet before), "Breaking News" over the headline (dropped as
 * a banner before), "Courtesy of <studio>", a film site's widgets, a magazine's pointer to its print issue.
 */
class FilmTradePressShapesTest {
    private static final String STORY = "Netflix will open the film in IMAX theaters over Thanksgiving weekend 2027.\n\n"
            + "Netflix had no comment.\n\n";

    @Test
    void shouldReadTheNameOverItsBreakingNewsTaglineAndTheLabelOverTheHeadline() {
        Article a = parse("Deadline\nHollywood Breaking News\nFilm  TV  Awards  Box Office  Business  Video  Events\nBreaking News\n"
                + "Netflix sets 'Narnia' for a Thanksgiving IMAX release\nBy Jane Roe\nDecember 6, 2026 11:08am\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("Deadline");
        assertThat(a.getSection()).isEqualTo("Breaking News");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldDropAStudiosCreditWidgetsAndAPrintIssuesPointer() {
        Article a = parse("'The Long Winter' leads the nominations\nDec 6, 2026 9:00 am\nBy Jane Roe\nCourtesy of A24\n\n" + STORY
                + "Link copied to clipboard\nFollowed\nYour changes have been saved\n"
                + "Read the full interview in the new issue of Empire, on sale Thursday.\n");
        assertThat(allText(a)).contains("no comment").doesNotContain("Courtesy", "clipboard", "Followed", "saved", "new issue");
    }
}
