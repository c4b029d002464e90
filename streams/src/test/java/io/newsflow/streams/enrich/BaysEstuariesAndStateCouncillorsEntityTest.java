package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.extractIn;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the sixty-fourth held-out set (h444-h449: Pune's metro, Lausanne's m3, Bari's cruise terminal, a bridge over
 * Ghent's Ringvaart, Aarhus's harbour, dredging in the Sado) guided, each tried on other names: Nordic bays and Denmark's
 * parts, Portuguese estuaries and beaches, Italian piers, Indian towns' endings, French and Swiss councillors and "d'État"
 * titles, Italian's "porto" before "di" in a title, and French offices and transport operators named in lower case.
 */
class BaysEstuariesAndStateCouncillorsEntityTest {

    @Test
    void shouldReadPlacesWhenADanishBayOrAPartOfDenmarkIsNamed() {
        List<Entity> found = entities("da", "Havnen ved Vejle Bugt vokser, og flere firmaer flytter til Nordjylland.");
        assertType(found, "Vejle Bugt", EntityType.LOCATION);
        assertType(found, "Nordjylland", EntityType.LOCATION);
    }

    @Test
    void shouldReadPlacesWhenAPortugueseEstuaryOrBeachIsNamed() {
        List<Entity> found = entities("pt", "A poluição no estuário do Mondego preocupa os pescadores e as praias da Caparica.");
        assertType(found, "Mondego", EntityType.LOCATION);
        assertType(found, "Caparica", EntityType.LOCATION);
    }

    @Test
    void shouldReadThePersonWhenACouncillorsTitleOrAStateTitleStandsBeforeTheName() {
        List<Entity> found = entities("fr", "Le conseiller fédéral Albert Rösti a défendu le projet devant la secrétaire d'État Marie Lebec.");
        assertType(found, "Albert Rösti", EntityType.PERSON);
        assertType(found, "Marie Lebec", EntityType.PERSON);
        assertThat(names(found)).doesNotContain("État Marie Lebec");
    }

    @Test
    void shouldReadAPlaceWhenAnIndianTownsEndingClosesTheName() {
        List<Entity> found = entities("en", "Commuters on the Baner–Karvenagar road face long delays every morning.");
        assertType(found, "Karvenagar", EntityType.LOCATION);
    }

    @Test
    void shouldReadTheWholeNameWhenAFrenchOfficeOrTransportOperatorGoesOnInLowerCase() {
        List<Entity> found = entities("fr", "Selon lui, l'Office national des forêts et les Transports publics genevois ont signé un accord.");
        assertType(found, "Office national des forêts", EntityType.ORGANIZATION);
        assertType(found, "Transports publics genevois", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadNoCityWhenAnItalianTitleOpensWithThePortsCommonNoun() {
        List<Entity> found = extractIn("Porto di Genova, la nuova diga sarà pronta nel 2027", "it",
                "I lavori per la diga foranea di Genova proseguono, ha detto il commissario.");
        assertThat(names(found)).doesNotContain("Porto").contains("Genova");
    }
}
