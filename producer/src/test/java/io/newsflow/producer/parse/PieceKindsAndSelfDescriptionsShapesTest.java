package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-ninety-second held-out round (x1785-x1790), on other inputs: the kind of piece as
 * the section over the headline, one of the menu's items ("Analysis", "Comment"); the outlet describing itself under the
 * story ("Newsroom is an independent, New Zealand-owned news site.", "Slate is published by ..."), a name no other line
 * gives as a site's; "Topics in this article:".
 */
class PieceKindsAndSelfDescriptionsShapesTest {

    private static final String TEXT = "The council voted on Tuesday to close the old bridge to cars from the spring.\n\n"
            + "Shopkeepers fear they will lose customers while the bridge is shut.\n";

    @Test
    void shouldReadTheKindOfPieceFromASectionTheMenuNames() {
        Article analysis = parse("The Tyee\n\nNews | Analysis | Opinion | Culture | Environment | Politics\n\nAnalysis\n\n"
                + "The old bridge is closing, but not where the city expected\n\nAndrew MacLeod\nDecember 5, 2026\n\n" + TEXT);
        assertThat(analysis.getSection()).isEqualTo("Analysis");
        assertThat(analysis.getArticleType()).isEqualTo(ArticleType.ANALYSIS);
        Article comment = parse("New Statesman\n\nPolitics | World | Business | Culture | Comment | Podcasts\n\nComment\n\n"
                + "The old bridge closure shows a council that has stopped pretending\n\nBy Andrew Marr\n6 December 2026\n\n" + TEXT
                + "\nTopics in this article: Bridges, Council\n");
        assertThat(comment.getArticleType()).isEqualTo(ArticleType.OPINION);
        assertThat(allText(comment)).doesNotContain("Topics in this article");
    }

    @Test
    void shouldReadTheOutletFromItsDescriptionOfItselfUnderTheStory() {
        Article a = parse("Newsroom\nSign in\n\nPolitics | Business | Environment | Health | Sport\n\nPolitics\n\nOld bridge to close to cars\n\n"
                + "Marc Daalder\n6 December 2026\n\n" + TEXT + "\nNewsroom is an independent, New Zealand-owned news site.\n");
        assertThat(a.getSource()).isEqualTo("Newsroom");
        assertThat(allText(a)).contains("lose customers").doesNotContain("New Zealand-owned");
        Article published = parse("Old bridge to close to cars\n\nBy Mark Joseph Stern\nDec 05, 2026 5:45 PM\n\n" + TEXT
                + "\nSlate is published by The Slate Group, a Graham Holdings Company.\n");
        assertThat(published.getSource()).isEqualTo("Slate");
    }

    @Test
    void shouldKeepASentenceOfTheStoryThatSaysWhoPublishesSomething() {
        Article a = parse("Old bridge to close to cars\n\nBy Mark Joseph Stern\nDec 05, 2026\n\n" + TEXT
                + "\nThe council's report is published by the county archive, which also holds the bridge's plans from 1901.\n");
        assertThat(allText(a)).contains("county archive");
    }
}
