package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.extractIn;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What the food safety held-out set (h720-h725) found missing or wrong, each tried on other names: a Dutch body's
 * compound shared across "en", a Romance body's long name, "against" inside a body's name, a Spanish office's head, a
 * supermarket chain and the region its shops are in, and Switzerland's language regions.
 */
class FoodSafetyEntityTest {

    @Test
    void shouldKeepADutchCompoundWhenTwoWordsShareItAcrossEn() {
        List<Entity> found = entities("nl", "De Nederlandse Arbeids- en Veiligheidsinspectie meldt dat het bedrijf boetes kreeg.",
                "De Douane- en Belastingdienst doet ook onderzoek.");
        assertType(found, "Nederlandse Arbeids- en Veiligheidsinspectie", EntityType.ORGANIZATION);
        assertType(found, "Douane- en Belastingdienst", EntityType.ORGANIZATION);
        assertThat(names(found)).doesNotContain("Nederland", "Arbeids", "Douane");
    }

    @Test
    void shouldTakeARomanceBodysNameWholeWhenItRunsToNineWords() {
        List<Entity> found = entities("fr", "Le Conseil supérieur de la formation et de la recherche stratégiques a rendu son avis.",
                "Le gouvernement doit répondre.");
        assertType(found, "Conseil supérieur de la formation et de la recherche stratégiques", EntityType.ORGANIZATION);
    }

    @Test
    void shouldJoinAgainstWhenABodysNameGoesOnWithIt() {
        List<Entity> found = entities("it", "La Lega italiana per la lotta contro i tumori ha lanciato una campagna.",
                "Anche l'Associazione contro le leucemie aderisce.");
        assertType(found, "Lega italiana per la lotta contro i tumori", EntityType.ORGANIZATION);
        List<Entity> match = entities("es", "El Sevilla contra Osasuna terminó sin goles.", "El árbitro expulsó a dos jugadores.");
        assertThat(names(match)).doesNotContain("Sevilla contra Osasuna");
    }

    @Test
    void shouldReadAPersonWhenASpanishOfficesHeadIsNamedInApposition() {
        List<Entity> found = entities("es", "La procuraduría publicó un informe. Su titular, Herminia Oyarzún, dijo que habrá multas.",
                "Los comerciantes protestaron.");
        assertType(found, "Herminia Oyarzún", EntityType.PERSON);
    }

    @Test
    void shouldReadSupermarketChainsWhenTheyAreNamedAlone() {
        List<Entity> found = entities("de", "Die Produkte wurden in Filialen von Billa und Kaufland verkauft.",
                "Die Behörde prüft den Fall.");
        assertType(found, "Billa", EntityType.ORGANIZATION);
        assertType(found, "Kaufland", EntityType.ORGANIZATION);
    }

    @Test
    void shouldPartAChainFromItsRegionWhenANounSaysWhatItHasThere() {
        List<Entity> found = entities("it", "Il formaggio era venduto nei supermercati Conad della Toscana e dell'Umbria.",
                "La Armada de Colombia non c'entra.");
        assertType(found, "Conad", EntityType.ORGANIZATION);
        assertType(found, "Toscana", EntityType.LOCATION);
        List<Entity> navy = entities("es", "La Armada de Colombia patrulla la costa.", "Los pescadores están preocupados.");
        assertType(navy, "Armada de Colombia", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadSwissLanguageRegionsWhenOnlyATitleNamesThem() {
        assertType(extractIn("Pénurie de médecins en Suisse alémanique", "fr", "Les cabinets ferment les uns après les autres."),
                "Suisse alémanique", EntityType.LOCATION);
    }
}
