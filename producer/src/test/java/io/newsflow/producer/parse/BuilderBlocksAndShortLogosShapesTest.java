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
 * Shapes met in the hundred-and-fiftieth held-out round (x937-x942), on other pages: Builder.io's content (blocks that
 * name their kind as a component's, a resolved reference for the writer, the date beside a {@code "published":
 * "published"} status); a lower-case short form of the site's name over the name ("mkini" / "Malaysiakini"); a tagline
 * naming its country; an ad network's label, a Telegram pitch, a labelled update time and a link to the editorial.
 */
class BuilderBlocksAndShortLogosShapesTest {

    @Test
    void shouldReadBuilderIoBlocksTheWritersReferenceAndTheDateBesideAPublishedStatus() {
        String[] paragraphs = BODY.split("\n\n");
        Article a = file("{\"results\":[{\"name\":\"" + HEADLINE + "\",\"published\":\"published\",\"firstPublished\":1796454000000,"
                + "\"data\":{\"title\":\"" + HEADLINE + "\",\"author\":{\"@type\":\"@builder.io/core:Reference\",\"model\":\"author\","
                + "\"id\":\"f00d\",\"value\":{\"name\":\"Priya Nair\",\"data\":{\"role\":\"Reporter\"}}},\"blocks\":["
                + "{\"@type\":\"@builder.io/sdk:Element\",\"component\":{\"name\":\"Text\",\"options\":{\"text\":\"<p>" + paragraphs[0] + "</p>\"}}},"
                + "{\"@type\":\"@builder.io/sdk:Element\",\"component\":{\"name\":\"Image\",\"options\":{\"image\":\"https://x.example/a\"}}},"
                + "{\"@type\":\"@builder.io/sdk:Element\",\"component\":{\"name\":\"Text\",\"options\":{\"text\":\"<p>" + paragraphs[1] + "</p>\"}}},"
                + "{\"@type\":\"@builder.io/sdk:Element\",\"component\":{\"name\":\"Button\",\"options\":{\"text\":\"See opening hours\"}}}]}}]}",
                "content.json");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(allText(a)).contains(paragraphs[0], "cyclists welcomed it").doesNotContain("See opening hours");
        assertThat(a.getAuthors()).containsExactly("Priya Nair");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T07:00:00Z"));
    }

    @Test
    void shouldReadTheFullNameWhenALowerCaseShortFormOfItHeadsTheMenu() {
        Article a = parse("mkini\nMalaysiakini\nSubscribe\nLog in\nNews\nColumns\nLetters\nBusiness\nSport\n\nBusiness\n\n" + HEADLINE
                + "\n\nLee Kah Weng\nDec 5, 2026 11:30 AM\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Malaysiakini");
        assertThat(a.getAuthors()).containsExactly("Lee Kah Weng");
    }

    @Test
    void shouldReadTheMastheadOverATaglineThatNamesItsCountry() {
        Article a = parse("Mmegi\nThe leading independent news source in Botswana\nHome | News | Business | Sport | Opinion\n\nBusiness\n\n"
                + HEADLINE + "\n\nBONIFACE KEAKABETSE\nFriday, 05 December 2026\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Mmegi");
        assertThat(allText(a)).doesNotContain("news source");
    }

    @Test
    void shouldDropAnAdNetworksLabelATelegramPitchALabelledUpdateTimeAndTheEditorialsLink() {
        Article a = parse(HEADLINE + "\n\nLee Kah Weng\nPublished: Dec 5, 2026 11:30 AM\n⋅Updated: 12:02 PM\n\n" + BODY
                + "\n\nAds by Kiini\nStay updated, subscribe to Malaysiakini's Telegram channel\n\nEditor's Comment\nTime to diversify beyond diamonds");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Updated", "Kiini", "Telegram", "Editor's Comment", "diversify");
    }
}
