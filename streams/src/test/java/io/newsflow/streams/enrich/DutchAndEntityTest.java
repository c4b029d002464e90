package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.entity;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Dutch "en" is "and", though French and Spanish "en" ("in") puts a name in a place: a name after it takes its
 * context from before the list (h676's "de gemeente Utrecht en ProRail", tried on other names), and a body named by its
 * kind and its place is whole before it, while an agency named for its portfolios ("Inspectie Justitie en Veiligheid",
 * h581) goes on past it as a ministry does.
 */
class DutchAndEntityTest {

    @Test
    void shouldReadACompanyNotAPlaceWhenItFollowsDutchEnAfterAnotherName() {
        assertTypes(EntityType.ORGANIZATION, List.of("Keolis", "Transdev"),
                "Volgens Connexxion en Keolis rijden er vanaf maart meer bussen in de regio.",
                "Een woordvoerder van Qbuzz en Transdev bevestigde het plan.");
    }

    @Test
    void shouldSplitAPlacesBodyFromTheNameAfterAndWhenANameFollows() {
        List<Entity> found = entities("nl", "De gemeente Zwolle en Keolis presenteren volgende week een nieuw busplan.");
        assertThat(names(found)).contains("gemeente Zwolle", "Keolis").doesNotContain("gemeente Zwolle en Keolis");
        assertThat(entity(found, "Keolis").type()).isEqualTo(EntityType.ORGANIZATION);
        // the same shape with "und"
        assertThat(names(entities("de", "Die Gemeinde Wädenswil und Sunrise bauen das Netz gemeinsam aus.")))
                .contains("Gemeinde Wädenswil", "Sunrise").doesNotContain("Gemeinde Wädenswil und Sunrise");
    }

    @Test
    void shouldKeepPlacesListedWhenDutchEnJoinsThem() {
        assertTypes(EntityType.LOCATION, List.of("Breskens", "Goes"),
                "Reizigers moeten de veerboot tussen Vlissingen en Breskens nemen.", "Chauffeurs rijden via Bergen op Zoom en Goes om.");
    }

    @Test
    void shouldKeepAnAgencysPortfoliosWhenDutchEnJoinsThem() {
        List<Entity> found = entities("nl", "De Autoriteit Consument en Markt legde de vervoerder een boete op.",
                "Volgens de Inspectie Gezondheidszorg en Jeugd was de zorg op orde.");
        assertThat(names(found)).contains("Autoriteit Consument en Markt", "Inspectie Gezondheidszorg en Jeugd")
                .doesNotContain("Markt", "Jeugd");
    }

    /** Each of the names, found in the Dutch paragraphs, has the type. */
    private static void assertTypes(EntityType type, List<String> expected, String... paragraphs) {
        List<Entity> found = entities("nl", paragraphs);
        expected.forEach(name -> assertType(found, name, type));
    }
}
