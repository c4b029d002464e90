package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-forty-ninth held-out round (x2127-x2132), food and drink papers: a city's
 * edition under the menu ("Eater NY", read as a kicker before and its label lost), "Home  |  News" (its "Home" read as
 * the section), a paid tier's box, a newsletter's box, the writer's bio naming the site with its apostrophe.
 */
class FoodAndDrinkPressShapesTest {
    private static final String STORY = "Katz's Delicatessen will close for six weeks starting in January.\n\n"
            + "Katz's has been on Houston Street since 1917.\n\n";

    @Test
    void shouldReadACitysEditionUnderTheMenuAndTheLabelUnderIt() {
        Article a = parse("Eater\nCities  Guides  News  Video  Newsletters\nEater NY\nRestaurant Closings\n"
                + "Katz's Delicatessen will close for renovations\nby Jane Roe\nDec 6, 2026, 10:30am EST\n\n" + STORY
                + "Sign up for the newsletter Eater NY\nThe freshest news from the local food world\nEmail (required)\n");
        assertThat(a.getSource()).isEqualTo("Eater NY");
        assertThat(a.getSection()).isEqualTo("Restaurant Closings");
        assertThat(allText(a)).contains("1917").doesNotContain("freshest", "required");
    }

    @Test
    void shouldReadHomeAndOneCrumbPartedByABarAsATrail() {
        Article a = parse("Just Drinks\nNews  Analysis  Comment  Data  Companies  Sectors  Newsletters\nHome  |  News\n"
                + "Diageo to sell its stake in Guinness Nigeria\nBy Jane Roe\n6 December 2026\n\n" + STORY);
        assertThat(a.getSection()).isEqualTo("News");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldDropAPaidTiersBoxANewslettersBoxAndTheWritersBio() {
        Article a = parse("Decanter\nWine News  Wine Reviews  Learn  Travel  Premium  Subscribe\n"
                + "Bordeaux harvest yields lowest crop in 35 years\nJane Roe\nDecember 6, 2026\n\n" + STORY
                + "We'll bring the news to you.\nJane Roe is Civil Eats' senior reporter, covering food policy and farming.\n"
                + "Decanter Premium\nUnlock exclusive articles, tasting notes and more\n");
        assertThat(allText(a)).contains("1917").doesNotContain("bring the news", "senior reporter", "Premium", "Unlock");
    }
}
