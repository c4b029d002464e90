package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-eighty-eighth held-out round (x1761-x1766), on other inputs: a writer and a wire
 * service after a comma under a site named by its domain ("Emma Kemp, NCA NewsWire"), not a role ("News Editor"); a
 * business paper's tagline under its name ("Israel Business News") over its menu and section; a newsletter's "Sign up
 * here" and a "More Coverage" rail.
 */
class AgencyBylinesAndBusinessTaglinesShapesTest {

    private static final String TEXT = "The council voted on Tuesday to close the old bridge to cars from the spring.\n\n"
            + "Shopkeepers fear they will lose customers while the bridge is shut.\n";

    @Test
    void shouldReadAWireServiceAfterTheWritersNameAndAComma() {
        Article a = parse("news.com.au\n\nFinance › Economy\n\nOld bridge to close to cars\n\nEmma Kemp, NCA NewsWire\nDecember 6, 2026 - 11:42AM\n\n"
                + TEXT + "\nMore Coverage\nWhat the closure means for your commute\n");
        assertThat(a.getAuthors()).containsExactly("Emma Kemp");
        assertThat(a.getSource()).isEqualTo("NCA NewsWire");
        assertThat(allText(a)).contains("lose customers").doesNotContain("More Coverage", "your commute");
    }

    @Test
    void shouldNotTakeTheWritersRoleAfterACommaForAnOutlet() {
        Article a = parse("The Valley Herald\n\nOld bridge to close to cars\n\nJane Doe, News Editor\nDecember 6, 2026\n\n" + TEXT);
        assertThat(a.getAuthors()).containsExactly("Jane Doe");
        assertThat(a.getSource()).isEqualTo("The Valley Herald");
    }

    @Test
    void shouldReadTheSectionUnderABusinessPapersTagline() {
        Article a = parse("Globes\nIsrael Business News\nHome | Israel Economy | High-Tech | Capital Markets | Real Estate\n\nIsrael Economy\n\n"
                + "Old bridge to close to cars\n\nBy Hadar Kane\n6 Dec, 2026 11:09\n\n" + TEXT
                + "\nGet our award-winning daily news newsletter\nSign up here\n");
        assertThat(a.getSection()).isEqualTo("Israel Economy");
        assertThat(allText(a)).contains("lose customers").doesNotContain("Business News", "Sign up");
    }
}
