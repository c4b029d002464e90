package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-thirty-seventh held-out round (x2055-x2060), fact-checkers: the owner's name
 * between the site's and a menu of "Elections" and "Donate" (read as the headline before), a label over the trail (the
 * trail names the section), a funder's note on "editorial decisions" (no opinion), a summary's label ("Quick Take"), the writer's closing bio, "More by
 * <name>" and the fact-checkers' pleas.
 */
class FactCheckersShapesTest {
    private static final String STORY = "A post shared widely on Facebook claims that checks will stop in January.\n\n"
            + "That is not accurate, the agency said.\n\n";

    @Test
    void shouldReadTheHeadlineUnderAnOwnersNameAndAMenuOfElectionsAndDonate() {
        Article a = parse("PolitiFact\nThe Poynter Institute\nLatest Fact-checks  Promises  Personalities  Truth-O-Meter  Elections"
                + "  About Us  Donate\nEconomy\nViral post wrongly claims checks will stop\nBy Jane Roe\nDecember 6, 2026\n\n" + STORY
                + "More by Jane Roe\nSign me up for the PolitiFact newsletter\n");
        assertThat(a.getTitle()).isEqualTo("Viral post wrongly claims checks will stop");
        assertThat(a.getSource()).isEqualTo("PolitiFact");
        assertThat(a.getSection()).isEqualTo("Economy");
        assertThat(allText(a)).contains("not accurate").doesNotContain("More by", "Sign me up", "Poynter");
    }

    @Test
    void shouldLeaveTheSectionToTheTrailUnderALabel() {
        Article a = parse("Snopes\nFact Checks  News  Archives  Collections  Search\nFact Check\nFact Checks › Technology\n"
                + "Did Apple announce the end of Lightning?\nDec. 6, 2026\nJane Roe\n\n" + STORY);
        assertThat(a.getSection()).isEqualTo("Fact Checks");
    }

    @Test
    void shouldNotReadAFundersNoteOnEditorialDecisionsAsOpinion() {
        Article a = parse("Measles claims misrepresent vaccine data\nBy Jane Roe\nPosted on December 6, 2026\n\nQuick Take\n" + STORY
                + "Editor's note: These articles are made possible by a grant from a foundation. The foundation has no control over"
                + " our editorial decisions.\n");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.UNKNOWN);
        assertThat(a.getLead()).startsWith("A post shared"); // (not the summary's label, "Quick Take")
    }

    @Test
    void shouldDropTheWritersClosingBioAndTheFactCheckersPleas() {
        Article a = parse("Video of collapsing bridge is from China\nBy Jane Roe\n6 December 2026\n\n" + STORY
                + "Jane Roe is a fact-checker for Snopes based in Chicago.\nRepublish our content for free\n"
                + "Help us fight misinformation. Send us a claim to check.\nFull Fact fights bad information\nDonate now\n");
        assertThat(allText(a)).contains("not accurate").doesNotContain("fact-checker for", "Republish", "misinformation", "bad information",
                "Donate");
    }
}
