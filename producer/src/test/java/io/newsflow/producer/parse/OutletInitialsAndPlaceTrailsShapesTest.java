package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-fifteenth held-out round (x727-x732), on other names: a byline closed by the outlet's
 * initials ("Name HS" under "Helsingin Sanomat"), a region's town after a bar over the headline ("Steiermark | Graz"),
 * and Finnish "Lue lisää:" before a link to another story.
 */
class OutletInitialsAndPlaceTrailsShapesTest {

    private static final String MENU = "Uutiset\nKotimaa\nUlkomaat\nTalous\nUrheilu\nKirjaudu\n\n";

    @Test
    void shouldDropTheOutletsInitialsWhenTheyCloseTheWritersName() {
        Article a = parse("Turun Sanomat\n" + MENU + "Kotimaa\n\n" + HEADLINE + "\n\nMatti Juhani Virtanen TS\n"
                + "Julkaistu 2.12.2026 9:15\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Turun Sanomat");
        assertThat(a.getAuthors()).containsExactly("Matti Juhani Virtanen");
    }

    @Test
    void shouldKeepAShortSurnameWhenItIsNoOutletsInitials() {
        Article a = parse("Turun Sanomat\n" + MENU + "Kotimaa\n\n" + HEADLINE + "\n\nAnna Maria Ek\n"
                + "Julkaistu 2.12.2026 9:15\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Anna Maria Ek");
    }

    @Test
    void shouldReadNoOutletWhenATownFollowsItsRegionOverTheHeadline() {
        Article a = parse("Tiroler Tageszeitung\nTirol\nÖsterreich\nWelt\nSport\nAbo\n\nTirol | Innsbruck\n\n" + HEADLINE + "\n\n"
                + "Von Anna Gruber | 9.30 Uhr, 02. Dezember 2026\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Tiroler Tageszeitung");
        assertThat(a.getSection()).isEqualTo("Tirol");
    }

    @Test
    void shouldDropAFinnishReadMoreLinkWhenItClosesTheText() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nLue lisää: Näin sähkön hinta nousee talvella\n\n"
                + "The mayor said the bridge would reopen in spring.");
        assertThat(allText(a)).doesNotContain("Lue lisää").doesNotContain("sähkön").contains("reopen in spring");
    }
}
