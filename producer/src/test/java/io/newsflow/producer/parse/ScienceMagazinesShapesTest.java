package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-fortieth held-out round (x2073-x2078), science magazines: "Source: <journal>"
 * over the byline (read as the outlet before), "Authored by" alone over the name, a republication note with
 * "originally", the magazines' pleas and widgets.
 */
class ScienceMagazinesShapesTest {
    private static final String STORY = "Glaciers in the Southern Andes are losing ice twice as fast as they did a decade ago.\n\n"
            + "The losses were greatest in the Northern Patagonian Icefield.\n\n";

    @Test
    void shouldNotTakeTheJournalOfTheResearchForTheOutlet() {
        Article a = parse("Eos\nScience News by AGU\nTopics  Features  Research Spotlights  Opinions  Newsletters\n\n"
                + "Glacier melt is speeding up in the Southern Andes\nSource: Geophysical Research Letters\nBy Jane Roe\n6 December 2026\n\n"
                + STORY);
        assertThat(a.getSource()).isEqualTo("Eos");
        assertThat(allText(a)).contains("Icefield").doesNotContain("Geophysical");
        assertThat(parse("A headline over the story\nBy Jane Roe\n\n" + STORY + "Source: The Wall Street Journal\n").getSource())
                .isEqualTo("The Wall Street Journal");
    }

    @Test
    void shouldReadAWriterUnderAuthoredByAlone() {
        Article a = parse("The sea otters that saved a kelp forest\nArticle body copy\nAuthored by\nJane Roe\nDecember 6, 2026\n\n" + STORY
                + "Cite this Article:\nJane Roe \"The Sea Otters,\" Hakai Magazine, Dec 6, 2026.\n");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(allText(a)).contains("Icefield").doesNotContain("body copy", "Cite this", "Hakai");
    }

    @Test
    void shouldDropAMagazinesRepublicationNoteAndPleas() {
        Article a = parse("Why some people never get sick\nBy Jane Roe\nDecember 6, 2026\n\n" + STORY
                + "Support sound science and smart stories\nHelp us make scientific knowledge accessible to all\nDonate today\nRepublish\n"
                + "This article originally appeared in Knowable Magazine, an independent journalistic endeavor from Annual Reviews.\n"
                + "Undark is a non-profit, editorially independent magazine covering science and society.\nCopied!\n");
        assertThat(allText(a)).contains("Icefield").doesNotContain("sound science", "accessible", "Donate", "Republish", "originally",
                "non-profit", "Copied");
    }
}
