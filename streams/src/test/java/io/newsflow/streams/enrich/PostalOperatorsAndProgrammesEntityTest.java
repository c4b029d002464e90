package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules the ninety-second held-out set (h612-h617: Royal Mail's second-class letters, La Poste in the Creuse, the
 * Deutsche Post's postage, Poste Italiane's Polis, Correos and the SEPI, Poczta Polska's closures) guided, each tried on
 * other names: a role heading an apposition, postal operators, a German body's adjective before "Post", a listed body
 * and its legal form after a title, German nouns that are towns' names, Polish genitives, projects' names.
 */
class PostalOperatorsAndProgrammesEntityTest {

    @Test
    void shouldReadAPersonWhenARoleHeadsTheAppositionWhateverBodyWordQualifiesIt() {
        assertType(entities("en", "Xanthe Rook, Ofgem's group director for retail, said prices would fall in April."),
                "Xanthe Rook", EntityType.PERSON);
    }

    @Test
    void shouldReadTheBodyWhenAPostalOperatorIsNamed() {
        assertType(entities("es", "Correos abrirá este año cuarenta oficinas nuevas en pueblos de menos de mil habitantes."),
                "Correos", EntityType.ORGANIZATION);
        assertThat(names(entities("de", "Das Paket der Österreichischen Post kam drei Tage zu spät bei den Kunden an.")))
                .contains("Österreichische Post");
    }

    @Test
    void shouldReadTheBodyWhenAListedNameAndItsLegalFormFollowATitle() {
        assertThat(names(entities("de", "Christian Klein, Vorstandschef der SAP SE, sprach am Dienstag in Walldorf.")))
                .contains("SAP SE");
    }

    @Test
    void shouldNameNoTownWhenAGermanNounAfterAnArticleIsAlsoATownsName() {
        assertThat(names(entities("de", "Das Essen in der Kantine war am Montag wieder kalt, sagten die Beschäftigten.")))
                .doesNotContain("Essen");
        assertThat(names(entities("de", "Die Beschäftigten in Essen streiken am Montag vor der Kantine."))).contains("Essen");
    }

    @Test
    void shouldGiveTheNominativeWhenPolishNamesAUnionOrLodzInACase() {
        assertThat(names(entities("pl", "W poniedziałek przedstawiciele Solidarności spotkali się w Łodzi z prezesem spółki w sprawie płac.")))
                .contains("Solidarność", "Łódź");
    }

    @Test
    void shouldNameNoBodyWhenAProjectsOrProgrammesNameStandsBesideItsWord() {
        assertThat(names(entities("it", "Il progetto Mose protegge la laguna dalle maree più alte dell'anno."))).isEmpty();
        assertThat(names(entities("en", "The Lunar Gateway depends on the Artemis programme, officials said."))).doesNotContain("Artemis");
    }
}
