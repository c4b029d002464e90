package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the sixty-third and sixty-fourth held-out rounds (x415-x426), each on other names: the writers' towns on
 * the line under their stacked names, a Brazilian daily's masthead word ("Folha"), its audio and save buttons, a JSON
 * document whose only section is its first tag, a wire's "provider" and "subjects", and a French plea for the subscription.
 */
class WritersTownsAndJsonTagsShapesTest {

    @Test
    void shouldLeaveTheWritersTownsOutWhenTheyStandUnderTheirNames() {
        Article a = parse(HEADLINE + "\n\nMariana Azevedo\nPedro Lacerda\nBrasília e Belo Horizonte\n3.mar.2025 às 09h10\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Mariana Azevedo", "Pedro Lacerda");
        assertThat(allText(a)).doesNotContain("Belo Horizonte");
    }

    @Test
    void shouldReadTheMastheadAndDropTheButtonsWhenABrazilianDailysPageIsScraped() {
        Article a = parse("Folha de Londrina\nCidades\n\n" + HEADLINE + "\n\nOuvir o texto\nSalvar artigos\nRecurso exclusivo para assinantes\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Folha de Londrina");
        assertThat(a.getSection()).isEqualTo("Cidades");
        assertThat(allText(a)).doesNotContain("Ouvir o texto").doesNotContain("Salvar artigos").doesNotContain("Recurso exclusivo");
    }

    @Test
    void shouldReadTheWiresProviderAndFirstSubjectWhenAJsonItemNamesThem() {
        String json = "{\"headline\": \"" + HEADLINE + "\", \"provider\": \"Andes Wire\", \"subjects\": [\"Mining\", \"Trade\"],"
                + " \"text\": \"" + BODY.replace("\n", " ") + "\"}";
        Article a = parseJson(json);
        assertThat(a.getSource()).isEqualTo("Andes Wire");
        assertThat(a.getSection()).isEqualTo("Mining");
    }

    @Test
    void shouldDropThePleaForTheSubscriptionWhenItClosesAFrenchPage() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nVotre abonnement finance une rédaction de 40 journalistes");
        assertThat(allText(a)).doesNotContain("Votre abonnement");
    }

    @Test
    void shouldReadTheFeedsOutletWhenWordPressSpanishFooterClosesTheItem() {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Radio Sur</title><item><title>" + HEADLINE
                + "</title><description><![CDATA[<p>" + BODY.replace("\n", " ") + "</p><p>La entrada <a href=\"https://x.example/a\">"
                + HEADLINE + "</a> se publicó primero en <a href=\"https://x.example\">Radio Sur</a>.</p>]]></description></item>"
                + "</channel></rss>";
        List<ParseOutcome> out = new ArticleParser().parse(new InputDocument(rss.getBytes(StandardCharsets.UTF_8), "feed.rss", null,
                Instant.parse("2026-01-01T00:00:00Z")));
        Article a = ((ParseOutcome.Parsed) out.get(0)).article();
        assertThat(allText(a)).doesNotContain("se publicó primero");
        assertThat(a.getSource()).isEqualTo("Radio Sur");
    }

    @Test
    void shouldReadTheWriterWhenAPageMarksItWithAnHEntryMicroformat() {
        String html = "<html><body><article class=\"h-entry\"><h1 class=\"p-name\">" + HEADLINE + "</h1><p>By <a class=\"p-author h-card\""
                + " href=\"/about\">Olwen Price</a></p><div class=\"e-content\">" + HTML_BODY + "</div>"
                + "</article></body></html>";
        List<ParseOutcome> out = new ArticleParser().parse(new InputDocument(html.getBytes(StandardCharsets.UTF_8), "page.html", null,
                Instant.parse("2026-01-01T00:00:00Z")));
        assertThat(((ParseOutcome.Parsed) out.get(0)).article().getAuthors()).containsExactly("Olwen Price");
    }

    private static Article parseJson(String json) {
        List<ParseOutcome> out = new ArticleParser().parse(new InputDocument(json.getBytes(StandardCharsets.UTF_8), "api.json", null,
                Instant.parse("2026-01-01T00:00:00Z")));
        assertThat(out).hasSize(1).first().isInstanceOf(ParseOutcome.Parsed.class);
        return ((ParseOutcome.Parsed) out.get(0)).article();
    }

    @Test
    void shouldTakeTheFirstTagAsTheSectionWhenAJsonDocumentNamesNoOther() {
        String json = "{\"headline\": \"" + HEADLINE + "\", \"tags\": [\"energy\", \"Wind\"], \"body\": \"" + BODY.replace("\n", " ") + "\"}";
        assertThat(parseJson(json).getSection()).isEqualTo("Energy");
    }
}
