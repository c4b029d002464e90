package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;

/**
 * Shapes met in the hundred-and-twenty-fourth held-out round (x781-x786), on other pages: a label naming the story's
 * kind right under a share bar, in its block ("Share | Print" / "Opinion"); a town's label told apart by its river in
 * brackets ("Frankfurt (Oder)"); a writer's name, a dash and the stamp with its update after a bar ("Claire Dubois -
 * 12 mars 2026 à 08:10 | mis à jour à 10:05"); and a comment button in French ("Réagir à l'article").
 */
class KickersUnderBarsAndDashedBylinesShapesTest {

    @Test
    void shouldReadTheStorysKindWhenItsLabelSharesTheShareBarsBlock() {
        Article a = parse("Share | Email | Print\nOpinion\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getArticleType()).isEqualTo(ArticleType.OPINION);
        assertThat(a.getSection()).isEqualTo("Opinion");
    }

    @Test
    void shouldTakeATownsLabelWithItsRiverInBracketsAsTheSection() {
        Article a = parse("Märkische Oderzeitung\nHome\nLokal\nSport\nE-Paper\nAbo\n\nFrankfurt (Oder)\n\n" + HEADLINE
                + "\n\nVon Anna Schulz\n03.12.2026, 07:00\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("Frankfurt (Oder)");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
    }

    @Test
    void shouldReadTheWriterWhenADashPartsTheNameFromAStampWithItsUpdate() {
        Article a = parse(HEADLINE + "\n\nClaire Dubois - 12 mars 2026 à 08:10 | mis à jour à 10:05\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Claire Dubois");
        assertThat(a.getPublishedAt()).hasToString("2026-03-12T08:10:00Z");
        assertThat(allText(a)).doesNotContain("Claire Dubois");
    }

    @Test
    void shouldDropAFrenchCommentButtonWhenItClosesTheStory() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nRéagir à cet article");
        assertThat(allText(a)).doesNotContain("Réagir");
    }
}
