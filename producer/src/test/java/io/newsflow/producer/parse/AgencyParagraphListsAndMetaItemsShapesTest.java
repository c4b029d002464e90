package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-fifty-seventh held-out round (x1575-x1580), on other inputs: an AFP API document,
 * its paragraphs a list of strings; the date in an item of the meta line under the headline and a footer's copyright
 * with a tagline after the name (Bricks'); Belarusian "Чытайце таксама".
 */
class AgencyParagraphListsAndMetaItemsShapesTest {

    @Test
    void shouldReadAnAgencyDocumentsListedParagraphsAndCreditLine() {
        Article a = file("{\"response\": {\"docs\": [{\"uno\": \"doc-1\", \"headline\": \"Old bridge closes to cars\", \"published\": "
                + "\"2026-12-05T10:12:00Z\", \"creditLine\": \"AFP\", \"news\": [\"The old bridge over the river closed to cars on Saturday "
                + "after engineers found cracks in two of its piers.\", \"Buses will use the ring road until the repairs are done in the "
                + "spring, the council said.\"]}]}}", "afp.json");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getSource()).isEqualTo("AFP");
        assertThat(allText(a)).contains("engineers found cracks", "ring road");
    }

    @Test
    void shouldReadTheDateInAMetaItemAndTheHolderBeforeATaglineInTheFooter() {
        Article a = file("<html><head><title>Old bridge closes to cars</title></head><body><main><div class=\"container\"><div>Home</div>"
                + "<h1>Old bridge closes to cars</h1><div class=\"post-meta\"><span class=\"item\">By Ana Ruiz</span><span>&middot;</span>"
                + "<span class=\"item\">December 5, 2026</span></div><div>picture</div><div class=\"content\">" + HTML_BODY + "</div>"
                + "<div>share</div></div></main><footer><div>&copy; 2026 Valley Voice. Independent news for the valley.</div></footer>"
                + "</body></html>", "post.html");
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T00:00:00Z");
        assertThat(a.getSource()).isEqualTo("Valley Voice");
    }

    @Test
    void shouldDropABelarusianReadAlsoList() {
        Article a = parse("Old bridge closes to cars\n\n5 снежня 2026, 11:20\n\n" + BODY + "\n\nЧытайце таксама:\nМінскае метро падаўжае лінію\n");
        assertThat(allText(a)).doesNotContain("Чытайце", "Мінскае");
    }
}
