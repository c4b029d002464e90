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
 * Shapes met in the sixtieth and sixty-first held-out rounds (x397-x408), each on other names: a Markdown export's YAML
 * front matter, a blog theme's site title in an {@code h1} of its own, an agency credited as a JSON-LD author, an
 * author box holding the byline with its lead-in, an outlet "with" an agency under the lead, a linked headline ending
 * in a quote.
 */
class FrontMatterAndSiteTitlesShapesTest {

    @Test
    void shouldReadTheMetadataWhenAMarkdownExportOpensWithFrontMatter() {
        Article a = file("---\ntitle: '" + HEADLINE + "'\nauthors:\n  - Lena Voss\n  - Omar Haddad\ndate: 2025-11-30T08:00:00Z\n"
                + "site: Harbour Post\ncategories: [Energy]\n---\n\n" + BODY, "post.md");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Lena Voss", "Omar Haddad");
        assertThat(a.getSource()).isEqualTo("Harbour Post");
        assertThat(a.getSection()).isEqualTo("Energy");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-11-30T08:00:00Z"));
        assertThat(allText(a)).doesNotContain("authors:").doesNotContain("---");
    }

    @Test
    void shouldReadTheStorysHeadlineWhenTheBlogThemesSiteTitleIsAnH1Too() {
        Article a = file("<html><head><title>" + HEADLINE + " – Fell Notes</title></head><body><header id=\"masthead\">"
                + "<h1 class=\"site-title\"><a href=\"/\">Fell Notes</a></h1></header><div class=\"post\"><h1>" + HEADLINE + "</h1><p>"
                + BODY.replace("\n\n", "</p><p>") + "</p></div></body></html>", "post.html");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
    }

    @Test
    void shouldNameTheAgencyAsSourceWhenJsonLdCreditsItAsTheAuthor() {
        Article a = file("<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"" + HEADLINE + "\",\"datePublished\":\"2025-12-01T10:00:00Z\",\"author\":{\"@type\":\"Organization\","
                + "\"name\":\"AFP\"},\"publisher\":{\"@type\":\"Organization\",\"name\":\"Harbour Post\"}}</script></head><body><article>"
                + "<h1>" + HEADLINE + "</h1>" + HTML_BODY + "</article></body></html>", "wire.html");
        assertThat(a.getSource()).isEqualTo("AFP");
        assertThat(a.getAuthors()).isEmpty();
    }

    @Test
    void shouldReadTheWriterWhenAnAuthorBoxWritesTheBylineWithItsLeadIn() {
        Article a = file("<html><head><title>" + HEADLINE + "</title></head><body><div class=\"main\"><h1>" + HEADLINE + "</h1>"
                + "<div class=\"author-box\">Written by Nadia Okafor, Transport Reporter</div><p>" + BODY.replace("\n\n", "</p><p>")
                + "</p></div></body></html>", "page.html");
        assertThat(a.getAuthors()).containsExactly("Nadia Okafor");
    }

    @Test
    void shouldDropTheLineWhenAnOutletWithAgencyCopySignsUnderTheLead() {
        Article a = parse(HEADLINE + "\n\nLes autorités maintiennent les restrictions jusqu'à la fin du mois.\n\n"
                + "Le Courrier de l'Ouest avec AFP\nPublié le 01 décembre 2025 à 10h15\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Le Courrier de l'Ouest");
        assertThat(allText(a)).doesNotContain("avec AFP");
    }

    @Test
    void shouldDropTheLinkedHeadlineWhenItEndsInAQuoteWithNoStop() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nMehr zum Thema\nVerkehrsminister Wissing: „Wir bauen schneller\"");
        assertThat(allText(a)).doesNotContain("Wir bauen schneller");
    }
}
