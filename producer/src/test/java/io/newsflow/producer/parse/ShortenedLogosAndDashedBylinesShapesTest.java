package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-twenty-second held-out round (x769-x774), on other pages: an initials logo whose next
 * line leaves its last word out ("WAZ" / "Westdeutsche Allgemeine") or spells a letter by an elided article's name ("DLA"
 * / "Dépêche Libre d'Auvergne"), and a byline whose lead-in, name, dash and date share one line ("Por Lucía Navarro - 3
 * dic. 2026 - 11:05"), where a town before a dash stays a dateline's ("Santiago de Chile - ...", older x210).
 */
class ShortenedLogosAndDashedBylinesShapesTest {

    @Test
    void shouldNameTheSiteByItsNameWhenTheLogoAddsALetterForAWordLeftOut() {
        Article a = parse("WAZ\nWestdeutsche Allgemeine\nEssen\nSport\nAnmelden\n\nEssen\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Westdeutsche Allgemeine");
    }

    @Test
    void shouldNameTheSiteByItsNameWhenAnElidedArticlesNameGivesALetter() {
        Article a = parse("DLA\nDépêche Libre d'Auvergne\nClermont\nSports\nSe connecter\n\nClermont\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Dépêche Libre d'Auvergne");
    }

    @Test
    void shouldReadTheWriterAndTheDateWhenADashPartsThemAfterALeadIn() {
        Article a = parse(HEADLINE + "\n\nPor Lucía Navarro - 3 dic. 2026 - 11:05\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Lucía Navarro");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-03T11:05:00Z"));
    }
}
