package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-forty-seventh held-out round (x1515-x1520), on other inputs: a Mastodon status as
 * the server's API gives it, from an outlet's account and from a writer's; a share plugin's "Please follow and like
 * us:", a Spanish plea to join the site's WhatsApp channel and a Spanish listen button.
 */
class StatusPostsAndChannelPleasShapesTest {

    private static Article status(String displayName) {
        return file("{\"id\": \"1136\", \"created_at\": \"2026-12-05T16:20:11.000Z\", \"visibility\": \"public\", \"content\": "
                + "\"<p><strong>Old bridge closes to cars</strong></p><p>The old bridge over the river closed to cars on Saturday after"
                + " engineers found cracks in two of its piers.</p><p>Buses will use the ring road until the repairs are done in the"
                + " spring, the council said.</p>\", \"account\": {\"username\": \"valleypost\", \"acct\": \"valleypost\", "
                + "\"display_name\": \"" + displayName + "\", \"followers_count\": 4821}, \"tags\": [{\"name\": \"roads\"}]}", "status.json");
    }

    @Test
    void shouldReadAMastodonStatusWithItsBoldFirstParagraphAsTheHeadline() {
        Article a = status("Valley Post");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getTitleDerived()).isFalse();
        assertThat(a.getSource()).isEqualTo("Valley Post");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(allText(a)).contains("engineers found cracks").doesNotContain("4821");
    }

    @Test
    void shouldTakeAPersonsDisplayNameAsTheWriterAndAHandleAsNoOne() {
        assertThat(status("Ana Ruiz").getAuthors()).containsExactly("Ana Ruiz");
        Article handle = status("valleypost");
        assertThat(handle.getAuthors()).isEmpty();
        assertThat(handle.getSource()).isNull();
    }

    @Test
    void shouldDropFollowAndLikeUsJoinOurWhatsAppChannelAndAListenButton() {
        Article a = parse("Old bridge closes to cars\n\nPor Ana Ruiz\n5 de diciembre de 2026\n\nEscuchar esta nota\n\n" + BODY
                + "\n\nÚnete a nuestro canal de WhatsApp\n\nPlease follow and like us:\n");
        assertThat(allText(a)).doesNotContain("Escuchar", "Únete", "follow and like");
    }
}
