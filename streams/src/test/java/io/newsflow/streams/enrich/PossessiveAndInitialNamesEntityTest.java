package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.entity;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names with a possessive, dotted initials or a field's title word inside them ("International
 * Longshoremen's Association", "Farmers' Union of Wales", "St Vincent's University Hospital",
 * "A.P. Moller-Maersk", "Labour Party"), which the last held-out sets (h08, h115, h141, h160, h166)
 * showed split or cut; each rule tested on other names, and on the possessives, initials and
 * titles that do end or open no name.
 */
class PossessiveAndInitialNamesEntityTest {

    @Test
    void shouldKeepTheBodyWholeWhenAPluralOfPeopleTakesThePossessive() {
        List<Entity> found = entities("en", "The International Longshoremen's Association called a strike, while the "
                + "People's Bank of China cut rates.", "Officials at the Farmers' Union of Wales and the Women's Tennis "
                + "Association objected. The Workers' Party won.");
        assertThat(names(found)).contains("International Longshoremen's Association", "People's Bank of China",
                "Farmers' Union of Wales", "Women's Tennis Association", "Workers' Party");
        assertThat(entity(found, "People's Bank of China").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(names(found)).doesNotContain("People", "Farmers", "Women", "Workers", "Bank of China");
        assertThat(names(entities("en", "Patients at St Vincent's University Hospital and St. John's College were moved.")))
                .containsExactly("St Vincent's University Hospital", "St. John's College");
    }

    @Test
    void shouldEndTheNameAtThePossessiveWhenItIsANamesOrNoBodyFollows() {
        List<Entity> found = entities("en", "Europe's Port Authority met Maersk's Vincent Clerc and Wales' First "
                + "Minister, while the fishermen's Union stayed away and the Children's Crusade was recalled.");
        assertThat(names(found)).contains("Europe", "Vincent Clerc", "Wales")
                .doesNotContain("Europe's Port Authority", "Maersk's Vincent Clerc", "Wales' First Minister");
        assertThat(names(found)).noneMatch(n -> n.startsWith("Children's"));
    }

    @Test
    void shouldOpenTheNameWithTwoInitialsWhenNoPlaceOrTitleIsMeant() {
        List<Entity> found = entities("en", "Shares of A.P. Moller-Maersk fell, J.P. Morgan rose and W.R. Grace held.");
        assertThat(names(found)).contains("A.P. Moller-Maersk", "J.P. Morgan", "W.R. Grace")
                .doesNotContain("A.P.", "Moller-Maersk", "Morgan");
        List<Entity> places = entities("en", "Exports to the U.S. rose, the U.K. Treasury said, and U.N. "
                + "Secretary-General António Guterres spoke.");
        assertThat(names(places)).contains("U.S.", "U.K.", "António Guterres").doesNotContain("U.K. Treasury");
    }

    @Test
    void shouldKeepTheFieldWordWhenItOpensABodysName() {
        List<Entity> found = entities("en", "He met the Labour Party, the Environment Agency and the Health Ministry.",
                "Former Bank of England governor Mark Carney spoke, as did Labour Minister Ann Lee.");
        assertThat(names(found)).contains("Labour Party", "Environment Agency", "Health Ministry", "Bank of England",
                "Mark Carney", "Ann Lee").doesNotContain("Party", "Agency", "Former Bank of England");
    }
}
