package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The rules the ninety-ninth held-out set (h654-h659: Burberry's quarter, LVMH's cognac, Hugo Boss's job cuts, the
 * Armani foundation, Inditex's largest Zara, H&M's closures) guided, each tried on other names: a town before a
 * relative clause about what stands in it, English counties, founders' titles, a Romance "bureau", a surname two persons
 * share, Nordic unions named by their members, fashion houses and Nordic stock exchanges listed.
 */
class FashionHousesEntityTest {

    @Test
    void shouldReadAPlaceWhenARelativeClauseAfterTheTownIsAboutWhatStandsThere() {
        List<Entity> found = entities("en", "Workers at the plant in Burnley, Lancashire, which makes aircraft parts, voted to strike.");
        assertType(found, "Burnley", EntityType.LOCATION);
        assertType(found, "Lancashire", EntityType.LOCATION);
    }

    @Test
    void shouldReadAPersonWhenAFounderIsNamed() {
        assertType(entities("es", "El fundador Amancio Ortega asistió a la inauguración de la tienda."), "Amancio Ortega",
                EntityType.PERSON);
    }

    @Test
    void shouldReadABodyWhenAFrenchBureauIsNamedInLowerCase() {
        assertType(entities("fr", "Le Bureau national interprofessionnel du cognac estime que 2 000 emplois sont menacés."),
                "Bureau national interprofessionnel du cognac", EntityType.ORGANIZATION);
    }

    @Test
    void shouldJoinTheLastPersonNamedWhenTwoShareTheSurname() {
        List<Entity> found = entities("it", "Dopo la morte di Paolo Ferri il figlio guida il gruppo. Un collaboratore di Ferri, "
                + "insieme alla nipote Anna Ferri, ha presentato il piano.");
        assertThat(names(found)).contains("Paolo Ferri", "Anna Ferri").doesNotContain("Ferri");
    }

    @Test
    void shouldReadABodyWhenANordicUnionIsNamedByItsMembers() {
        assertType(entities("sv", "Lärarnas riksförbund kritiserar regeringens förslag om skolan."), "Lärarnas riksförbund",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadACompanyWhenAListedFashionHouseOpensASentence() {
        assertType(entities("en", "Gucci said sales fell 12% in the quarter, its owner Kering added."), "Gucci",
                EntityType.ORGANIZATION);
        assertType(entities("fr", "Son PDG a assuré que la maison Christian Dior restait très désirable."), "Christian Dior",
                EntityType.ORGANIZATION);
    }
}
