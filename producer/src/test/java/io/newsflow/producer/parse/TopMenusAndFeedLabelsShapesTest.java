package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;

/**
 * Shapes met in the forty-second held-out round (x289-x294), each on other names: a page scraped
 * without blank lines that opens with the site's menu, one item a line, parted from the story's trail
 * only by a sign-in or menu button; a feed's title closed by its section and its main feed's label;
 * a newsletter's plea, a "was it useful" prompt and a Nordic newsroom's call for tips.
 */
class TopMenusAndFeedLabelsShapesTest {

    @Test
    void shouldReadTheSiteAndTheTrailWhenAMenuOneItemALineStandsOverASignInButton() {
        Article a = parse("Harbour Post\nPorts\nSport\nCulture\nWeather\nSign in\nPorts\nShipping\n" + HEADLINE
                + "\nBy Dana Ortiz\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Harbour Post");
        assertThat(a.getSection()).isEqualTo("Ports");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Dana Ortiz");
        assertThat(allText(a)).doesNotContain("Sign in").doesNotContain("Culture");
    }

    @Test
    void shouldReadNewsAndTheNextCrumbWhenTheTrailUnderTheMenuOpensWithANewsRoot() {
        Article a = parse("Kystavisen\nNyheter\nSport\nKultur\nDebatt\nMeny\nNyheter\nØkonomi\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Kystavisen");
        assertThat(a.getSection()).isEqualTo("Økonomi");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldKeepTheTrailWhenTooFewItemsStandOverTheButton() {
        // two crumbs and a share button are no site's menu: the first crumb stays the section
        Article a = parse("Business\nMarkets\nShare\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSection()).isEqualTo("Business");
    }

    @Test
    void shouldDropTheSectionAndTheFeedsLabelWhenTheyCloseTheFeedsTitle() {
        assertThat(FeedTitles.outlet("Harbour Gazette - Ferries - Top Stories", List.of("Ferries"), List.of()))
                .isEqualTo("Harbour Gazette");
        assertThat(FeedTitles.outlet("Le Quotidien du Port - À la une", List.of(), List.of())).isEqualTo("Le Quotidien du Port");
        assertThat(FeedTitles.outlet("Harbour Gazette - Ferries - Weekend Edition", List.of("Ferries"), List.of()))
                .isEqualTo("Harbour Gazette - Ferries - Weekend Edition");
    }

    @Test
    void shouldDropThePleasWhenANewsletterOrTheNewsroomAsksTheReader() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nGet our best stories in your inbox every morning.\n\n"
                + "Did you find this article useful?\n\nHej! Vi vill gärna höra från dig. Tipsa oss om nyheter.");
        assertThat(allText(a)).doesNotContain("inbox").doesNotContain("useful").doesNotContain("Tipsa");
    }
}
