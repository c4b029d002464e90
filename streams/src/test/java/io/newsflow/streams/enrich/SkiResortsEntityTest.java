package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;

import org.junit.jupiter.api.Test;

/**
 * The rules the ninety-seventh held-out set (h642-h647: Vail Resorts' snowmaking, Val Thorens' opening, Tyrol's lift
 * prices, Cortina's bobsleigh track, Sierra Nevada's season, Skistar's bookings in Åre) guided, each tried on other
 * names: an association's name going on in lower case, Alpine adjectives, chambers in one compound, a consortium, a
 * Swedish region's council of three words, ski resorts named alone.
 */
class SkiResortsEntityTest {

    @Test
    void shouldReadTheWholeNameWhenAnAssociationsNameGoesOnInLowerCase() {
        assertType(entities("fr", "Selon l'association Paysans solidaires, la récolte est faible cette année."), "Paysans solidaires",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldMentionTheDepartementWhenItsAdjectiveIsWritten() {
        assertType(entities("fr", "La station haut-savoyarde a ouvert ses pistes samedi."), "Haute-Savoie", EntityType.LOCATION);
    }

    @Test
    void shouldReadABodyWhenAChamberOrAConsortiumIsNamed() {
        assertType(entities("de", "Laut der Ärztekammer fehlen auf dem Land Hausärzte."), "Ärztekammer", EntityType.ORGANIZATION);
        assertType(entities("it", "Il consorzio Skirama Kronplatz ha aperto la stagione con 120 chilometri di piste."),
                "Skirama Kronplatz", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadACouncilWhenASwedishRegionHasATwoWordName() {
        assertType(entities("sv", "Enligt Region Västra Götaland saknas personal i vården."), "Region Västra Götaland",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadAPlaceWhenASkiResortIsNamedAlone() {
        assertType(entities("sv", "Nya liftar byggs i Trysil och Hemsedal i vinter."), "Hemsedal", EntityType.LOCATION);
        assertType(entities("de", "In Saalbach fehlt noch Schnee, sagte der Sprecher."), "Saalbach", EntityType.LOCATION);
    }
}
