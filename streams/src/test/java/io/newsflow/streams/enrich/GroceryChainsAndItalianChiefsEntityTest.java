package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;

import org.junit.jupiter.api.Test;

/**
 * The rules the seventy-eighth held-out set (h528-h533: Anglo American's De Beers sale, Stellantis at Poissy, Mercadona at
 * Sagunto, Ferrari at Maranello, Carlsberg at Fredericia, HKM at Duisburg) guided, each tried on other names: Europe's
 * grocery chains opening a sentence, and an Italian chief executive's title.
 */
class GroceryChainsAndItalianChiefsEntityTest {

    @Test
    void shouldReadTheChainWhenAGroceryChainOpensTheSentence() {
        assertType(entities("de", "Lidl eröffnet im Frühjahr ein neues Lager in Erfurt."), "Lidl", EntityType.ORGANIZATION);
        assertType(entities("nl", "Albert Heijn sluit volgend jaar twaalf winkels."), "Albert Heijn", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadThePersonWhenAnItalianChiefExecutivesTitleOpensTheName() {
        assertType(entities("it", "Lo ha detto l'amministratore delegato Carlo Messina durante l'assemblea."), "Carlo Messina",
                EntityType.PERSON);
    }
}
