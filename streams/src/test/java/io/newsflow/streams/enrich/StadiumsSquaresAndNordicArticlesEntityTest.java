package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules the seventy-seventh held-out set (h522-h527: Edinburgh's Fringe, Lille's stadium, Betis' move, Bayreuth's
 * festival house, PSV's stadium, Copenhagen's Royal Theatre) guided, each tried on other names: arenas and stadiums by
 * their kind, Nordic squares and streets in one compound, Danish and Norwegian names opened by their article, seas and
 * capes, a French metropolis' body and a German hill.
 */
class StadiumsSquaresAndNordicArticlesEntityTest {

    @Test
    void shouldReadAPlaceWhenAnArenaOrAStadiumIsNamedByItsKind() {
        assertType(entities("en", "The concert moved to the Utilita Arena in Newcastle."), "Utilita Arena", EntityType.LOCATION);
        assertType(entities("fr", "Le match se jouera au stade Geoffroy-Guichard samedi."), "stade Geoffroy-Guichard", EntityType.LOCATION);
        assertType(entities("es", "El club jugará en el estadio de Los Cármenes la próxima temporada."), "Los Cármenes",
                EntityType.LOCATION);
    }

    @Test
    void shouldReadAPlaceWhenANordicSquareOrStreetIsNamedInOneCompound() {
        assertType(entities("da", "Demonstranterne samledes på Rådhuspladsen i går."), "Rådhuspladsen", EntityType.LOCATION);
        assertType(entities("no", "Butikken ligger i Karl Johans gate og på Stortorget."), "Stortorget", EntityType.LOCATION);
        assertThat(names(entities("da", "Omvejen koster rederiet to uger."))).doesNotContain("Omvejen");
    }

    @Test
    void shouldKeepTheArticleWhenItOpensADanishOrNorwegianName() {
        assertType(entities("no", "Den Norske Opera har fått ny direktør."), "Den Norske Opera", EntityType.ORGANIZATION);
        assertType(entities("da", "Skibene sejler uden om Det Røde Hav og rundt om Kap Det Gode Håb."), "Det Røde Hav",
                EntityType.LOCATION);
    }

    @Test
    void shouldReadTheBodyWhenAFrenchMetropolisGovernmentIsNamed() {
        assertType(entities("fr", "Selon lui, la Métropole européenne de Rouen financera les travaux."), "Métropole européenne de Rouen",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadAPlaceWhenAGermanHillIsNamedWithItsAdjective() {
        assertType(entities("de", "Die Besucher stiegen auf den Grünen Hügel hinauf."), "Grüner Hügel", EntityType.LOCATION);
    }
}
