package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-fourteenth held-out round (x1317-x1322), on other inputs: a mailing tool's campaign
 * (listmonk's); an author card with a label over the name (Hugo's Blowfish); "Rédigé par ... le <weekday> <date>" and a
 * read counter (Tahiti Infos's).
 */
class CampaignsCardsAndFrenchBylinesShapesTest {

    @Test
    void shouldReadACampaignsSubjectSenderAndSendTime() {
        Article a = file("{\"data\": {\"id\": 42, \"name\": \"Weekly bulletin 2026-48\", \"subject\": \"" + HEADLINE + "\", \"from_email\":"
                + " \"Harbour Bulletin <bulletin@harbour-bulletin.example>\", \"body\": \"<p>" + BODY.replace("\n\n", "</p><p>") + "</p>\","
                + " \"created_at\": \"2026-11-26T16:22:11Z\", \"send_at\": \"2026-11-28T08:00:00Z\"}}", "campaign.json");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSource()).isEqualTo("Harbour Bulletin");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-28T08:00:00Z"));
    }

    @Test
    void shouldReadTheNameUnderAnAuthorCardsLabel() {
        Article a = file("<html><head><title>" + HEADLINE + "</title></head><body><article><header><h1>" + HEADLINE + "</h1><div class=\"flex"
                + " author\"><img src=\"/a.jpg\" alt=\"\"><div><div class=\"text-xs\">Author</div><div class=\"font-semibold\">Alun Griffiths"
                + "</div><div class=\"text-sm\">Writes about the coast.</div></div></div></header>" + HTML_BODY + "</article></body></html>", "p.html");
        assertThat(a.getAuthors()).containsExactly("Alun Griffiths");
    }

    @Test
    void shouldReadAFrenchBylineWithItsWeekdayAndDropTheReadCounter() {
        Article a = parse(HEADLINE + "\n\nRédigé par Hiro Tetuanui le Samedi 28 Novembre 2026 à 07:15\n\n" + BODY + "\n\nLu 1 204 fois");
        assertThat(a.getAuthors()).containsExactly("Hiro Tetuanui");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-28T07:15:00Z"));
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("1 204");
    }
}
