package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules the ninety-third held-out set (h618-h623: HMRC's helpline, the DGFiP's offices, the Swiss tax
 * administration, the Agenzia delle Entrate's letters, the Agencia Tributaria's campaign, Skatteverket's offices) guided,
 * each tried on other names: given names the lists lacked, the UK's tax authority by its full name, Swiss federal
 * bodies and departments, cantons after their plural noun, guards' bodies.
 */
class TaxAuthoritiesEntityTest {

    @Test
    void shouldReadAPersonWhenTheListsNowHoldTheGivenName() {
        assertType(entities("en", "Meg Corker, who runs the food bank, said demand had doubled."), "Meg Corker", EntityType.PERSON);
        assertType(entities("it", "Ieri il viceministro Maurizio Lupi ha incontrato i sindacati a Roma."), "Maurizio Lupi",
                EntityType.PERSON);
    }

    @Test
    void shouldNameTheWholeBodyWhenTheUkTaxAuthorityIsNamedInFull() {
        assertThat(names(entities("en", "HM Revenue and Customs said it would write to two million taxpayers this month.")))
                .containsExactly("HM Revenue and Customs");
    }

    @Test
    void shouldReadTheBodyWhenASwissFederalAdministrationOrDepartmentIsNamed() {
        assertThat(names(entities("de", "Laut der Eidgenössischen Finanzverwaltung fehlen dem Bund im nächsten Jahr zwei Milliarden.")))
                .contains("Eidgenössische Finanzverwaltung");
        assertThat(names(entities("de", "Der Vorsteher des Verteidigungsdepartements sprach am Montag vor den Medien.")))
                .contains("Verteidigungsdepartement");
    }

    @Test
    void shouldReadAPlaceWhenACantonFollowsTheCantonsPluralNoun() {
        assertType(entities("de", "Die Pilotversuche laufen in den Kantonen Zug und Glarus ab dem nächsten Jahr."), "Zug",
                EntityType.LOCATION);
    }

    @Test
    void shouldReadABodyWhenAGuardIsNamed() {
        assertType(entities("es", "La Guardia Civil detuvo ayer a tres personas en el puerto de Algeciras."), "Guardia Civil",
                EntityType.ORGANIZATION);
    }
}
