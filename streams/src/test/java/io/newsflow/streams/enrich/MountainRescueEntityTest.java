package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What the mountain rescue held-out set (h708-h713) found missing or wrong, each tried on other names: where a person
 * comes "from", a German road's kind, French peaks in lower case, France's civil defence and mountain police,
 * Norwegian police districts, and Polish mountains, towns declined as adjectives and a rescue chief's title.
 */
class MountainRescueEntityTest {

    @Test
    void shouldReadAPlaceWhenAPersonIsSaidToComeFromIt() {
        List<Entity> found = entities("en", "The avalanche buried a 41-year-old from Kremmling and a woman from Granby.",
                "Rescuers reached them within an hour.");
        assertType(found, "Kremmling", EntityType.LOCATION);
        assertType(found, "Granby", EntityType.LOCATION);
    }

    @Test
    void shouldReadNoPlaceWhenAGermanRoadIsNamedByItsKind() {
        List<Entity> found = entities("de", "Die Staatsstraße ist wegen Lawinengefahr gesperrt, ebenso die Kreisstraße nach Oberstdorf.",
                "Die Gemeinde hat einen Krisenstab eingerichtet.");
        assertThat(names(found)).doesNotContain("Staatsstraße", "Kreisstraße");
    }

    @Test
    void shouldReadFrenchPeaksWhenTheirKindIsInLowerCase() {
        List<Entity> found = entities("fr", "Les deux hommes ont été secourus sur l'aiguille Verte, puis près du pic du Midi de Bigorre.",
                "Le Peloton de gendarmerie de haute montagne est intervenu avec l'hélicoptère de la Sécurité civile.");
        assertType(found, "aiguille Verte", EntityType.LOCATION);
        assertType(found, "pic du Midi de Bigorre", EntityType.LOCATION);
        assertType(found, "Peloton de gendarmerie de haute montagne", EntityType.ORGANIZATION);
        assertType(found, "Sécurité civile", EntityType.ORGANIZATION);
        assertThat(names(found)).doesNotContain("Midi", "Peloton", "Sécurité");
    }

    @Test
    void shouldReadANorwegianPoliceDistrictWhenItsNounFollowsTheRegion() {
        List<Entity> found = entities("no", "Operasjonsleder Ola Berg i Vest politidistrikt sier at ingen er skadd.",
                "Røde Kors hjalp til med transporten.");
        assertType(found, "Vest politidistrikt", EntityType.ORGANIZATION);
        assertType(found, "Ola Berg", EntityType.PERSON);
    }

    @Test
    void shouldReadPolishMountainsAndTownsWhenTheyAreDeclined() {
        List<Entity> found = entities("pl", "Lawina zeszła w Bieszczadach i w Tatrach. Rannych przewieziono do szpitala w Zakopanem.",
                "Naczelnik GOPR Jan Nowak powiedział, że turyści nie mieli detektorów.");
        assertType(found, "Tatry", EntityType.LOCATION);
        assertType(found, "Bieszczady", EntityType.LOCATION);
        assertType(found, "Zakopane", EntityType.LOCATION);
        assertType(found, "Jan Nowak", EntityType.PERSON);
        assertThat(names(found)).doesNotContain("Naczelnik GOPR", "Zakopanem");
    }
}
