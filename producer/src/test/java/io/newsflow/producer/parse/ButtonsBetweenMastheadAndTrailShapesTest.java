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
import io.newsflow.avro.ArticleType;

/**
 * Shapes met in the sixty-sixth held-out round (x433-x438), each on other names: a button between the site's name and
 * its section ("Menü", "Assine já", "Watch Live"), a news root over one crumb past a skip link, one shouted word as the
 * masthead over a listed section, a photographer credited beside the writer, an Italian byline's class, and a wire's
 * "bylines" field in JSON.
 */
class ButtonsBetweenMastheadAndTrailShapesTest {

    @Test
    void shouldReadTheSectionWhenAButtonStandsBetweenTheMastheadAndIt() {
        Article a = parse("DIE ZEIT\nMenü\nPolitik\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Die Zeit");
        assertThat(a.getSection()).isEqualTo("Politik");
        assertThat(allText(a)).doesNotContain("Menü");
    }

    @Test
    void shouldReadTheCrumbUnderTheNewsRootWhenASkipLinkSharesItsBlock() {
        Article a = parse("Channel 9 News\nSkip to main content\nNews\nRegional News\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("Regional News");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        Article live = parse("Channel 9 News\nWatch Live\nNews\nRegional News\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(live.getSection()).isEqualTo("Regional News");
        assertThat(allText(live)).doesNotContain("Watch Live");
    }

    @Test
    void shouldReadOneShoutedWordAsTheMastheadWhenAListedSectionStandsUnderIt() {
        Article a = parse("EXPRESSO\nAssine já\nEconomia\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Expresso");
        assertThat(a.getSection()).isEqualTo("Economia");
    }

    @Test
    void shouldReadOnlyTheWriterWhenAPhotographerIsCreditedBesideThem() {
        Article a = parse(HEADLINE + "\n\nTexto de Joana Pereira Lopes • Fotografia de Miguel Manso\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Joana Pereira Lopes");
        assertThat(a.getSource()).isNotEqualTo("Fotografia de Miguel Manso");
        assertThat(allText(a)).doesNotContain("Fotografia de");
    }

    @Test
    void shouldReadTheWriterWhenAnItalianPageMarksTheBylineAsAutore() {
        String html = "<html><body><article><h1>" + HEADLINE + "</h1><div class=\"firma\"><span class=\"autore\">di Chiara Fabbri</span>"
                + "</div><div class=\"testo\">" + HTML_BODY + "</div></article></body></html>";
        assertThat(parseOne(html, "page.html").getAuthors()).containsExactly("Chiara Fabbri");
    }

    @Test
    void shouldReadTheWritersAndTheAgencyWhenAWireJsonHasABylinesField() {
        String json = "{\"headline\": \"" + HEADLINE + "\", \"bylines\": \"By Tom Hays and Lena Ortiz, Associated Press\","
                + " \"body_html\": \"" + HTML_BODY + "\"}";
        Article a = parseOne(json, "wire.json");
        assertThat(a.getAuthors()).containsExactly("Tom Hays", "Lena Ortiz");
        assertThat(a.getSource()).isEqualTo("Associated Press");
    }

    /** The one article an input of any format parses to (the name's extension tells the format). */
    static Article parseOne(String input, String name) {
        List<ParseOutcome> out = new ArticleParser().parse(new InputDocument(input.getBytes(StandardCharsets.UTF_8), name, null,
                Instant.parse("2026-01-01T00:00:00Z")));
        return ((ParseOutcome.Parsed) out.get(0)).article();
    }
}
