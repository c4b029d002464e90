package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the forty-fifth held-out set (h330-h335: Nigeria's petrol price, Mexico's power plants,
 * Stuttgart 21, Brussels's budget, Ryanair in Sicily, Qantas's fine) guided, each tried on other names:
 * a courtesy title's letters in capitals name a party, a city's people name the city, "between X and Y"
 * in German, two German bodies each with its article, and German "-verband" descriptions.
 */
class PartyAcronymsAndGermanListsEntityTest {

    @Test
    void shouldReadAPartyWhenACourtesyTitlesLettersStandInCapitals() {
        List<Entity> found = entities("fr", "Le bourgmestre Jean Dupont (MR) et Mr Smith se sont rencontrés à Namur.");
        assertType(found, "MR", EntityType.ORGANIZATION);
        assertThat(names(found)).contains("Smith").doesNotContain("Mr Smith");
        // titles written in capitals stay titles: "Local MP", "PDG"
        assertThat(names(entities("en", "Local MP Jane Hart said the bridge would reopen."))).containsExactly("Jane Hart");
    }

    @Test
    void shouldCountTheCityWhenItsPeopleAreNamed() {
        assertType(entities("fr", "Pour le maire, « les Lyonnais paieront l'addition »."), "Lyon", EntityType.LOCATION);
    }

    @Test
    void shouldReadBothPlacesWhenGermanSaysBetweenATownAndAnother() {
        List<Entity> found = entities("de", "Die Strecke zwischen Plochingen und Ulm bleibt gesperrt.");
        assertType(found, "Ulm", EntityType.LOCATION);
        assertType(found, "Plochingen", EntityType.LOCATION);
        // companies stay companies
        assertType(entities("de", "Der Streit zwischen Siemens und Ulm geht weiter."), "Siemens", EntityType.ORGANIZATION);
    }

    @Test
    void shouldSplitTwoGermanBodiesWhenEachHasItsArticle() {
        List<Entity> found = entities("de", "Auch der Verband Region Stuttgart und der Branchenverband Bitkom äußerten sich.");
        assertType(found, "Verband Region Stuttgart", EntityType.ORGANIZATION);
        assertType(found, "Bitkom", EntityType.ORGANIZATION);
    }
}
