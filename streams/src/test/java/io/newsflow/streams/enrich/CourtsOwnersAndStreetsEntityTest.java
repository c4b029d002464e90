package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the fifty-eighth held-out set (h408-h413: Kano's cholera vaccination, Salzburg's festival hall, Montevideo's
 * water, Porto's housing, Eindhoven's growth package, PFAS at Pierre-Bénite) guided, each tried on other names: courts
 * written in lower case before their town, an owner after "of" that starts no route, a town's hyphenated name after
 * "à", pollutants' acronyms, counted appositions, German festivals, buildings, audit offices, ministries and streets,
 * city councillors' portfolios and a name's acronym overruling its shape.
 */
class CourtsOwnersAndStreetsEntityTest {

    @Test
    void shouldNameTheCourtWhenFrenchOrItalianWritesItInLowerCaseBeforeItsTown() {
        List<Entity> found = entities("fr", "Les enfants jouent dans la cour de Brest. Le tribunal administratif de Grenoble a annulé l'arrêté.");
        assertType(found, "tribunal administratif de Grenoble", EntityType.ORGANIZATION);
        assertType(found, "Brest", EntityType.LOCATION); // a yard is no court
        assertType(entities("it", "Lo ha stabilito il tribunale di Torino dopo la denuncia."), "tribunale di Torino",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldKeepTheOwnerAnOrganisationWhenItsPlantsAreNamedBeforeTheirTown() {
        List<Entity> found = entities("fr", "Les salariés des usines de Michelin à Clermont-Ferrand ont voté la grève.");
        assertType(found, "Michelin", EntityType.ORGANIZATION);
        assertType(found, "Clermont-Ferrand", EntityType.LOCATION);
    }

    @Test
    void shouldNameNothingWhenAPollutantsAcronymIsWritten() {
        List<Entity> found = entities("fr", "La pollution aux PFOA inquiète les habitants de Salaise-sur-Sanne.");
        assertThat(names(found)).doesNotContain("PFOA");
        assertType(found, "Salaise-sur-Sanne", EntityType.LOCATION);
    }

    @Test
    void shouldReadPlacesWhenACountedAppositionNamesTheirKind() {
        List<Entity> found = entities("en", "Cases rose in Nyalenda and Obunga, two crowded districts of the lakeside city.");
        assertType(found, "Nyalenda", EntityType.LOCATION);
        assertType(found, "Obunga", EntityType.LOCATION);
    }

    @Test
    void shouldReadGermanFestivalsBuildingsAndAuditOfficesWhenNamed() {
        List<Entity> found = entities("de", "Die Bregenzer Festspiele melden einen Rekord. Der Empfang fand im Neuen Rathaus in "
                + "Hannover statt. Am Dienstag kritisierte der Landesrechnungshof die Kosten.");
        assertType(found, "Bregenzer Festspiele", EntityType.ORGANIZATION);
        assertType(found, "Neues Rathaus", EntityType.LOCATION);
        assertType(found, "Landesrechnungshof", EntityType.ORGANIZATION);
    }

    @Test
    void shouldNameTheWholeMinistryWhenAGermanMinistryGoesOnWithItsPortfolios() {
        assertType(entities("de", "Das Bundesministerium für Bildung und Forschung fördert das Projekt mit zwei Millionen Euro."),
                "Bundesministerium für Bildung und Forschung", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadAStreetWhenAGermanStreetsNameFollowsALocative() {
        List<Entity> found = entities("de", "Der Unfall geschah in der Herrengasse und nicht in einer Sackgasse.");
        assertType(found, "Herrengasse", EntityType.LOCATION);
        assertThat(names(found)).doesNotContain("Sackgasse");
    }

    @Test
    void shouldNameNoBodyWhenACityCouncillorsPortfolioIsWritten() {
        List<Entity> found = entities("pt", "A vereadora da Mobilidade, Ana Costa, disse que o plano avança.");
        assertType(found, "Ana Costa", EntityType.PERSON);
        assertThat(names(found)).doesNotContain("Mobilidade");
    }

    @Test
    void shouldReadAnOrganisationWhenTheAcronymInBracketsFollowsANamePlaceShaped() {
        List<Entity> found = entities("es", "Aguas Claras del Sur (ACS) subirá las tarifas en marzo, dijo la empresa.");
        assertType(found, "Aguas Claras del Sur", EntityType.ORGANIZATION);
    }
}
