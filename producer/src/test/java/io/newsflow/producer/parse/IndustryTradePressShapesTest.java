package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-fifty-seventh to fifty-ninth held-out rounds (x2175-x2192), human-resources,
 * telecoms, games and music trade papers: a menu whose first item is "5G" (header lost), a dated byline under the headline
 * in one block with menu and trail (headline lost), a continent's edition over the headline (read as the section), "News
 * by <name>, Head of <desk>" (the role read as the outlet), a contributor's post closing the text, prompts and walls.
 */
class IndustryTradePressShapesTest {
    private static final String STORY = "Verizon added 320,000 fixed wireless customers in the third quarter, the company said.\n\n"
            + "Cable companies have lost subscribers as a result.\n\n";

    @Test
    void shouldReadAMenuOpeningWithANumberedItemAndTheShoutedLabelUnderIt() {
        Article a = parse("Light Reading\n5G  Broadband  Cable  Optical  Open RAN  Cloud Native  Security\nBROADBAND\n"
                + "Verizon adds 320,000 fixed wireless customers in quarter\nJane Roe, International Editor\n12/6/2026\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("Light Reading");
        assertThat(a.getSection()).isEqualTo("Broadband");
        assertThat(a.getTitle()).isEqualTo("Verizon adds 320,000 fixed wireless customers in quarter");
    }

    @Test
    void shouldKeepTheHeadlineOverADatedBylineInOneBlockWithTheMenuAndTrail() {
        Article a = parse("Total Telecom\nNews | Features | Interviews | Events | Connected North | Subscribe\n"
                + "Home > News > Infrastructure\nSubsea cable consortium plans new Atlantic route\n"
                + "Monday 07 December 2026 | By Jane Roe\n\n"
                + "A group of operators has agreed to build a new subsea cable between Ireland and the US, due in 2029.\n\n"
                + "The members did not disclose the cost.\n\nAlso in the news:\nOfcom sets out mobile spectrum plans\n");
        assertThat(a.getTitle()).isEqualTo("Subsea cable consortium plans new Atlantic route");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(allText(a)).contains("the cost").doesNotContain("Also in the news", "Ofcom");
    }

    @Test
    void shouldReadAContinentsEditionOverTheHeadlineAsTheSourceAndANewsStampAsTheKind() {
        Article a = parse("Telecompaper\nNews  Research  Events  Newsletters  Login\nTelecompaper Europe\n"
                + "KPN to raise mobile prices by 4.5% in February\nMonday 7 December 2026 | 10:32 CET | News\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("Telecompaper Europe");
        assertThat(a.getSection()).isEqualTo("News");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldReadTheKindBeforeByAndADesksHeadAsTheWritersRole() {
        Article a = parse("GamesIndustry.biz\nNews  Features  Opinion  Jobs  Events  Academy\n"
                + "Ubisoft cuts 300 jobs in second round of layoffs this year\nPublisher closes studio as it reshapes portfolio\n"
                + "News by Jane Roe, Head of Games B2B\nPublished on Dec. 6, 2026\n\n" + STORY
                + "Sign in and unlock a world of features\nGet access to commenting, newsletters and more!\n");
        assertThat(a.getTitle()).isEqualTo("Ubisoft cuts 300 jobs in second round of layoffs this year");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(a.getSource()).isEqualTo("GamesIndustry.biz");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(allText(a)).doesNotContain("Sign in", "commenting");
    }

    @Test
    void shouldDropAContributorsPostAndPromptsClosingTheText() {
        Article a = parse("Why managers need more than a training course\nJane Roe\n6 December 2026\n\n" + STORY
                + "Jane Roe is HR advice and consultancy director at Peninsula.\n"
                + "Keep up with HR news and insights. Subscribe to our newsletter.\nThis article is brought to you by the CIPD\n"
                + "Was this resource helpful?\nRead more articles by Jane Roe\n"
                + "Want more news like this? Join Music Ally and get access to daily bulletins.\n");
        assertThat(a.getSource()).isNotEqualTo("Peninsula");
        assertThat(allText(a)).contains("Cable companies").doesNotContain("Peninsula", "Keep up", "CIPD", "resource", "Read more", "Want more");
    }
}
