package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the fifty-seventh held-out set (h402-h407: Dakar's bus rapid transit, Kraków's tram, Gothenburg's rail
 * tunnel, Seville's metro, Leipzig's S-Bahn, Sydney Metro West) guided, each tried on other names: a Nordic company's
 * or office's noun in its definite form opening a sentence before the name, Nordic stations, Polish "Według", Polish given
 * names that let a mayor's town stand apart from the mayor.
 */
class NordicDefiniteOpenersAndStationsEntityTest {

    @Test
    void shouldReadTheNameWhenANordicCompanyNounOpensTheSentence() {
        List<Entity> found = entities("sv", "Energibolaget Vattenfall bygger en ny ledning. Vattenfall räknar med start i maj.");
        assertType(found, "Vattenfall", EntityType.ORGANIZATION);
        assertThat(names(found)).doesNotContain("Energibolaget Vattenfall");
    }

    @Test
    void shouldReadThePersonWhenANordicCouncillorsTitleOpensTheSentence() {
        List<Entity> found = entities("sv", "Kommunalrådet Lena Ek kallar beskedet tråkigt för pendlarna i Uppsala.");
        assertType(found, "Lena Ek", EntityType.PERSON);
    }

    @Test
    void shouldReadPlacesWhenANordicStationIsNamed() {
        List<Entity> found = entities("sv", "Tågen stannar vid den nya stationen Korsvägen och vid Centralstationen i Göteborg.");
        assertType(found, "Korsvägen", EntityType.LOCATION);
        assertType(found, "Centralstationen", EntityType.LOCATION);
    }

    @Test
    void shouldReadTheTownAndThePersonWhenAPolishMayorsTownStandsBeforeTheName() {
        List<Entity> found = entities("pl", "Prezydent Gdańska Aleksandra Dulkiewicz otworzyła w poniedziałek nowy przystanek.");
        assertType(found, "Aleksandra Dulkiewicz", EntityType.PERSON);
        assertType(found, "Gdańsk", EntityType.LOCATION);
    }

    @Test
    void shouldDropThePrepositionWhenPolishWedlugOpensTheSentence() {
        assertThat(names(entities("pl", "Według Urzędu Marszałkowskiego prace potrwają dwa lata."))).noneMatch(n -> n.startsWith("Według"));
    }
}
