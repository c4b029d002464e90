package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-fifty-fifth held-out round (x967-x972), on other pages: a title-cased headline of two
 * sentences, a byline two newsrooms share, a partner's note and a nonprofit's pitch (ProPublica); Keystone's document
 * list; an agency alone where the byline stands and a French tip line; a theme's navbar title; the writer's name and
 * address closing the story; "Mais notícias".
 */
class CoPublishedBylinesAndTitleCaseShapesTest {

    @Test
    void shouldReadATitleCasedHeadlineOfTwoSentencesAndTheFirstWritersOutlet() {
        Article a = parse("ProPublica\nDonate\nNewsletters\nTopics\nSeries\n\nHealth Care\n\n"
                + "A Hospital Chain Sued Thousands of Patients. Then the State Stepped In.\n\n"
                + "by Maya Chen, ProPublica, and Luis Ortega, The Texas Tribune\nDec. 5, 2026, 5 a.m. EST\n\n"
                + "This article was produced for ProPublica’s Local Reporting Network in partnership with The Texas Tribune.\n\n" + BODY
                + "\n\nProPublica is a nonprofit newsroom that investigates abuses of power.");
        assertThat(a.getTitle()).isEqualTo("A Hospital Chain Sued Thousands of Patients. Then the State Stepped In.");
        assertThat(a.getSection()).isEqualTo("Health Care");
        assertThat(a.getSource()).isEqualTo("ProPublica");
        assertThat(a.getAuthors()).containsExactly("Maya Chen", "Luis Ortega");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Local Reporting Network", "nonprofit newsroom");
    }

    @Test
    void shouldReadKeystonesDocumentList() {
        String[] paragraphs = BODY.split("\n\n");
        Article a = file("{\"data\":{\"post\":{\"title\":\"" + HEADLINE + "\",\"content\":{\"document\":[{\"type\":\"paragraph\",\"children\":"
                + "[{\"text\":\"" + paragraphs[0] + "\"}]},{\"type\":\"component-block\",\"component\":\"image\",\"props\":{\"src\":"
                + "\"https://x.example/r.jpg\"},\"children\":[{\"text\":\"\"}]},{\"type\":\"paragraph\",\"children\":[{\"text\":\""
                + paragraphs[1] + "\"}]}]}}}}", "post.json");
        assertThat(allText(a)).contains(paragraphs[0], "cyclists welcomed it").doesNotContain("r.jpg");
    }

    @Test
    void shouldReadAnAgencyAloneWhereTheBylineStandsAsTheSourceAndDropAFrenchTipLine() {
        Article a = parse(HEADLINE + "\n\nAgence QMI\nVendredi, 5 décembre 2026 09:58\n\n" + BODY
                + "\n\nVous avez un scoop à nous transmettre?\nÉcrivez-nous à l'adresse scoop@example.com ou appelez-nous.");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getSource()).isEqualTo("Agence QMI");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("scoop");
    }

    @Test
    void shouldReadAThemesNavbarTitleAndDropTheWritersAddressClosingTheStory() {
        Article html = file("<html><head><title>" + HEADLINE + " – River Data Lab</title></head><body><header><a class=\"navbar-brand\" "
                + "href=\"/\"><span class=\"navbar-title\">River Data Lab</span></a></header><main><h1>" + HEADLINE + "</h1><p>"
                + BODY.replace("\n\n", "</p><p>") + "</p></main></body></html>", "post.html");
        Article text = parse(HEADLINE + "\n\nBy Park Ji-won\n\n" + BODY + "\n\nPark Ji-won jwpark@koreatimes.co.kr\n\nMais notícias\n"
                + "Petrobras reduz preço da gasolina");
        assertThat(html.getSource()).isEqualTo("River Data Lab");
        assertThat(allText(text)).contains("cyclists welcomed it").doesNotContain("jwpark", "Petrobras");
    }
}
