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
 * Shapes met in the two-hundred-and-seventy-second held-out round (x1665-x1670), on other inputs: a newsletter
 * platform's post (beehiiv's "content_tags", "Enjoyed this? Forward it to a friend."); a wallet's address as a post's
 * author (Paragraph's); "Síganos en nuestro canal de WhatsApp" and "Comparte esta noticia".
 */
class NewsletterApisAndSpanishPromptsShapesTest {

    @Test
    void shouldReadAPostsContentTagAndDropItsForwardingPlea() {
        Article a = file("{\"title\": \"Old bridge closes to cars\", \"content_tags\": [\"Roads\"], \"body\": \"" + HTML_BODY.replace("\"", "\\\"")
                + "<p>Enjoyed this? Forward it to a friend.</p>\"}", "post.json");
        assertThat(a.getSection()).isEqualTo("Roads");
        assertThat(allText(a)).doesNotContain("Forward it");
    }

    @Test
    void shouldReadNoWriterWhenTheAuthorIsAWalletsAddress() {
        Article a = file("{\"title\": \"Old bridge closes to cars\", \"authors\": [\"0x3fA9c1b2D4e5F6a7B8c9D0e1F2a3B4c5D6e7F8a9\"], \"body\": \""
                + HTML_BODY.replace("\"", "\\\"") + "\"}", "post.json");
        assertThat(a.getAuthors()).isEmpty();
    }

    @Test
    void shouldDropSpanishPleasToFollowAndToShare() {
        Article a = parse("El viejo puente cierra al tráfico\n\n" + BODY + "\n\nSíganos en nuestro canal de WhatsApp\n\nComparte esta noticia\n");
        assertThat(allText(a)).doesNotContain("Síganos", "Comparte");
    }
}
