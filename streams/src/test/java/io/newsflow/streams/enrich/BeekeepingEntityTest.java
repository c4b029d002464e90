package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules the ninety-eighth held-out set (h648-h653: New Zealand's mānuka honey prices, the Asian hornet in Brittany,
 * Germany's winter losses of bee colonies, Italy's honey harvest, Castellón's adulterated imports, Poland's beekeepers)
 * guided, each tried on other names: an exporter's apposition, a given name that is also an English adjective, Asia's
 * and Africa's adjectives, Polish plural countries' cases, a federation of a nation's members, a body after a
 * portfolio.
 */
class BeekeepingEntityTest {

    @Test
    void shouldReadACompanyWhenAnExportersAppositionFollowsIt() {
        assertType(entities("en", "Zespri, the biggest exporter, said kiwifruit prices would rise next year."), "Zespri",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadTheWholeNameWhenChristianOpensItOutsideEnglish() {
        assertThat(names(entities("fr", "Christian Estrosi, maire de Nice, a présenté mardi le budget de la ville.")))
                .contains("Christian Estrosi");
    }

    @Test
    void shouldMentionTheContinentWhenItsAdjectiveIsWritten() {
        assertType(entities("es", "Los mercados asiáticos cayeron el lunes por la tarde."), "Asia", EntityType.LOCATION);
        assertType(entities("de", "Die Nachfrage auf dem asiatischen Markt sinkt seit dem Sommer."), "Asien", EntityType.LOCATION);
    }

    @Test
    void shouldGiveTheNominativeWhenAPolishPluralCountryIsDeclined() {
        assertThat(names(entities("pl", "Eksport do Niemiec i Włoch spada, a sprzedaż w Chinach rośnie od lat.")))
                .contains("Niemcy", "Włochy", "Chiny").doesNotContain("Niemiec", "Włoch", "Chinach");
    }

    @Test
    void shouldReadABodyWhenAFederationIsNamedForANationsMembers() {
        assertType(entities("it", "La Confederazione agricoltori italiani protesta contro i nuovi dazi."),
                "Confederazione agricoltori italiani", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadTheBodyWhenItFollowsAPortfolio() {
        assertType(entities("es", "El consejero de Salud de la Generalitat de Catalunya, Manel Balcells, pidió calma."),
                "Generalitat de Catalunya", EntityType.ORGANIZATION);
    }
}
