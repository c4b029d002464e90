package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules the eighty-seventh held-out set (h582-h587: the Met Office, Météo-France, the DWD, Aemet, the KNMI and the
 * IMGW warning of storms) guided, each tried on other names: French départements, a national body's hyphenated name,
 * listed towns of two names, Dutch dikes and name particles, a Polish body's "i", storms' given names, state units, river
 * basins, phone messages.
 */
class StormsAndWeatherServicesEntityTest {

    @Test
    void shouldReadAPlaceWhenFrenchNewsNamesADepartement() {
        assertType(entities("fr", "Les pompiers de la Gironde et de la Dordogne sont intervenus toute la nuit."), "Dordogne",
                EntityType.LOCATION);
        assertType(entities("fr", "Les crues touchent le Vaucluse depuis lundi."), "Vaucluse", EntityType.LOCATION);
    }

    @Test
    void shouldReadAnOrganisationWhenACommonWordAndACountryMakeOneName() {
        assertType(entities("fr", "Elle a travaillé dix ans à Radio-Canada avant de partir."), "Radio-Canada",
                EntityType.ORGANIZATION);
        assertType(entities("fr", "Le train part de Nord-France à midi."), "Nord-France", EntityType.LOCATION);
    }

    @Test
    void shouldReadAPlaceWhenAListedTownHasTwoNames() {
        assertType(entities("de", "Zwischen Dortmund und Castrop-Rauxel bleiben die Straßen gesperrt."),
                "Castrop-Rauxel", EntityType.LOCATION);
    }

    @Test
    void shouldReadThePlaceAndThePersonWhenDutchNamesADikeOrAParticle() {
        assertType(entities("nl", "Het verkeer op de Houtribdijk staat stil."), "Houtribdijk", EntityType.LOCATION);
        assertType(entities("nl", "\"Het is gevaarlijk\", zegt weervrouw Marjon de Boer van het KNMI."), "Marjon de Boer",
                EntityType.PERSON);
    }

    @Test
    void shouldReadOneBodyWhenPolishJoinsItsNameWithI() {
        assertType(entities("pl", "Dane podał Instytut Rybactwa i Ochrony Wód w piątek."), "Instytut Rybactwa i Ochrony Wód",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldNameNoEntityWhenAStormsNameOrAPhoneMessageIsWritten() {
        assertThat(names(entities("es", "La borrasca Herminia dejó lluvias en Galicia."))).containsExactly("Galicia");
        assertThat(names(entities("pl", "Mieszkańcy Gdańska dostali alerty SMS."))).doesNotContain("SMS");
    }

    @Test
    void shouldReadTheBodyAndThePlaceWhenAUnitOrABasinIsNamed() {
        assertType(entities("es", "Llegaron efectivos de la Unidad Militar de Emergencias al pueblo."), "Unidad Militar de Emergencias",
                EntityType.ORGANIZATION);
        assertType(entities("es", "Las lluvias desbordaron los ríos de la cuenca del Segura."), "Segura", EntityType.LOCATION);
    }
}
