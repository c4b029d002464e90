package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-fifteenth held-out round (x1923-x1928), Canadian papers: the news root alone
 * under the site's name and menu ("Actualités"), a writer's role and stamps in one segmented line ("Francis Campbell ·
 * Reporter | Posted: ... | 2 Min Read"), and a network's brand over its paper's name over the menu ("SaltWire" / "The
 * Chronicle Herald").
 */
class CanadianPapersShapesTest {

    @Test
    void shouldReadTheNewsRootUnderTheSitesNameAsTheSection() {
        Article a = parse("Le Nouvelliste\nActualités  Sports  Arts  Opinions  Le Mag\nActualités\n\n"
                + "Trois-Rivières aura un nouveau terminus d'autobus en 2028\n\nPar Jean Roy, Le Nouvelliste\n6 décembre 2026 à 5h00\n\n"
                + "La Ville construira un nouveau terminus.\n\nLe projet coûtera 12 millions de dollars.\n");
        assertThat(a.getSection()).isEqualTo("Actualités");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldReadTheWriterAndStampFromARoleAndStampsInSegments() {
        Article a = parse("Sydney adds six electric buses to its fleet\n\n"
                + "Jane Roe · Reporter | Posted: Dec. 6, 2026, 7:30 a.m. | Updated: Dec. 6, 2026, 8:05 a.m. | 2 Min Read\n\n"
                + "Cape Breton Transit has put six electric buses into service.\n\nThe buses cost $1.2 million each.\n");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(a.getPublishedAt()).hasToString("2026-12-06T07:30:00Z");
        assertThat(allText(a)).doesNotContain("Min Read");
    }

    @Test
    void shouldTakeThePapersNameUnderANetworksBrandAsTheMasthead() {
        Article a = parse("SaltWire\nThe Cape Breton Post\nNEWS  SPORTS  BUSINESS  OPINION  LIFE\nLocal\n\n"
                + "Sydney adds six electric buses to its fleet\n\nJane Roe\nDec. 6, 2026, 7:30 a.m.\n\n"
                + "Cape Breton Transit has put six electric buses into service.\n\nThe buses cost $1.2 million each.\n");
        assertThat(a.getSource()).isEqualTo("The Cape Breton Post");
        assertThat(a.getSection()).isEqualTo("Local");
    }
}
