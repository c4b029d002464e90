package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-fifty-fourth held-out round (x1557-x1562), on other inputs: a Discord channel's
 * message, its first line in bold the headline; elDiario.es's plea to become a member; Basque "Gaiak:" as a tag
 * list's label; Catalan "Et pot interessar".
 */
class ChannelMessagesAndIberianClosingsShapesTest {

    @Test
    void shouldReadADiscordMessageWithItsBoldFirstLineAsTheHeadline() {
        Article a = file("{\"id\": \"1316\", \"channel_id\": \"1204\", \"timestamp\": \"2026-12-05T17:42:08.114000+00:00\", \"content\": "
                + "\"**Old bridge closes to cars**\\n\\nThe old bridge over the river closed to cars on Saturday after engineers found "
                + "cracks in two of its piers.\\n\\nBuses will use the ring road until the repairs are done in the spring, the council "
                + "said.\", \"author\": {\"username\": \"valley.post\", \"global_name\": \"Valley Post\", \"bot\": true}}", "message.json");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getTitleDerived()).isFalse();
        assertThat(a.getSource()).isEqualTo("Valley Post");
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T17:42:08.114Z");
    }

    @Test
    void shouldDropAMembershipPleaNamingThePaperATagLabelInBasqueAndACatalanRelatedList() {
        Article a = parse("Old bridge closes to cars\n\nPor Ana Ruiz\n5 de diciembre de 2026\n\n" + BODY + "\n\nEste periódico lo hacen sus "
                + "socios y socias. Hazte socio, hazte socia de La Voz.\n\nGaiak: Donostia, Metroa\n\nEt pot interessar\nRenfe compra "
                + "20 trens nous per a Rodalies\n");
        assertThat(allText(a)).doesNotContain("Hazte", "Gaiak", "Et pot", "Renfe");
    }
}
