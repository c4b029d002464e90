package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the seventieth held-out set (h480-h485: Minneapolis' rent vote, Kassel's documenta, Palermo's opera house,
 * Kiruna's move, The Hague's Binnenhof, Manaus' drought) guided, each tried on other names: Portuguese titles in the
 * masculine, towns named after a saint written "St.", Nordic parliaments and Sami villages, a Dutch chamber after "aan
 * de", and civil defence as a body.
 */
class TitlesSaintsAndChambersEntityTest {

    @Test
    void shouldReadThePersonWhenAPortugueseTitleInTheMasculineComesFirst() {
        List<Entity> found = entities("pt", "O prefeito Eduardo Paes e o governador Cláudio Castro visitaram a obra.");
        assertType(found, "Eduardo Paes", EntityType.PERSON);
        assertType(found, "Cláudio Castro", EntityType.PERSON);
    }

    @Test
    void shouldReadThePlaceWhenATownNamedAfterASaintIsWrittenWithSt() {
        assertType(entities("en", "Fans travelled from St. Gallen to watch the final."), "St. Gallen", EntityType.LOCATION);
    }

    @Test
    void shouldReadBodiesWhenANordicParliamentOrASamiVillageIsNamed() {
        List<Entity> found = entities("sv", "Frågan togs upp i Stortinget och av Laevas sameby i förra veckan.");
        assertType(found, "Stortinget", EntityType.ORGANIZATION);
        assertType(found, "Laevas sameby", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadNoPlaceWhenADutchChamberFollowsAanDe() {
        assertThat(names(entities("nl", "De minister stuurde een brief aan de Kamer over de kosten."))).doesNotContain("Kamer");
    }

    @Test
    void shouldReadThePersonWhenAGovernorsTitleOpensTheSentence() {
        // h492-h497's "Gouverneur Emile Roemer": the Dutch and French governor's title the lists lacked
        assertType(entities("nl", "Gouverneur Wim Dijkstra noemt het besluit onbegrijpelijk."), "Wim Dijkstra", EntityType.PERSON);
    }

    @Test
    void shouldReadTheBodyWhenCivilDefenceIsNamedAfterAPlace() {
        assertType(entities("pt", "A Defesa Civil de Pernambuco retirou 300 famílias."), "Defesa Civil de Pernambuco",
                EntityType.ORGANIZATION);
    }
}
