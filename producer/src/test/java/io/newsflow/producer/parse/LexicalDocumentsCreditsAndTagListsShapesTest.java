package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-thirty-ninth held-out round (x871-x876), on other pages: a Brazilian site's credit under
 * the writer's name ("Do UOL, no Rio"), a tag list on one line after "Tags / Keywords:", a report-a-mistake prompt, a
 * Romanian desk and Telegram plea, a comment section's disclaimer, and a Payload document (its body in Lexical's rich
 * text, its writers under {@code populatedAuthors}, the site's name in its title for search engines).
 */
class LexicalDocumentsCreditsAndTagListsShapesTest {

    @Test
    void shouldReadTheWriterWhenASitesCreditAndCityStandUnderTheName() {
        Article a = parse("Economia\n\n" + HEADLINE + "\n\nA short standfirst about the bridge and the town\n\nCarla Pereira\n"
                + "Da Folha, em Brasília\n05/12/2026 08h12Atualizada em 05/12/2026 09h40\n\n" + BODY + "\n\nComunicar erro");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Carla Pereira");
        assertThat(a.getSection()).isEqualTo("Economia");
        assertThat(allText(a)).doesNotContain("Da Folha", "Comunicar erro");
    }

    @Test
    void shouldDropATagListOnOneLineAndAReportAMistakePrompt() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nTags / Keywords:\nBridge , Traffic , Town Council\n\n"
                + "Found a mistake in this article?\nReport it to us.");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Tags", "Town Council", "mistake", "Report it");
    }

    @Test
    void shouldCreditNoOneWhenARomanianDeskSignsAndDropItsTelegramPlea() {
        Article a = parse(HEADLINE + "\n\n5 decembrie 2026, 12:05\nRedacția Ziarul\n\n" + BODY
                + "\n\nAbonează-te la canalul nostru de Telegram");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(allText(a)).doesNotContain("Redacția", "Abonează-te");
    }

    @Test
    void shouldDropACommentSectionsDisclaimer() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nDisclaimer\nComments expressed here do not reflect the opinions of"
                + " the Lagos Ledger or any employee thereof.");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Disclaimer", "Comments expressed");
    }

    @Test
    void shouldReadAPayloadDocumentWhenItsBodyIsLexicalRichText() {
        Article a = file("{\"docs\":[{\"id\":\"6751\",\"title\":\"" + HEADLINE + "\",\"publishedAt\":\"2026-12-05T08:00:00.000Z\","
                + "\"populatedAuthors\":[{\"id\":\"64f1\",\"name\":\"Ruth Okafor\"}],\"meta\":{\"title\":\"Bridge closes | Riverside Ledger\"},"
                + "\"content\":{\"root\":{\"type\":\"root\",\"children\":[{\"type\":\"paragraph\",\"children\":[{\"type\":\"text\","
                + "\"text\":\"The council closed the \"},{\"type\":\"text\",\"text\":\"old bridge\",\"format\":1},{\"type\":\"text\","
                + "\"text\":\".\"}]},{\"type\":\"block\",\"fields\":{\"blockType\":\"relatedPosts\",\"blockName\":\"Read next\"}},"
                + "{\"type\":\"heading\",\"tag\":\"h2\",\"children\":[{\"type\":\"text\",\"text\":\"What next\"}]},{\"type\":\"list\","
                + "\"children\":[{\"type\":\"listitem\",\"children\":[{\"type\":\"text\",\"text\":\"Buses keep their lane.\"}]}]}]}}}],"
                + "\"totalDocs\":1}", "docs.json");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Ruth Okafor");
        assertThat(a.getSource()).isEqualTo("Riverside Ledger");
        assertThat(allText(a)).contains("The council closed the old bridge.", "What next", "Buses keep their lane.")
                .doesNotContain("Read next", "relatedPosts");
    }
}
