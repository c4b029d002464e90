package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-eighth held-out round (x685-x690: El Comercio, Le Soleil, the Daily Monitor, Ara, Nós
 * Diario, The Kathmandu Post), each on other names: related lists under a Catalan, Galician or Nepali daily's label, a
 * tag list under "Tags Relacionados", an audio player's prompt, a summary's label over its points, a footer naming the
 * paper as its group's member, and a copyright whose reservation follows a dash.
 */
class GroupFootersAndSummaryLabelsShapesTest {

    private static final String MENU = "\nNews\nBusiness\nSport\nCulture\n\nBusiness\n\n";
    private static final String BYLINE = "\n\nBy Grace Achieng\nDecember 4, 2026\n\n";

    @Test
    void shouldDropTheRelatedLinksWhenACatalanGalicianOrNepaliDailysLabelOpensThem() {
        for (String label : new String[] {"Més informació", "Relacionadas", "Read Other News", "També et pot interessar"}) {
            Article a = parse(HEADLINE + BYLINE + BODY + "\n\n" + label + "\nFerry fares to rise in April");
            assertThat(a.getLead() + a.getBody()).as(label).doesNotContain(label, "Ferry fares");
        }
    }

    @Test
    void shouldDropTheTagsAndTheSuggestionsWhenTagsRelacionadosCloseThePage() {
        Article a = parse(HEADLINE + "\n\nPor Redacción\nPublicado: 4/12/2026 10:05 a. m.\n\nEscucha esta nota\n\n" + BODY
                + "\n\nTags Relacionados:\nPuertos\nCallao\n\nContenido sugerido\nContenido Patrocinado");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getLead() + a.getBody()).doesNotContain("Escucha esta nota", "Tags Relacionados", "Callao", "Contenido");
    }

    @Test
    void shouldDropASummarysLabelWhenItStandsAloneOverThePoints() {
        Article a = parse(HEADLINE + BYLINE + "What you need to know:\nThe line will open in 2028.\n\n" + BODY);
        assertThat(a.getLead() + a.getBody()).doesNotContain("What you need to know").contains("The line will open in 2028.");
    }

    @Test
    void shouldTakeThePaperAndDropTheFooterWhenItNamesThePaperAsItsGroupsMember() {
        Article a = parse(HEADLINE + BYLINE + BODY + "\n\nThe Citizen is a member of the Mwananchi Communications Group");
        assertThat(a.getSource()).isEqualTo("The Citizen");
        assertThat(a.getBody().toString()).doesNotContain("Mwananchi");
        // a company's group in the story is no footer
        Article story = parse(HEADLINE + BYLINE + BODY + "\n\nSafaricom is part of the Vodacom Group.\n\nIt pays a dividend in March.");
        assertThat(story.getBody().toString()).contains("Safaricom is part of the Vodacom Group.");
    }

    @Test
    void shouldTakeTheOutletWhenADashPartsTheCopyrightFromItsReservation() {
        Article a = parse(HEADLINE + BYLINE + BODY + "\n\n© Sud Quotidien 2026 – Tous droits réservés");
        assertThat(a.getSource()).isEqualTo("Sud Quotidien");
    }
}
