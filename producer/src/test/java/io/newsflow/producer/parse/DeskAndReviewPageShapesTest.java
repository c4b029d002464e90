package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes the nineteenth and twentieth held-out sets (x153-x164) met: a review's label over a star rating, a
 * country's desk as the label ("India News"), a reporter's city after the byline's comma, related
 * headlines that ask, a share label in Portuguese, a review's republication notice; a reading time glued
 * to the date, a video closing the story, a site's name over a topic label, an opinion label naming its column.
 * Later sets' shapes of writers, outlets and dates: {@link WritersOutletsAndStampsShapesTest}.
 */
class DeskAndReviewPageShapesTest {
    static final String HEADLINE = "Council confirms cuts to six rural bus routes from April";
    static final String BODY = "Six subsidised bus routes will stop running on April 6 after the council approved savings.\n\n"
            + "Residents said the decision would leave villages without any service to the hospital.";

    @Test
    void shouldReadTheSectionNotTheOutletWhenAReviewLabelStandsOverAStarRating() {
        Article a = parse("REVIEW\n★★★★☆\n\n" + HEADLINE + "\n\nBy Claire Dunmore\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("Review");
        assertThat(a.getSource()).isNull();
        assertThat(allText(a)).doesNotContain("★");
    }

    @Test
    void shouldReadACountrysDeskAsTheSectionWhileAnOutletWithNewsStaysTheSource() {
        Article desk = parse("India News\nFollow Us\n\n" + HEADLINE + "\n\nWritten by Priya Nair\n\n" + BODY);
        assertThat(desk.getSection()).isEqualTo("India News");
        assertThat(desk.getSource()).isNull();
        Article business = parse("Business News\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(business.getSection()).isEqualTo("Business News");
    }

    @Test
    void shouldKeepTheAgencyWhenTheBylineEndsWithTheReportersCity() {
        Article a = parse(HEADLINE + "\n\nVon Lukas Weber, Berlin\n\n" + BODY + "\n\n© dpa-infocom, dpa:251121-930-318447/2");
        assertThat(a.getAuthors()).containsExactly("Lukas Weber");
        assertThat(a.getSource()).isEqualTo("dpa");
        // an outlet in that place is still the outlet
        assertThat(parse(HEADLINE + "\n\nVon Anna Petersen, NDR\n\n" + BODY).getSource()).isEqualTo("NDR");
    }

    @Test
    void shouldDropRelatedHeadlinesWhenTheyAsk() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nMehr zum Thema\nWie lange dauert eine Einbürgerung?\n"
                + "Union will doppelte Staatsbürgerschaft begrenzen");
        assertThat(allText(a)).doesNotContain("Wie lange", "doppelte").contains("Residents said");
    }

    @Test
    void shouldDropTheShareLabelAndItsButtonsWhenWrittenInPortuguese() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nCompartilhe: WhatsApp | Facebook | X");
        assertThat(allText(a)).doesNotContain("Compartilhe", "WhatsApp");
    }

    @Test
    void shouldTakeTheOriginalOutletWhenAReviewWasFirstPublishedElsewhere() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nThis review first appeared in The Northern Screen and is "
                + "republished with permission.");
        assertThat(a.getSource()).isEqualTo("The Northern Screen");
        assertThat(allText(a)).doesNotContain("first appeared");
    }

    @Test
    void shouldReadTheDateWhenAReadingTimeIsGluedToIt() {
        Article a = parse(HEADLINE + "\n\nBy Chinedu Eze\n\nNovember 25, 2025 3 min read\n\n" + BODY);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-11-25T00:00:00Z"));
        assertThat(allText(a)).doesNotContain("min read");
    }

    @Test
    void shouldDropAVideoItsLengthAndItsCaptionWhenAPlayerClosesTheStory() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nWatch\nDuration: 1 minute 32 seconds\n"
                + "Aerial footage shows the fire front near Katoomba.");
        assertThat(allText(a)).doesNotContain("Duration", "Aerial footage").contains("Residents said");
    }

    @Test
    void shouldTakeTheSiteNameWhenATopicLabelFollowsIt() {
        Article a = parse("ABC News\nTopic: Bushfires\n\n" + HEADLINE + "\n\nBy Jessica Kidd\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("ABC News");
        assertThat(allText(a)).doesNotContain("Topic:");
    }

    @Test
    void shouldReadNoOutletWhenAnOpinionLabelNamesItsColumn() {
        Article a = parse("Opinion | Guest Essay\n\n" + HEADLINE + "\n\nBy Rebecca Lin\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("Opinion");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.OPINION);
        assertThat(a.getSource()).isNull();
    }
}
