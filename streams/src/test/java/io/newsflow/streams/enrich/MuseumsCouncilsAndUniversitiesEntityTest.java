package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules the eighty-eighth held-out set (h588-h593: the Smithsonian's Benin bronzes, a house in Pompeii, Atapuerca's
 * face, Hallstatt's finds in Vienna, Tournai's Merovingian graves, the Vasa museum) guided, each tried on other names: a
 * town's council named by its word for "town", Belgian mayors' titles, "sobre" inside a body's name, Nordic museums and
 * offices in one word, a body of a listed place of two names, an institution's short name, Austria's landscapes.
 */
class MuseumsCouncilsAndUniversitiesEntityTest {

    @Test
    void shouldReadTheCouncilWhenATownsWordOpensItsName() {
        assertType(entities("fr", "Les enfants ont visité la Ville de Namur hier."), "Ville de Namur", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadTheMayorWhenABelgianTitleAndAPartyPrecedeHim() {
        assertThat(names(entities("fr", "Selon le bourgmestre Ecolo Quentin Mauclet, le marché ouvrira."))).contains(
                "Quentin Mauclet", "Ecolo");
    }

    @Test
    void shouldReadOneBodyWhenSobreJoinsItsName() {
        assertType(entities("es", "Lo dijo el Observatorio sobre la Violencia de Género ayer."),
                "Observatorio sobre la Violencia de Género", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadTheBodyWhenANordicMuseumOrOfficeIsOneWord() {
        assertType(entities("sv", "Nationalmuseet visar en ny utställning."), "Nationalmuseet", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadTheBodyWhenItIsNamedAfterAPlaceOfTwoNames() {
        assertType(entities("es", "El acuerdo con el Gobierno de Bosnia y Herzegovina se firmó ayer."),
                "Gobierno de Bosnia y Herzegovina", EntityType.ORGANIZATION);
    }

    @Test
    void shouldCountOneBodyWhenItsFirstWordNamesItAgain() {
        assertThat(entities("en", "The Getty Foundation gave money, and a Getty spokesman said it was glad."))
                .singleElement().satisfies(e -> {
                    assertThat(e.name()).isEqualTo("Getty Foundation");
                    assertThat(e.mentions()).isEqualTo(2);
                });
    }

    @Test
    void shouldReadAPlaceWhenAnAustrianLandscapeIsNamed() {
        assertType(entities("de", "Die Schiffe fahren durch die Wachau und halten in Melk."), "Wachau", EntityType.LOCATION);
    }
}
