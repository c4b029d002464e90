package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-forty-eighth held-out round (x2121-x2126), national-security blogs and think
 * tanks: "WAR ON THE ROCKS" (its "WAR" kept in capitals as an acronym before), "Filed Under" without its colon over the
 * categories, "About the Authors" and the box under it, a role and the paper after a comma under the byline, a think
 * tank's disclaimer and call for pitches, a pointer to more of its insights.
 */
class SecurityAnalysisPressShapesTest {
    private static final String STORY = "The Pentagon has now carried out more than twenty strikes on boats in the Caribbean.\n\n"
            + "Congress has not authorized the strikes.\n\n";

    @Test
    void shouldWriteAShoutedNamesShortWordsInNaturalCase() {
        Article a = parse("WAR ON THE ROCKS\nArticles  Podcasts  Members  Events  About  Support\nCommentary\n"
                + "Why the Navy can't build ships fast enough\nJane Roe\nDecember 6, 2026\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("War on the Rocks");
    }

    @Test
    void shouldDropCategoriesAnAuthorsBoxAndARoleUnderTheByline() {
        Article a = parse("The legal case against strikes on drug boats\nBY Jane Roe\nStaff Writer, Defense One\nDecember 6, 2026\n\n" + STORY
                + "Filed Under\nArmed Conflict, Use of Force, War Powers\nAbout the Authors\nJane Roe\nCo-Editor-in-Chief\n");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(allText(a)).contains("Congress").doesNotContain("Staff Writer", "Filed Under", "Use of Force", "About the", "Co-Editor");
    }

    @Test
    void shouldDropAThinkTanksDisclaimerAndCallForPitches() {
        Article a = parse("Ukraine's drone wall is changing the front\nJane Roe\n6 December 2026\n\n" + STORY
                + "The views expressed in this Commentary are the author's, and do not represent those of RUSI or any other institution.\n"
                + "Have an idea for a Commentary you'd like to write for us? Send a short pitch to commentaries@example.org\n"
                + "Read more expert-driven national security insights, perspective and analysis in The Cipher Brief\n");
        assertThat(allText(a)).contains("Congress").doesNotContain("views expressed", "pitch", "insights");
    }
}
