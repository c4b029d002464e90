package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-forty-first held-out round (x883-x888), on other pages: labels alone on their lines over
 * the writer and the dates ("Autor:" / name, "Creado:" / date), a writer's name with a bar left after it, a credit for
 * the top photo, a podcast plea, a group's paper credited in capitals closing a portal's story, a theme's text for
 * screen readers, donation block and writer's bio, and a Contentstack entry (its date under {@code publish_details},
 * its section a reference).
 */
class LabelledLinesAndTitleCreditsShapesTest {

    private static final String MENU = "Quito Diario\nPolítica\nEconomía\nSociedad\nDeportes\n\nEconomía\n\n" + HEADLINE + "\n\n";

    @Test
    void shouldReadTheWriterAndTheDateWhenTheirLabelsStandAloneOnTheLineAbove() {
        Article a = parse(MENU + "Autor:\nAndrés Castillo\nActualizado:\n05 Dic 2026 - 08:10\nCreado:\n05 Dic 2026 - 06:00\n\n" + BODY
                + "\n\nTambién le puede interesar:\nPrecio del cacao sube");
        assertThat(a.getAuthors()).containsExactly("Andrés Castillo");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T06:00:00Z"));
        assertThat(allText(a)).doesNotContain("Autor", "Creado", "Precio del cacao");
    }

    @Test
    void shouldReadTheWriterWhenABarIsLeftAfterTheNameAndDropTheClosingCredits() {
        Article a = parse(HEADLINE + "\n\nIlyda Chua |\nDecember 05, 2026, 11:42 AM\n\n" + BODY + "\n\nTop photo via LTA\n\n"
                + "Related story\nMore buses for Tengah next year\n\nFollow and listen to our podcast here");
        assertThat(a.getAuthors()).containsExactly("Ilyda Chua");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Top photo", "More buses", "podcast");
    }

    @Test
    void shouldCreditTheGroupsPaperWhenItsNameInCapitalsClosesAPortalsStory() {
        Article a = parse("IOL\nNews\nBusiness\nSport\nLifestyle\nOpinion\n\n" + HEADLINE + "\n\nSibongile Khumalo\n\n" + BODY
                + "\n\nCAPE TIMES");
        assertThat(a.getSource()).isEqualTo("Cape Times");
    }

    @Test
    void shouldLeaveOutScreenReaderTextADonationBlockAndTheWritersBio() {
        Article a = file("<html><head><meta property=\"og:site_name\" content=\"The Prairie Ledger\"></head><body><main><article>"
                + "<header class=\"entry-header\"><span class=\"cat-links\"><span class=\"screen-reader-text\">Posted in</span><a href=\"/c/\""
                + " rel=\"category tag\">County</a></span><h1 class=\"entry-title\">" + HEADLINE + "</h1><div class=\"newspack-post-subtitle\">"
                + "Twelve chargers open.</div></header><div class=\"entry-content\"><p>" + BODY.replace("\n\n", "</p><div class=\"wp-block-"
                + "newspack-blocks-donate\"><p>Support local journalism. Donate today.</p></div><p>") + "</p></div><div class=\"author-bio\">"
                + "<p>Mia Carter covers county government.</p></div></article></main></body></html>", "page.html");
        assertThat(a.getSection()).isEqualTo("County");
        assertThat(a.getLead()).isEqualTo("Twelve chargers open.");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Support local", "covers county");
    }

    @Test
    void shouldReadAContentstackEntrysPublishTimeAndItsSectionReference() {
        Article a = file("{\"entry\":{\"uid\":\"blt7f\",\"title\":\"" + HEADLINE + "\",\"body\":\"<p>" + BODY.replace("\n\n", "</p><p>")
                + "</p>\",\"section\":[{\"uid\":\"blt22\",\"_content_type_uid\":\"section\",\"title\":\"Local\"}],\"publish_details\":"
                + "{\"environment\":\"blt33\",\"time\":\"2026-12-05T06:30:00.000Z\"},\"created_at\":\"2026-12-04T15:12:00.000Z\"}}", "entry.json");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T06:30:00Z"));
        assertThat(a.getSection()).isEqualTo("Local");
    }
}
