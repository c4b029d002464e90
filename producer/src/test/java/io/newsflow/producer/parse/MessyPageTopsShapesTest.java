package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-fourteenth held-out round (x1917-x1922), European regional papers scraped without
 * blank lines: a cookie banner in French over the site's name, the window's title over it, and double-spaced menus of
 * towns no list holds and of Dutch desks ("Regio", "Cultuur", "Puzzels").
 */
class MessyPageTopsShapesTest {

    @Test
    void shouldReadTheNameUnderACookieBannerOverAMenuOfTowns() {
        Article a = parse("Nous utilisons des cookies pour améliorer votre expérience. Accepter Refuser\nLe Dauphiné Provençal\n"
                + "Marseille  Nîmes  Arles  Sports  Faits divers\nNîmes\nLe tramway de Nîmes prolongé jusqu'à la gare en 2027\n"
                + "Par Sophie Manelli\nPublié le 06/12/2026 à 07h30\nLa ville a voté le prolongement du tramway.\nLes travaux débuteront en janvier.\n");
        assertThat(a.getSource()).isEqualTo("Le Dauphiné Provençal");
        assertThat(a.getTitle()).isEqualTo("Le tramway de Nîmes prolongé jusqu'à la gare en 2027");
        assertThat(allText(a)).doesNotContain("cookies");
    }

    @Test
    void shouldReadTheNameUnderTheWindowsTitleOverADutchMenu() {
        Article a = parse("Nieuwe busbaan Venlo is in maart klaar | Dagblad Venlo\nDagblad Venlo\nNieuws  Regio  Sport  Cultuur  Puzzels\nVenlo\n"
                + "Nieuwe busbaan Venlo is in maart klaar\nJan Peeters\n6 december 2026, 07:15\nDe busbaan is in maart klaar.\nDe reis duurt 20 minuten.\n");
        assertThat(a.getSource()).isEqualTo("Dagblad Venlo");
        assertThat(a.getSection()).isEqualTo("Venlo");
        assertThat(allText(a)).doesNotContain("| Dagblad Venlo", "Puzzels");
    }
}
