package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-thirty-ninth held-out round (x1467-x1472), on other inputs: a Medium story's own JSON
 * answer behind its guard ("])}while(1);</x>"), in a file without an extension too; a French stamp that ends with the
 * newsroom's credit ("par Rédaction LNT"); French closing lines (a follow prompt, a blanket disclaimer, a view counter).
 */
class MediumAnswersAndFrenchDesksShapesTest {
    private static final String MEDIUM = "])}while(1);</x>{\"success\": true, \"payload\": {\"value\": {\"title\": \"Old bridge closes to cars\","
            + " \"creatorId\": \"u1\", \"homeCollectionId\": \"c1\", \"firstPublishedAt\": 1796484600000, \"content\": {\"subtitle\":"
            + " \"A split town.\", \"bodyModel\": {\"paragraphs\": [{\"type\": 3, \"text\": \"Old bridge closes to cars\"}, {\"type\": 13, \"text\":"
            + " \"A split town.\"}, {\"type\": 4, \"text\": \"The bridge at dusk. Photo by the author.\"}, {\"type\": 1, \"text\":"
            + " \"The council voted on Tuesday to close the old bridge to cars, a decision that split the town.\"}, {\"type\": 1, \"text\":"
            + " \"Traders said the closure would cost them customers, while cyclists welcomed it.\"}]}}, \"virtuals\": {\"tags\": [{\"name\":"
            + " \"Transport\"}]}}, \"references\": {\"User\": {\"u1\": {\"name\": \"Ana Ruiz\"}}, \"Collection\": {\"c1\": {\"name\":"
            + " \"The Valley Ride\"}}}}}";

    @Test
    void shouldReadAMediumStorysAnswerBehindItsGuard() {
        Article a = file(MEDIUM, "story.json");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getSource()).isEqualTo("The Valley Ride");
        assertThat(a.getSection()).isEqualTo("Transport");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T15:30:00Z"));
        assertThat(allText(a)).contains("split the town").doesNotContain("Photo by the author");
    }

    @Test
    void shouldKnowAGuardedAnswerAsJsonWithoutAnExtension() {
        assertThat(file(MEDIUM, "story").getAuthors()).containsExactly("Ana Ruiz");
        assertThat(file(")]}'\n{\"title\": \"Old bridge closes to cars\", \"body\": \"" + BODY.replace("\n", "\\n") + "\"}", "answer")
                .getTitle()).isEqualTo("Old bridge closes to cars");
    }

    @Test
    void shouldReadAFrenchStampEndingWithTheNewsroomsCreditAndDropFrenchClosingLines() {
        Article a = parse("La Gazette du Val\n\nLe vieux pont fermé aux voitures\n\nPublié le 5 décembre 2026 à 11h20 par Rédaction LGV\n\n" + BODY
                + "\n\nSuivez La Gazette du Val sur WhatsApp\n\nLes articles publiés sur La Gazette du Val n'engagent que leurs auteurs."
                + "\n\nCet article a été lu 1 284 fois");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T11:20:00Z"));
        assertThat(allText(a)).doesNotContain("WhatsApp").doesNotContain("engagent").doesNotContain("1 284");
    }
}
