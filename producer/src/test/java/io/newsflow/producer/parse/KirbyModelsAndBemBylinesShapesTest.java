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
 * Shapes met in the two-hundred-and-fifty-ninth held-out round (x1587-x1592), on other inputs: a page from Kirby's REST
 * API with KirbyText tags; a writer's name in a BEM element of the post's meta ("blog__author", Wagtail's demo); a plea
 * to get the latest news on WhatsApp and Telegram.
 */
class KirbyModelsAndBemBylinesShapesTest {

    @Test
    void shouldReadAKirbyPagesContentAndItsKirbyTextTags() {
        Article a = file("{\"code\": 200, \"status\": \"ok\", \"type\": \"model\", \"data\": {\"content\": {\"title\": \"Old bridge closes to "
                + "cars\", \"date\": \"2026-12-05 08:45\", \"author\": \"- user://a8Kq2Lpz\", \"category\": \"Roads\", \"text\": \"The old "
                + "bridge over the river closed to cars on Saturday after engineers found cracks in two of its piers.\\n\\nBuses will use "
                + "the (link: /ring-road text: ring road) until the repairs are done in the spring.\"}, \"template\": \"article\"}}",
                "page.json");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getTitleDerived()).isFalse();
        assertThat(a.getSection()).isEqualTo("Roads");
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T08:45:00Z");
        assertThat(allText(a)).contains("use the ring road until").doesNotContain("(link:", "user://");
    }

    @Test
    void shouldReadABemAuthorElementAndDropAMessagingPlea() {
        Article page = file("<html><head><title>Old bridge closes to cars</title></head><body><main><h1>Old bridge closes to cars</h1>"
                + "<div class=\"blog__meta\"><p class=\"blog__author\">Ana Ruiz</p><p class=\"blog__published\">5th December 2026</p></div>"
                + "<div class=\"blog__body\">" + HTML_BODY + "</div></main></body></html>", "post.html");
        assertThat(page.getAuthors()).containsExactly("Ana Ruiz");
        Article text = parse("Old bridge closes to cars\n\nBy Ana Ruiz\nSat, 05 Dec 2026 11:12\n\n" + BODY + "\n\nGet the latest news on "
                + "WhatsApp and Telegram. For breaking news and stories, join our channels.\n");
        assertThat(allText(text)).doesNotContain("WhatsApp");
    }
}
