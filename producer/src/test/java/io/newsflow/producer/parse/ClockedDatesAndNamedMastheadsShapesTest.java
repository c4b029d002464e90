package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the forty-first held-out round (x283-x288), each on other names: a slashed date beside
 * a 24-hour clock, a name and its date as a byline, a two-word site over one section label, and a
 * paywall's banner, a follow prompt, a trust link and a topic's "more" label.
 */
class ClockedDatesAndNamedMastheadsShapesTest {

    @Test
    void shouldReadTheDayFirstWhenASlashedDateStandsBesideA24HourClock() {
        assertThat(parse(HEADLINE + "\n\n03/11/2025 09:40\n\n" + BODY).getPublishedAt()).isEqualTo(Instant.parse("2025-11-03T09:40:00Z"));
        // with "PM" it is a US page, the month first
        assertThat(parse(HEADLINE + "\n\n03/11/2025 9:40 PM\n\n" + BODY).getPublishedAt()).isEqualTo(Instant.parse("2025-03-11T21:40:00Z"));
    }

    @Test
    void shouldReadTheWriterAndTheDateWhenANameAndItsDateShareALine() {
        Article a = parse(HEADLINE + "\n\nMehmet Yilmaz   |28.11.2025 - Update : 28.11.2025\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Mehmet Yilmaz");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-11-28T00:00:00Z"));
        assertThat(allText(a)).doesNotContain("Update");
    }

    @Test
    void shouldReadTheSiteWhenATwoWordNameStandsOverOneListedSection() {
        Article a = parse("Harbour Ajansı\nEconomy\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Harbour Ajansı");
        assertThat(a.getSection()).isEqualTo("Economy");
    }

    @Test
    void shouldDropBannersPromptsAndLabelsWhenThePageCarriesThem() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nVous lisez un article du Courrier\n\nNoticias según tus intereses\n\n"
                + "Why you can trust Harbour Post\n\nDiscover more stories on Shipping\n\nThe review took two years.");
        assertThat(allText(a)).doesNotContain("Vous lisez").doesNotContain("Noticias").doesNotContain("trust")
                .doesNotContain("Discover").contains("The review took two years.");
    }
}
