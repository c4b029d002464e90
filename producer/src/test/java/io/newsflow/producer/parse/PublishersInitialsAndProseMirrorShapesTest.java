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
 * Shapes met in the hundred-and-thirty-eighth held-out round (x865-x870), on other pages: a copyright line adding the
 * publisher after a dash, a desk's initials for a name that opens with "The", a date with no space after its comma, a
 * brand written with a bar ("Página|12"), a Ghost theme's page (its primary tag, excerpt and comments), a ProseMirror
 * document (Storyblok's), an editor's initials with a slash, and a comment form's fields.
 */
class PublishersInitialsAndProseMirrorShapesTest {

    private static final String MENU = "\nHome\nLocal\nRegion\nWorld\nBusiness\nOpinion\n\nBusiness\n\n" + HEADLINE + "\n\n";

    @Test
    void shouldKeepTheMastheadWhenTheCopyrightLineAddsItsPublisherAfterADash() {
        Article a = parse("Douala Tribune" + MENU + BODY + "\n\n© Douala Tribune - Sopedi");
        assertThat(a.getSource()).isEqualTo("Douala Tribune");
    }

    @Test
    void shouldReadADesksInitialsAsTheMastheadWhenItsNameOpensWithAnArticle() {
        Article a = parse("The Amman Ledger" + MENU + "By AL\nDec 05,2026 - Last updated at Dec 05,2026\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("The Amman Ledger");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T00:00:00Z"));
        assertThat(allText(a)).doesNotContain("Last updated");
    }

    @Test
    void shouldReadABrandWrittenWithABarAndANumberAsTheMasthead() {
        Article a = parse("Diario|16\nEl país\nEconomía\nSociedad\nEl mundo\nCultura\n\nEconomía\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Diario|16");
        assertThat(a.getSection()).isEqualTo("Economía");
    }

    @Test
    void shouldReadAGhostThemesPrimaryTagAndExcerptAndLeaveItsCommentsOut() {
        Article a = file("<html><head><meta property=\"og:site_name\" content=\"Railwire\"></head><body><main><article class=\"article\">"
                + "<header class=\"article-header\"><div class=\"article-tag\"><span class=\"post-card-primary-tag\"><a href=\"/tag/europe/\">"
                + "Europe</a></span></div><h1 class=\"article-title\">" + HEADLINE + "</h1><p class=\"article-excerpt\">Who rides the night"
                + " trains?</p></header><section class=\"gh-content\">" + HTML_BODY + "</section>"
                + "<section class=\"article-comments\"><h3>Comments</h3><p>Sign in or become a member to join the conversation.</p>"
                + "</section></article></main></body></html>", "page.html");
        assertThat(a.getSection()).isEqualTo("Europe");
        assertThat(a.getLead()).isEqualTo("Who rides the night trains?");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Sign in or become");
    }

    @Test
    void shouldReadAProseMirrorDocumentWhenTheBodyIsItsRichText() {
        Article a = file("{\"story\":{\"name\":\"bridge\",\"published_at\":\"2026-12-05T05:30:00.000Z\",\"content\":{\"component\":"
                + "\"article\",\"headline\":\"" + HEADLINE + "\",\"teaser\":\"A short teaser.\",\"author\":\"Ana Vidal\",\"body\":{\"type\":"
                + "\"doc\",\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"The council closed the \"},"
                + "{\"type\":\"text\",\"text\":\"old bridge\",\"marks\":[{\"type\":\"bold\"}]},{\"type\":\"text\",\"text\":\".\"}]},"
                + "{\"type\":\"blok\",\"attrs\":{\"body\":[{\"component\":\"newsletter\",\"title\":\"Get the briefing\"}]}},"
                + "{\"type\":\"bullet_list\",\"content\":[{\"type\":\"list_item\",\"content\":[{\"type\":\"paragraph\",\"content\":"
                + "[{\"type\":\"text\",\"text\":\"Buses keep their lane.\"}]}]}]}]}}}}", "story.json");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Ana Vidal");
        assertThat(a.getLead()).isEqualTo("A short teaser.");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T05:30:00Z"));
        assertThat(allText(a)).contains("The council closed the old bridge.", "Buses keep their lane.").doesNotContain("briefing");
    }

    @Test
    void shouldDropAnEditorsInitialsWithASlashAndACommentFormsFields() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nMA/\n\nLeave a Comment\nYour Name\nYour Comment");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("MA/", "Your Name");
    }
}
