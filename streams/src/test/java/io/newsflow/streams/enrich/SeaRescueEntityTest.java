package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;

import org.junit.jupiter.api.Test;

/**
 * The rules the ninety-sixth held-out set (h636-h641: the RNLI's busiest summer, the SNSM's missing volunteers, the
 * DGzRS's record year, the Guardia costiera off Lampedusa, Salvamento Marítimo off El Hierro, the KNRM's call-outs)
 * guided, each tried on other names: sea channels as places, Italian "costiera" after a body's word, German "zur" and
 * "zum" inside a body's name, the North Sea's and the Baltic's islands, the German coasts' joint command.
 */
class SeaRescueEntityTest {

    @Test
    void shouldReadAPlaceWhenASeaChannelIsNamedAfterItsPlace() {
        assertType(entities("en", "A cargo ship sank in the Mozambique Channel on Monday, officials in Maputo said."),
                "Mozambique Channel", EntityType.LOCATION);
    }

    @Test
    void shouldReadTheCoastguardWhenItsAdjectiveIsLowerCase() {
        assertType(entities("it", "Un pattugliatore della Guardia costiera ha recuperato il relitto vicino a Crotone."),
                "Guardia costiera", EntityType.ORGANIZATION);
    }

    @Test
    void shouldKeepOneBodyWhenGermanZurOrZumJoinsItsName() {
        assertType(entities("de", "Die Stiftung zur Aufarbeitung der SED-Diktatur hat ihren Bericht vorgelegt."),
                "Stiftung zur Aufarbeitung der SED-Diktatur", EntityType.ORGANIZATION);
        assertType(entities("de", "Der Verband zum Schutz des Waldes klagt gegen die Rodung."), "Verband zum Schutz des Waldes",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadAPlaceWhenAnIslandOfTheNorthSeaIsNamed() {
        assertType(entities("de", "Urlauber auf Sylt und Amrum müssen mit Sturm rechnen, warnt das Havariekommando."), "Amrum",
                EntityType.LOCATION);
        assertType(entities("nl", "De veerboot naar Ameland vaart vandaag niet, meldt de rederij."), "Ameland",
                EntityType.LOCATION);
        assertType(entities("de", "Urlauber auf Sylt und Amrum müssen mit Sturm rechnen, warnt das Havariekommando."),
                "Havariekommando", EntityType.ORGANIZATION);
    }
}
