package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-fortieth held-out round (x2671-x2676), HTML pages whose writer and date only their
 * metadata gives, in vocabularies and shapes no round had held: a JSON-LD article as a page's {@code mainEntity}, a JSON-LD
 * block with a line break inside a string and a trailing comma, Dable's {@code dable:author} ("김민수 기자"), Highwire's
 * {@code citation_author} ("Okafor, Chidi") and {@code citation_publication_date}, a JSON-LD author written as a byline
 * ("By Sarah Mills, Senior Reporter") beside the outlet's staff.
 */
class HtmlMetadataVocabulariesShapesTest {
    private static final String TEXT = "<div class=\"corpo\"><p>A Prefeitura do Recife inaugurou neste sábado uma ciclovia de 8 quilômetros "
            + "na Avenida Boa Viagem, entre o Pina e Piedade.</p><p>A nova pista tem separação física dos carros e custou 12 milhões de "
            + "reais, segundo a prefeitura.</p></div>";

    private static Article page(String head) {
        return file("<html><head><title>Recife inaugura nova ciclovia</title>" + head + "</head><body><h1>Recife inaugura nova "
                + "ciclovia</h1>" + TEXT + "</body></html>", "page.html");
    }

    private static String jsonLd(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    @Test
    void shouldReadTheArticleWhenTheJsonLdNamesItAsThePagesMainEntity() {
        Article article = page(jsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"WebPage\",\"mainEntity\":{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Recife inaugura nova ciclovia\",\"datePublished\":\"2026-12-06T09:00:00-03:00\",\"articleSection\":\"Cidades\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Tomás Ferreira\"}}}"));

        assertThat(article.getAuthors()).containsExactly("Tomás Ferreira");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2026-12-06T12:00:00Z"));
        assertThat(article.getSection()).isEqualTo("Cidades");
        assertThat(article.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldReadAJsonLdBlockWhenAStringHoldsALineBreakAndAMemberATrailingComma() {
        Article article = page(jsonLd("{\"@type\": \"NewsArticle\", \"description\": \"A ciclovia tem 8 quilômetros\ne liga o Pina a Piedade\","
                + " \"datePublished\": \"2026-12-06T09:00:00-03:00\", \"author\": {\"@type\": \"Person\", \"name\": \"Tomás Ferreira\"},}"));

        assertThat(article.getAuthors()).containsExactly("Tomás Ferreira");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2026-12-06T12:00:00Z"));
    }

    @Test
    void shouldReadTheWriterWhenOnlyDablesOrHighwiresTagsNameThem() {
        assertThat(page("<meta property=\"dable:author\" content=\"김민수 기자\">").getAuthors()).containsExactly("김민수");
        Article cited = page("<meta name=\"citation_author\" content=\"Okafor, Chidi\"><meta name=\"citation_publication_date\" content=\"2026/12/04\">");
        assertThat(cited.getAuthors()).containsExactly("Chidi Okafor");
        assertThat(cited.getPublishedAt()).isEqualTo(Instant.parse("2026-12-04T00:00:00Z"));
    }

    @Test
    void shouldReadAJsonLdAuthorWrittenAsABylineAndNoOneForTheStaffWhenTheFieldsHoldThem() {
        Article article = page(jsonLd("{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\",\"name\":\"By Sarah Mills, Senior Reporter\"},"
                + "{\"@type\":\"Person\",\"name\":\"Tees Valley Echo Staff\"}]}"));

        assertThat(article.getAuthors()).containsExactly("Sarah Mills");
    }
}
