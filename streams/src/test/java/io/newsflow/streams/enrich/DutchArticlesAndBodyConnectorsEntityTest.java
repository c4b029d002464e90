package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.entity;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the thirty-ninth held-out set (h300-h303: an Italian motorway operator, a Dutch rail
 * outage, Polish trains, Petrobras) and the fortieth (h304-h307: Boeing's machinists, Vizhinjam's port,
 * Transnet, Air Canada's pilots) guided, on other names: Dutch "de" between two names, a title inside the
 * span before a Dutch affiliation, "per" inside a body's name, Dutch company kinds, "Per" as a given name,
 * a place word alone before a title, and a brand in camel case after its kind.
 */
class DutchArticlesAndBodyConnectorsEntityTest {

    @Test
    void shouldSplitTwoNamesWhenDutchDeStandsBetweenThemBeforeABody() {
        List<Entity> found = entities("nl", "Het bedrijf wil dat Arriva de Provincie Limburg informeert. Ook Frans de Waal sprak.");
        assertThat(names(found)).contains("Arriva", "Provincie Limburg", "Frans de Waal")
                .doesNotContain("Arriva de Provincie Limburg");
    }

    @Test
    void shouldReadThePersonWhenAnOpeningTitleAndADutchAffiliationSurroundTheName() {
        List<Entity> found = entities("nl", "Minister Barry Madlener van Infrastructuur reageerde. Topman Wouter Koolmees van de NS ook.");
        assertThat(entity(found, "Barry Madlener").type()).isEqualTo(EntityType.PERSON);
        assertThat(entity(found, "Wouter Koolmees").type()).isEqualTo(EntityType.PERSON);
        assertThat(names(found)).contains("NS").doesNotContain("Infrastructuur");
    }

    @Test
    void shouldReadTheBodyWholeWhenPerJoinsItsName() {
        List<Entity> found = entities("it", "L'Agenzia per la Cybersicurezza Nazionale ha segnalato l'attacco a Roma.");
        assertThat(entity(found, "Agenzia per la Cybersicurezza Nazionale").type()).isEqualTo(EntityType.ORGANIZATION);
        // a capitalised "Per" is a given name
        assertThat(names(entities("sv", "Per Olsson leder bolaget i Malmö."))).contains("Per Olsson");
    }

    @Test
    void shouldReadTheCompanyWhenADutchCompoundNamesItsKind() {
        assertThat(names(entities("nl", "Busvervoerder Arriva rijdt vanaf december in Limburg."))).contains("Arriva")
                .doesNotContain("Busvervoerder Arriva");
        // a company's kind before its town is the company's own name
        assertThat(names(entities("nl", "Het Havenbedrijf Amsterdam investeert in walstroom."))).contains("Havenbedrijf Amsterdam");
    }

    @Test
    void shouldReadNoBodyWhenAPlaceWordAloneOpensTheSentenceBeforeATitle() {
        List<Entity> found = entities("en", "District president Maria Lopez said the vote was fair. Hafenwerk president Tom Berg agreed.");
        assertThat(names(found)).contains("Maria Lopez").doesNotContain("District");
    }

    @Test
    void shouldReadTheBrandWhenItsKindOpensTheSentence() {
        List<Entity> found = entities("en", "Rival SkyLink settled last year. Suppliers are relieved: Vector AeroWorks, which builds wings, "
                + "recalled staff.");
        assertThat(names(found)).contains("SkyLink", "Vector AeroWorks").doesNotContain("Rival SkyLink");
    }
}
