package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-fifty-third held-out round (x955-x960), on other pages: a summary's label ("In
 * Summary") over its points, read as no writer; the news root under the byline ("by MARTIN MWITA" / "News"), read as no
 * outlet and no text; a plea under its label closing the page ("Support Our Journalism" / "India needs ..."); an
 * Italian tag list ("Tag" / "Stellantis" / "Lavoro").
 */
class SummaryLabelsAndPleasShapesTest {

    @Test
    void shouldReadNoWriterInASummaryLabelAndNoOutletInTheNewsRootUnderTheByline() {
        Article a = parse("The Star\nKenya\nHome\nNews\nCounties\nBusiness\nSports\n\nNews\n\n" + HEADLINE
                + "\n\nMotorists will pay more\n\nIn Summary\n• The road carries about 60,000 vehicles a day.\n\n"
                + "by MARTIN MWITA\nNews\n05 December 2026 - 09:40\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Martin Mwita");
        assertThat(a.getSource()).isEqualTo("The Star");
        assertThat(allText(a)).doesNotContain("In Summary");
        assertThat(a.getBody()).noneMatch(b -> b.getText().equals("News"));
    }

    @Test
    void shouldDropAPleaUnderItsSupportLabelWhenItClosesThePage() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nSupport Our Journalism\n\nIndia needs fair, non-hyphenated and questioning "
                + "journalism, packed with on-ground reporting. ThePrint is doing just that.");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("India needs");
    }

    @Test
    void shouldDropAnItalianTagListUnderItsLabel() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nCommenta\nTag\nStellantis\nLavoro");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Tag", "Lavoro");
    }
}
