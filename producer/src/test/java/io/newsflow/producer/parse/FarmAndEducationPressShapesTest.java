package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-seventy-eighth and seventy-ninth held-out rounds (x2301-x2312), farm, veterinary
 * and education press: a clip's caption closing the text, a wall for registered users, a name over its tagline
 * ("America's Education News Source") and its menu (the name lost), a menu row under the name and tagline that no list
 * knows (read as text, and the section its label repeated lost), what a nonprofit says of the story, a writer's bio with
 * the role in apposition, and a plea to subscribe "for the latest".
 */
class FarmAndEducationPressShapesTest {
    private static final String STORY = "Chronic absence in American schools fell for a third straight year, a new report found.\n\n"
            + "About one in four kindergarteners missed at least 10% of the school year.\n\n";

    @Test
    void shouldDropAClipsCaptionAndAWallForRegisteredUsers() {
        Article a = parse("Rail delays slow grain movement\nBy Jane Roe | December 7, 2026\n\n" + STORY
                + "AUDIO: Mike Steenhoek, Soy Transportation Coalition\n\n"
                + "This article is for registered users only. Register for free to read more.\n");
        assertThat(allText(a)).contains("kindergarteners").doesNotContain("AUDIO", "registered users");
    }

    @Test
    void shouldReadTheNameOverItsNewsSourceTagline() {
        Article a = parse("The 74\nAmerica's Education News Source\nNews  Analysis  Opinion  Newsletter  Donate\nAnalysis\n"
                + "Chronic absence is falling\nBy Jane Roe | December 7, 2026\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("The 74");
        assertThat(allText(a)).doesNotContain("News Source");
    }

    @Test
    void shouldReadTheMenuUnderTheNameAndTaglineAndTheSectionItsLabelRepeats() {
        Article a = parse("The Example Report\nCovering Innovation & Inequality in Education\n"
                + "Higher Education  Early Education  K-12  Future of Work  Proof Points\nProof Points\n"
                + "What a new study says about tutoring\nby Jane Roe\nDecember 7, 2026\n\n" + STORY);
        assertThat(a.getSection()).isEqualTo("Proof Points");
        assertThat(allText(a)).doesNotContain("Future of Work");
    }

    @Test
    void shouldDropWhatANonprofitSaysOfTheStoryAndItsPleas() {
        Article a = parse("Chronic absence is falling\nBy Jane Roe\nDecember 7, 2026\n\n" + STORY
                + "We want our stories to be shared as widely as possible — for free.\n\n"
                + "This story about absence was produced by The Example Report, a nonprofit, independent news organization "
                + "focused on education. Sign up for our newsletters.\n\n"
                + "Subscribe to Example World for the latest news, features and analysis from the sector.\n");
        assertThat(allText(a)).contains("kindergarteners").doesNotContain("widely", "was produced by", "Subscribe");
    }

    @Test
    void shouldDropAWritersBioWithTheRoleInApposition() {
        Article a = parse("Chronic absence is falling\nBy Jane Roe\nDecember 7, 2026\n\n" + STORY
                + "Jane Roe, Senior Staff Writer, Example Week covers education finance.\n");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(allText(a)).contains("kindergarteners").doesNotContain("Senior Staff Writer");
    }
}
