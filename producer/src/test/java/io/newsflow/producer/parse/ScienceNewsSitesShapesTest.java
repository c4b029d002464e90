package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-seventy-fourth held-out round (x2277-x2282), science news sites: a study's DOI
 * under "Original Study DOI:", an editor's box under "ABOUT THE EDITOR", and a writer's two roles joined by "&amp;"
 * under the name, each left in the text before.
 */
class ScienceNewsSitesShapesTest {
    private static final String STORY = "Teenagers who lose an hour of sleep a night become more impulsive, a new study finds.\n\n"
            + "The findings appear in the journal Sleep.\n\n";

    @Test
    void shouldDropTheStudysReferenceAndTheEditorsBox() {
        Article a = parse("Sleep loss makes teens more impulsive\nBy Jane Roe\nDec 6, 2026\n\n" + STORY
                + "Original Study DOI: 10.1093/sleep/zsad000\n");
        assertThat(allText(a)).contains("journal Sleep").doesNotContain("DOI");
        Article b = parse("Sodium-ion battery plant starts production\nBy Jane Roe\nDec 07, 2026\n\n" + STORY
                + "ABOUT THE EDITOR\nJane Roe An active and versatile journalist and news editor.\n");
        assertThat(allText(b)).contains("journal Sleep").doesNotContain("EDITOR", "versatile");
    }

    @Test
    void shouldDropAWritersTwoRolesJoinedByAnAmpersandUnderTheName() {
        Article a = parse("Octopuses Seen Using Tools In The Wild\nDEC 6 2026, 13:42 UTC\nJane Roe\nWriter & Senior Digital Producer\n\n" + STORY);
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(allText(a)).doesNotContain("Producer");
    }
}
