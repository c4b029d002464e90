package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
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
 * Shapes met in the forty-third held-out round (x295-x300), each on other names: a news API's answer
 * listing its articles, its titles closed by the source's name, a regional feed titled with its news
 * root, a masthead and a section each alone in its block, and a masthead over account buttons.
 */
class ApiListsAndBlockMastheadsShapesTest {

    private static List<ParseOutcome> parseAll(String json) {
        return new ArticleParser().parse(new InputDocument(json.getBytes(StandardCharsets.UTF_8), "search.json", null,
                Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void shouldReadEveryArticleWhenANewsApiListsThem() {
        List<ParseOutcome> out = parseAll("{\"status\": \"ok\", \"totalResults\": 2, \"articles\": ["
                + "{\"source\": {\"id\": null, \"name\": \"Harbour Gazette\"}, \"author\": \"Ana Lima\", \"title\": \"" + HEADLINE
                + " - Harbour Gazette\", \"publishedAt\": \"2025-12-01T08:00:00Z\", \"content\": \"The council voted on Tuesday."
                + " It closed the bridge … [+1200 chars]\"},"
                + "{\"source\": {\"name\": \"Coast Post\"}, \"title\": \"Ferry fares rise in January\", \"content\": \"Fares rise by 5%.\"}]}");
        assertThat(out).hasSize(2).allMatch(o -> o instanceof ParseOutcome.Parsed);
        Article first = ((ParseOutcome.Parsed) out.get(0)).article();
        assertThat(first.getTitle()).isEqualTo(HEADLINE);
        assertThat(first.getSource()).isEqualTo("Harbour Gazette");
        assertThat(allText(first)).doesNotContain("chars]");
        assertThat(((ParseOutcome.Parsed) out.get(1)).article().getSource()).isEqualTo("Coast Post");
        // a title that only ends with another name keeps it
        List<ParseOutcome> other = parseAll("{\"articles\": [{\"source\": {\"name\": \"Coast Post\"}, \"title\": \"Talks with"
                + " Harbour Gazette\", \"content\": \"Talks went on.\"}]}");
        assertThat(((ParseOutcome.Parsed) other.get(0)).article().getTitle()).isEqualTo("Talks with Harbour Gazette");
    }

    @Test
    void shouldDropTheNewsRootWhenItClosesTheFeedsTitle() {
        assertThat(FeedTitles.outlet("Omroep Kust - Nieuws", List.of(), List.of())).isEqualTo("Omroep Kust");
        assertThat(FeedTitles.outlet("Harbour Gazette | News", List.of(), List.of())).isEqualTo("Harbour Gazette");
    }

    @Test
    void shouldReadTheMastheadWhenItAndTheSectionEachStandAloneInTheirBlocks() {
        Article a = parse("Gazzetta del Porto\n\nEconomia\n\n" + HEADLINE + "\n\ndi Giulia Neri\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Gazzetta del Porto");
        assertThat(a.getSection()).isEqualTo("Economia");
        Article shouted = parse("LA RAZÓN DEL PUERTO\n\nEconomía\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(shouted.getSource()).isEqualTo("La Razón del Puerto");
        assertThat(shouted.getSection()).isEqualTo("Economía");
        // a place over a section is a trail, not a masthead
        assertThat(parse("Isle of Man\n\nPolitics\n\n" + HEADLINE + "\n\n" + BODY).getSource()).isNull();
    }

    @Test
    void shouldReadTheMastheadWhenOnlyAccountButtonsStandUnderIt() {
        Article a = parse("The Harbour Light\n\nSubscribe\n\nLog in\n\n" + HEADLINE + "\n\nBy Dana Ortiz\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("The Harbour Light");
        assertThat(a.getSection()).isNull();
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
    }
}
