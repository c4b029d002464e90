package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-forty-sixth held-out round (x913-x918), on other pages: "Posted by NAME on DATE" (read
 * as a republication notice naming an outlet before), a Bootstrap badge over the headline naming the section, a desk
 * credit giving the short name of a masthead that adds "Noticias", a writer's role line with the outlet's handle, and
 * Dutch "Lees meer over:".
 */
class PostedByLinesAndBadgesShapesTest {

    @Test
    void shouldReadTheWriterAndTheDateWhenAPostedByLineNamesBoth() {
        Article a = parse(HEADLINE + "\n\nPosted by Karen Liu on December 4, 2026\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Karen Liu");
        assertThat(a.getSource()).isNull();
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-04T00:00:00Z"));
    }

    @Test
    void shouldReadABadgeOverTheHeadlineAsTheSectionAndThePostedByParagraph() {
        Article a = file("<html><head><title>Harbourtown Herald | " + HEADLINE + "</title></head><body><nav><a class=\"navbar-brand\""
                + " href=\"/\">Harbourtown Herald</a></nav><div class=\"card\"><div class=\"card-body\"><span class=\"badge bg-secondary\">"
                + "Community</span><h1 class=\"card-title\">" + HEADLINE + "</h1><p class=\"text-muted small\">Posted by Karen Liu on"
                + " December 4, 2026</p>" + HTML_BODY + "</div></div><footer><p>Copyright &copy;"
                + " Harbourtown Herald 2026</p></footer></body></html>", "page.html");
        assertThat(a.getSection()).isEqualTo("Community");
        assertThat(a.getAuthors()).containsExactly("Karen Liu");
        assertThat(a.getSource()).isEqualTo("Harbourtown Herald");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-04T00:00:00Z"));
    }

    @Test
    void shouldKeepTheMastheadsFullerNameWhenADeskCreditsItsShortName() {
        Article a = parse("RPP Noticias\nActualidad\nPolítica\nEconomía\nDeportes\nMundo\n\nEconomía\n\n" + HEADLINE + "\n\nRedacción RPP\n"
                + "Publicado el 5 de diciembre de 2026 - 08:30 AM\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("RPP Noticias");
        assertThat(a.getAuthors()).isEmpty();
    }

    @Test
    void shouldDropAWritersRoleLineWithTheOutletsHandleAndADutchTopicLine() {
        Article a = parse(HEADLINE + "\n\nBy Conan Businge\n\nJournalists @New Vision\n\n" + BODY + "\n\nDeel dit artikel\n"
                + "Lees meer over: NS, Treinen");
        assertThat(a.getAuthors()).containsExactly("Conan Businge");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Journalists", "Lees meer", "Treinen");
    }
}
