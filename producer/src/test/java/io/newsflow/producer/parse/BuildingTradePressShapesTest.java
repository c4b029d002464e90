package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-forty-fifth held-out round (x2103-x2108), construction and architecture trade
 * papers: a section the menu lists before the date ("Architecture | 6 December 2026", lost before), "The imagery is
 * courtesy of ...", the site's newsletter's name over its pitch ("Dezeen Daily"), "More", "Reprints", "No Comments",
 * "You've reached your article limit".
 */
class BuildingTradePressShapesTest {
    private static final String STORY = "Foster + Partners has unveiled plans for a mass-timber headquarters in Zurich.\n\n"
            + "Construction is expected to finish in 2029.\n\n";

    @Test
    void shouldReadASectionTheMenuListsBeforeTheDate() {
        Article a = parse("Dezeen\nArchitecture  Interiors  Design  Technology  Sustainability  Opinion  Jobs\n"
                + "Architecture | 6 December 2026\nFoster + Partners designs timber headquarters\nJane Roe\n\n" + STORY
                + "The imagery is courtesy of Foster + Partners.\nDezeen Daily\nOur daily newsletter contains the latest stories from Dezeen.\n"
                + "Subscribe\nMore\n");
        assertThat(a.getSection()).isEqualTo("Architecture");
        assertThat(allText(a)).contains("2029").doesNotContain("imagery", "Dezeen Daily", "newsletter", "More");
    }

    @Test
    void shouldDropArticleToolsAndAMeteredWall() {
        Article a = parse("Brent Spence Bridge contract awarded\nDecember 6, 2026\nJane Roe\nReprints\nNo Comments\n\n" + STORY
                + "You've reached your article limit\n");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(allText(a)).contains("2029").doesNotContain("Reprints", "No Comments", "article limit");
    }
}
