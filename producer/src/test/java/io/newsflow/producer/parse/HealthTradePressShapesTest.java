package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-forty-sixth held-out round (x2109-x2114), health-care trade papers: the kind of
 * piece, the byline and the date in one line of segments ("Analysis | By Jay Asser | December 06, 2026", lost whole
 * before), a comment thread's count in brackets and its rule, newsletter pitches and a free-subscriber wall.
 */
class HealthTradePressShapesTest {
    private static final String STORY = "Hospital operating margins rose to 5.1% in October, the highest in three years.\n\n"
            + "Rural hospitals continued to lag.\n\n";

    @Test
    void shouldReadTheKindOfPieceTheWriterAndTheDateInOneLine() {
        Article a = parse("Hospital margins hit three-year high in October\nAnalysis  |  By Jane Roe  |  December 06, 2026\n\n" + STORY
                + "Jane Roe is the contributing editor for strategy at HealthLeaders.\n");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(a.getPublishedAt()).hasToString("2026-12-06T00:00:00Z");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.ANALYSIS);
        assertThat(allText(a)).contains("Rural").doesNotContain("contributing editor");
    }

    @Test
    void shouldDropCommentRulesNewsletterPitchesAndAFreeSubscribersWall() {
        Article a = parse("GPs to get 6% funding rise\nBy Jane Roe\n6 December 2026\n\n" + STORY
                + "Want more news like this? Sign up to receive Pulse's free newsletter\nREADERS' COMMENTS [3]\n"
                + "Please note, only GPs are permitted to add comments to articles\n"
                + "The free newsletter covering the top industry headlines\n"
                + "Unlock this article instantly by becoming a free subscriber.\nGet exclusive access to insights into the business of healthcare\n");
        assertThat(allText(a)).contains("Rural").doesNotContain("Want more", "COMMENTS", "permitted", "free newsletter", "Unlock",
                "exclusive access");
    }
}
