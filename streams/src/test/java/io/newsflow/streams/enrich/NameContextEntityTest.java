package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.entity;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the words around a name say, each rule seen on a blind set of small sites' pages (2026-11-30)
 * and tested on a variant with other names: a minister's portfolio, a sentence's opening adverb, a
 * title in the sentence before, seas and quays, Dutch place adjectives, places listed with a town.
 */
class NameContextEntityTest {

    @Test
    void shouldDropTheMinistersPortfolioWhenPortugueseContractsOfAndThe() {
        List<Entity> found = entities("pt", "O ministro das Infraestruturas e Habitação, Miguel Pinto Luz, disse que sim.",
                "O ministro das Finanças, Joaquim Miranda Sarmento, e a ministra da Saúde, Ana Paula Martins, também.");
        assertThat(names(found)).containsExactlyInAnyOrder("Miguel Pinto Luz", "Joaquim Miranda Sarmento", "Ana Paula Martins");
        assertThat(entity(found, "Joaquim Miranda Sarmento").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void shouldDropThePortfolioButNameThePlaceWhenBothPrecedeMinister() {
        List<Entity> found = entities("en", "State Ports Minister Melissa Horne spoke first.",
                "Then UK Energy Minister Ed Miliband and Health Secretary Wes Streeting spoke.");
        assertThat(names(found)).containsExactlyInAnyOrder("Melissa Horne", "UK", "Ed Miliband", "Wes Streeting");
    }

    @Test
    void shouldDropTheAdverbWhenItOpensASentenceBeforeAName() {
        List<Entity> found = entities("en", "Ministers argue. Meanwhile Norway is building. Yet Denmark waits. "
                + "However Poland has started.");
        assertThat(names(found)).containsExactlyInAnyOrder("Norway", "Denmark", "Poland");
        assertThat(names(entities("nl", "Het overleg liep vast. Intussen Rotterdam bouwt door."))).contains("Rotterdam");
    }

    @Test
    void shouldIgnoreATitleWhenItEndsTheSentenceBefore() {
        assertThat(names(entities("en", "She was the queen. The Bank of England held rates.")))
                .contains("Bank of England").doesNotContain("England");
    }

    @Test
    void shouldTypeASeaWhenARomanceLanguageNamesIt() {
        assertThat(entity(entities("pt", "Os navios evitam o Mar Vermelho."), "Mar Vermelho").type())
                .isEqualTo(EntityType.LOCATION);
        assertThat(entity(entities("fr", "Les navires évitent la Mer Rouge."), "Mer Rouge").type())
                .isEqualTo(EntityType.LOCATION);
        assertThat(names(entities("en", "Sales rose in Mar 2024 at Bel Mar Estates."))).doesNotContain("Mar 2024");
    }

    @Test
    void shouldTypeAQuayAsAPlaceWhenItsNameSaysQuay() {
        assertThat(entity(entities("en", "The company will not redevelop Corio Quay this year."), "Corio Quay").type())
                .isEqualTo(EntityType.LOCATION);
        assertThat(entity(entities("nl", "De terminal aan de Parkkade krijgt walstroom."), "Parkkade").type())
                .isEqualTo(EntityType.LOCATION);
    }

    @Test
    void shouldMentionTheCountryWhenADutchAdjectiveNamesIt() {
        List<Entity> found = entities("nl", "De Nederlandse havens en de Duitse rederijen moeten voorop lopen.",
                "De Nederlandse Spoorwegen rijden later.");
        assertThat(entity(found, "Nederland").countryCode()).isEqualTo("NL");
        assertThat(entity(found, "Duitsland").countryCode()).isEqualTo("DE");
        assertThat(entity(found, "Nederlandse Spoorwegen").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void shouldTypeAnUnknownNameAsAPlaceWhenItIsListedWithATown() {
        List<Entity> found = entities("en", "Its fund has paid for new quays at Stord and Haugesund.",
                "Anyone who has walked the quays at Nigg or Montrose knows it.");
        for (String place : List.of("Stord", "Haugesund", "Nigg", "Montrose")) {
            assertThat(entity(found, place).type()).as(place).isEqualTo(EntityType.LOCATION);
        }
        List<Entity> longer = entities("en", "The Forth Green Freeport and the Inverness free zone were set up.");
        assertThat(entity(longer, "Forth Green Freeport").type()).isNotEqualTo(EntityType.LOCATION);
    }
}
