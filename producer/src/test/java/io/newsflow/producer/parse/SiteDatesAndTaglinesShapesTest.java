package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-seventeenth held-out round (x1335-x1340), on other inputs: the site's date over its
 * menu against the story's stamp (Talamua's); a window title's "Breaking News | Latest Headlines" and "Samoa's Online
 * News Service" as taglines; a menu of desks in capitals; a bracketed picture credit under the stamp and a closing
 * "Stay updated with the latest news" (FBC News's).
 */
class SiteDatesAndTaglinesShapesTest {

    @Test
    void shouldDateTheStoryByItsStampWhenTheSitesDateStandsOverItsMenu() {
        Article a = parse("Harbour Online News\n\nWednesday, 2 December 2026\n\nHOME  POLITICS  BUSINESS  SPORTS  PACIFIC\n\n"
                + "Harbour ferry adds winter sailings\n\nBy Mele Taufa\nNovember 30, 2026\n\n" + BODY);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
        assertThat(a.getTitle()).isEqualTo("Harbour ferry adds winter sailings");
    }

    @Test
    void shouldDateTheStoryByTheSitesDateWhenNoStampFollows() {
        Article a = parse("Harbour Online News\n\nWednesday, 2 December 2026\n\nHOME  POLITICS  BUSINESS  SPORTS  PACIFIC\n\n"
                + "Harbour ferry adds winter sailings\n\nBy Mele Taufa\n\n" + BODY);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-02T00:00:00Z"));
    }

    @Test
    void shouldTakeNeitherTaglineForTheHeadlineOrTheOutlet() {
        Article breaking = parse("TONGA TODAY\n\nTonga Breaking News | Latest Headlines\n\nHome / News / Local\n\n"
                + "Harbour ferry adds winter sailings\n\nMele Taufa\n\nDecember 1, 2026 9:10 am\n\n" + BODY);
        Article service = parse("Harbour Online News\n\nTonga's Online News Service\n\nHOME  POLITICS  BUSINESS  SPORTS\n\n"
                + "Harbour ferry adds winter sailings\n\nBy Mele Taufa\n\n" + BODY);
        assertThat(breaking.getSource()).isEqualTo("Tonga Today");
        assertThat(service.getTitle()).isEqualTo("Harbour ferry adds winter sailings");
        assertThat(allText(service)).doesNotContain("Online News Service");
    }

    @Test
    void shouldDropABracketedPictureCreditAndAClosingPromptToStayUpdated() {
        Article a = parse("Harbour ferry adds winter sailings\n\nBy Mele Taufa\nDecember 1, 2026\n\n[Source: Ports Authority/Facebook]\n\n"
                + BODY + "\n\n[Photo: File]\n\nStay updated with the latest news from Tonga and the region.");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Facebook", "File", "Stay updated");
    }

    @Test
    void shouldKeepABracketedSourceNamingNoAccount() {
        Article a = parse("Harbour ferry adds winter sailings\n\n" + BODY + "\n\n[Source: Council minutes, 1 December]");
        assertThat(allText(a)).contains("[Source: Council minutes, 1 December]");
    }
}
