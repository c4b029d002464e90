package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-thirtieth held-out round (x2013-x2018), shipping and maritime trade papers: a view
 * counter under the byline, a newsletter's pitch and a plug closing the text, a stamp that ends "by The <site>", a file
 * picture's credit, a byline of name, role and date ("Marcus Hand, Editor | Dec 05, 2026").
 */
class MaritimePressShapesTest {
    private static final String STORY = "The Port of Rotterdam will open its first hydrogen bunkering station next year.\n\n"
            + "The station will be able to fuel up to ten barges a day.\n\n";

    @Test
    void shouldDropAViewCounterAndTheSitesPitchesClosingTheText() {
        Article a = parse("Maersk returns ships to the Red Sea\nJane Roe\nTotal Views: 4212\nDecember 5, 2026\n\n" + STORY
                + "Subscribe to Harbor Daily and stay informed with the latest global maritime news\nUnlock Exclusive Insights Today!\n");
        assertThat(a.getLead()).startsWith("The Port of Rotterdam");
        assertThat(allText(a)).doesNotContain("Total Views", "Subscribe to", "Unlock");
    }

    @Test
    void shouldReadAStampEndingByTheSitesNameAsTheDateAndNoWriter() {
        Article a = parse("The Harbor Executive\nLogistics  Shipping  Ports  Government  Environment  Offshore\n"
                + "Published Dec 5, 2026 3:18 PM by The Harbor Executive\nPort of Rotterdam to Open a Hydrogen Bunkering Station\n"
                + "File image courtesy of Port of Rotterdam\n\n" + STORY);
        assertThat(a.getTitle()).isEqualTo("Port of Rotterdam to Open a Hydrogen Bunkering Station");
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T15:18:00Z");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(allText(a)).doesNotContain("courtesy");
    }

    @Test
    void shouldReadABylineOfNameRoleAndDate() {
        Article a = parse("Felixstowe volumes rise 8%\nPort handled 3.9m TEU in ten months.\nJane Roe, Editor | Dec 05, 2026\n\n" + STORY);
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T00:00:00Z");
    }
}
