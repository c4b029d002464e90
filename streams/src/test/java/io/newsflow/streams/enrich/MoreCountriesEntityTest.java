package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.entity;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the twenty-fourth to twenty-eighth held-out sets (h230-h259: a match report, wires and
 * feeds, six more countries' sites twice, Romance-language sites, six regions' news) guided: clubs,
 * ministries, committees, unions and parliaments as bodies, a wire's place that names its state,
 * currencies glued to amounts, diseases, holidays and rules that are no names. Each tested on other
 * names and on the names it must leave alone; the earlier sets' rules: {@link OtherRegionsEntityTest}.
 */
class MoreCountriesEntityTest {

    @Test
    void shouldStartTheNameAfterTheArticleWhenTheWiresPlaceInCapitalsNamesItsState() {
        List<Entity> found = entities("en", "DAYTON, Ohio — The Dayton City Commission approved the budget on Monday.");
        assertThat(names(found)).contains("Dayton", "Ohio", "Dayton City Commission")
                .doesNotContain("The Dayton City Commission");
    }

    @Test
    void shouldTypeClubsAsBodiesWhenAMatchReportNamesThem() {
        List<Entity> found = entities("en", "Arsenal moved five points clear after a 2-1 win over Chelsea in north London. "
                + "Manchester City, who beat Fulham 3-0 on Saturday, are second. The penalty was reviewed by VAR.");
        for (String club : List.of("Arsenal", "Chelsea", "Manchester City", "Fulham")) {
            assertThat(entity(found, club).type()).as(club).isEqualTo(EntityType.ORGANIZATION);
        }
        assertThat(names(found)).contains("London").doesNotContain("VAR");
        assertThat(entity(entities("it", "Meloni ha incontrato i sindacati a Palazzo Chigi."), "Palazzo Chigi").type())
                .isEqualTo(EntityType.LOCATION);
    }

    @Test
    void shouldReadNoNameWhenACurrencysLettersAreGluedToAnAmount() {
        List<Entity> found = entities("en", "The debt owed to Eskom passes R100 billion, and Soweto owes R5bn. Kenya Power lost "
                + "Sh200 million. The G7 met.");
        assertThat(names(found)).contains("Eskom", "Soweto", "Kenya Power", "G7").doesNotContain("R100", "R5bn", "Sh200");
    }

    @Test
    void shouldTypeMinistriesCommitteesAndUnionsAsBodiesWhenTheirRomanceNamesGoOn() {
        List<Entity> spanish = entities("es", "Según la Secretaría de Hacienda, el plan costará más.");
        assertThat(entity(spanish, "Secretaría de Hacienda").type()).isEqualTo(EntityType.ORGANIZATION);
        List<Entity> portuguese = entities("pt", "Segundo o Comitê de Política Monetária, os juros ficam altos.");
        assertThat(entity(portuguese, "Comitê de Política Monetária").type()).isEqualTo(EntityType.ORGANIZATION);
        // its nationality closes the name
        assertThat(names(entities("fr", "Hier, l'Union syndicale suisse a protesté."))).contains("Union syndicale suisse");
    }

    @Test
    void shouldKeepParliamentsAndBodiesButDropDiseasesHolidaysAndRulesWhenTheyAreCapitalised() {
        List<Entity> found = entities("en", "The package, the largest since the COVID-19 pandemic, must pass the Diet. "
                + "A new national Environment Protection Agency will be set up. The petition challenged the Digital "
                + "Personal Data Protection Rules.");
        assertThat(names(found)).contains("Diet", "Environment Protection Agency")
                .doesNotContain("COVID-19", "Protection Agency", "Digital Personal Data Protection Rules");
        assertThat(entity(found, "Diet").type()).isEqualTo(EntityType.ORGANIZATION);
        List<Entity> italian = entities("it", "La manovra passa alla Camera dei deputati per il via libera entro Natale.");
        assertThat(names(italian)).contains("Camera dei deputati").doesNotContain("Natale");
        List<Entity> german = entities("de", "Oberbürgermeister Dieter Reiter verteidigte die Entscheidung gegen Kritik aus der CSU-Fraktion.");
        assertThat(names(german)).contains("CSU").doesNotContain("CSU-Fraktion");
    }
}
