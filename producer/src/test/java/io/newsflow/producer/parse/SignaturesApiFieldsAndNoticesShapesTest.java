package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the fifty-eighth held-out round (x385-x390), each on other names: a byline in a "signature" element, a
 * news API's source name and category list, a site's longer name over its one-item-a-line menu, a stamp block's place
 * in natural case, a share prompt and a reproduction notice.
 */
class SignaturesApiFieldsAndNoticesShapesTest {

    @Test
    void shouldReadTheWriterWhenTheBylineStandsInASignatureElement() {
        Article a = file("<html><head><title>" + HEADLINE + "</title></head><body><article><h1>" + HEADLINE + "</h1>"
                + "<span class=\"signature\">Par Louis Kerbrat</span>" + HTML_BODY + "</article></body></html>",
                "page.html");
        assertThat(a.getAuthors()).containsExactly("Louis Kerbrat");
    }

    @Test
    void shouldReadTheSourceAndSectionWhenANewsApiNamesThemInItsOwnFields() {
        Article a = file("{\"title\": \"" + HEADLINE + "\", \"creator\": [\"Asha Menon\"], \"content\": \"" + BODY.replace("\n\n", "\\n\\n")
                + "\", \"pubDate\": \"2025-12-01 09:30:00\", \"source_id\": \"harbourpost\", \"source_name\": \"Harbour Post\", "
                + "\"category\": [\"top\", \"business\"]}", "api.json");
        assertThat(a.getSource()).isEqualTo("Harbour Post");
        assertThat(a.getSection()).isEqualTo("Top");
    }

    @Test
    void shouldReadTheMastheadWhenASitesLongerNameHeadsItsMenu() {
        Article a = parse("El Heraldo de Soria\nPortada\nValle\nEspaña\nDeportes\nValle\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("El Heraldo de Soria");
        assertThat(a.getSection()).isEqualTo("Valle");
    }

    @Test
    void shouldDropTheStampsPlaceWhenItIsWrittenInNaturalCase() {
        Article a = parse(HEADLINE + "\n\nRedacción\nSevilla\nActualizado: 01/12/2025 10:15\n\n" + BODY);
        assertThat(allText(a)).doesNotContain("Sevilla\n").doesNotContain("Redacción");
        assertThat(a.getLead()).doesNotContain("Sevilla");
    }

    @Test
    void shouldDropSharePromptsAndReproductionNoticesWhenTheyCloseTheText() {
        Article a = parse(HEADLINE + "\n\nKindly share this story:\n\n" + BODY + "\n\nKindly share this story:\n\n"
                + "All rights reserved. This material, and other digital content on this website, may not be reproduced, "
                + "published, broadcast, rewritten or redistributed in whole or in part without prior express written "
                + "permission from HARBOUR POST.");
        assertThat(allText(a)).doesNotContain("Kindly share").doesNotContain("may not be reproduced");
    }
}
