package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-thirty-first held-out round (x823-x828), on other pages: a byline and its date parted by
 * a comma, with the date's article ("le 05 décembre") or its month first ("December 5, 2026"), and the outlet's initials
 * before it; "Pour mémoire" over another story; a French paywall's remainder; a Substack post from the platform's API,
 * its writers under "publishedBylines" and its newsletter named only in its box ("Thanks for reading Rail Notes!").
 */
class DatedBylinesAndNewsletterBoxesShapesTest {

    @Test
    void shouldReadTheWriterAndDateWhenTheOutletsInitialsOpenTheLineAndACommaPartsThem() {
        Article a = parse(HEADLINE + "\n\nOLJ / Par Soulayma MARDAM BEY, le 05 décembre 2026 à 10h00\n\n" + BODY
                + "\n\nPour mémoire\nRail : le rêve d'une liaison régionale");
        assertThat(a.getAuthors()).containsExactly("Soulayma Mardam Bey");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T10:00:00Z"));
        assertThat(allText(a)).doesNotContain("OLJ", "Pour mémoire", "le rêve");
    }

    @Test
    void shouldReadTheWriterAndDateWhenAMonthFirstDateFollowsTheNameAfterAComma() {
        Article a = parse(HEADLINE + "\n\nBy Jane Doe, December 5, 2026\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Jane Doe");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T00:00:00Z"));
    }

    @Test
    void shouldDropAFrenchPaywallsRemainderWhenItCountsTheArticleLeftToRead() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nCet article est réservé aux abonnés\nIl vous reste 70% de l'article à lire.");
        assertThat(allText(a)).doesNotContain("Il vous reste");
    }

    @Test
    void shouldReadASubstackPostsWriterDateAndNewsletterWhenItComesFromThePlatformsApi() {
        Article a = file("{\"title\":\"" + HEADLINE + "\",\"post_date\":\"2026-12-05T07:00:12.345Z\",\"body_html\":\"<p>"
                + BODY.replace("\n\n", "</p><p>") + "</p><p>Thanks for reading Rail Notes! Subscribe for free to receive new posts.</p>\","
                + "\"publishedBylines\":[{\"id\":99,\"name\":\"Maya Lindqvist\",\"handle\":\"mayalindqvist\"}]}", "post.json");
        assertThat(a.getAuthors()).containsExactly("Maya Lindqvist");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T07:00:12.345Z"));
        assertThat(a.getSource()).isEqualTo("Rail Notes");
        assertThat(allText(a)).doesNotContain("Thanks for reading");
    }
}
