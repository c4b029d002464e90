package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-forty-fifth held-out round (x907-x912), on other pages: two sections joined as one label
 * ("Économie et social"), a writer's base after the outlet in their note ("for The Times based in Rio de Janeiro"), a
 * Sitecore layout's fields ({@code "Title": {"value": ...}}, no name a reader knows for its route), and the closing
 * furniture of El Financiero, Scroll and Mediapart.
 */
class JoinedSectionsAndSitecoreFieldsShapesTest {

    @Test
    void shouldReadTwoJoinedSectionsAsTheSectionOverTheHeadline() {
        Article a = parse("Mediapart\nJournal\nStudio\nLe Club\nAbonnez-vous\nSe connecter\n\nÉconomie et social\n\n" + HEADLINE
                + "\n\nMartine Orange\n5 décembre 2026 à 11h02\n\n" + BODY + "\n\nCet article est en accès libre. Pour soutenir notre"
                + " journalisme, abonnez-vous.\n\nOffrir l'article\nVoir les 12 commentaires");
        assertThat(a.getSection()).isEqualTo("Économie et social");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("accès libre", "Offrir", "commentaires");
    }

    @Test
    void shouldNameTheOutletWithoutTheWritersBaseWhenTheirNoteGivesIt() {
        Article a = parse(HEADLINE + "\n\nBy Manuela Andreoni\n\n" + BODY + "\n\nManuela Andreoni is a climate reporter for The Harbour"
                + " Times based in Rio de Janeiro.");
        assertThat(a.getSource()).isEqualTo("The Harbour Times");
    }

    @Test
    void shouldReadASitecoreRoutesFieldsWhenEachHoldsItsValue() {
        Article a = file("{\"sitecore\":{\"context\":{\"site\":{\"name\":\"northbay\"}},\"route\":{\"name\":\"pier\",\"fields\":{\"Title\":"
                + "{\"value\":\"" + HEADLINE + "\"},\"Author\":{\"value\":\"Grace Mwangi\"},\"PublishDate\":{\"value\":\"2026-12-04T16:00:00Z\"},"
                + "\"Category\":{\"value\":\"Coast\"},\"Body\":{\"value\":\"<p>" + BODY.replace("\n\n", "</p><p>") + " The pier reopens on"
                + " Saturday.</p>\"}}}}}", "layout.json");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Grace Mwangi");
        assertThat(a.getSection()).isEqualTo("Coast");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-04T16:00:00Z"));
    }

    @Test
    void shouldDropAnotherStoriesLabelAndAnOutletsInvitationToWrite() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nWe welcome your comments at letters@harbour.example.\n\nSupport our journalism"
                + "\n\n¿Qué otras noticias debes saber?\nPeso mexicano cierra con ligera ganancia");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("We welcome", "Support our", "Peso mexicano");
    }
}
