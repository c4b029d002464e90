package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules the eighty-fifth held-out set (h570-h575: VodafoneThree's masts, MasOrange's spectrum, FiberCop in Piedmont,
 * 1&1's outage, Poland's 700 MHz auction, Telia's copper network) guided, each tried on other names: a body's name
 * whose words share one compound ("Post- och telestyrelsen"), units written with a capital inside, Romania's adjective,
 * a federal association, Italian given names and the UK's regulators.
 */
class TelecomsUnitsAndTruncatedCompoundsEntityTest {

    @Test
    void shouldReadOneBodyWhenTwoWordsShareTheLastPartOfACompound() {
        assertType(entities("de", "Das Wirtschafts- und Energieministerium in Stuttgart lehnte ab."),
                "Wirtschafts- und Energieministerium", EntityType.ORGANIZATION);
        assertType(entities("da", "Social- og Boligministeriet har sendt forslaget i høring."), "Social- og Boligministeriet",
                EntityType.ORGANIZATION);
        assertType(entities("sv", "Regeringen och Arbets- och näringsdepartementet svarade i går."),
                "Arbets- och näringsdepartementet", EntityType.ORGANIZATION);
    }

    @Test
    void shouldNameNothingWhenAUnitFollowsANumber() {
        assertThat(entities("pl", "Operatorzy chcą pasma 3,6 GHz od przyszłego roku.")).isEmpty();
    }

    @Test
    void shouldNameRomaniaWhenSpanishOrItalianWritesItsAdjective() {
        assertThat(names(entities("es", "La cadena de origen rumano abrirá diez tiendas."))).contains("Rumanía");
        assertThat(names(entities("it", "Il gruppo rumeno ha comprato la fabbrica."))).contains("Romania");
    }

    @Test
    void shouldReadTheBodyWhenAFederalAssociationOrARegulatorIsNamed() {
        assertType(entities("de", "Der Verbraucherzentrale Bundesverband kritisierte die Pläne."), "Verbraucherzentrale Bundesverband",
                EntityType.ORGANIZATION);
        assertType(entities("en", "Ofgem said on Monday that prices would rise."), "Ofgem", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadThePersonWhenAnItalianGivenNameOpensTheName() {
        assertType(entities("en", "Margherita Della Valle said the deal would close in May."), "Margherita Della Valle",
                EntityType.PERSON);
    }
}
