package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the sixty-eighth held-out set (h468-h473: Leeds' nurses' strike, Córdoba's university budget, Vienna's
 * Benin bronzes, Umeå's hospital beds, Bologna's flood basins, Leuven's student housing) guided, each tried on other
 * names: staff "from" a listed town, an outlet's own short name, a title's holder after a body ending in a place,
 * German squares, a listed town in German after a locative, Nordic universities, hospitals and unions, an Italian
 * body's second complement, a relative clause after an apposition, and Dutch places after "aan de".
 */
class HospitalsSquaresAndOutletsEntityTest {

    private static final EntityExtractor EXTRACTOR = new EntityExtractor();

    @Test
    void shouldReadPlacesWhenStaffComeFromListedTowns() {
        List<Entity> found = entities("en", "Teachers from Bradford and Huddersfield marched to the town hall on Friday.");
        assertType(found, "Bradford", EntityType.LOCATION);
        assertType(found, "Huddersfield", EntityType.LOCATION);
        assertType(entities("en", "Analysts at Jefferies said the bank would cut rates."), "Jefferies", EntityType.ORGANIZATION);
    }

    @Test
    void shouldCountTheOutletWhenTheTextNamesItsPaperShort() {
        ArticleText text = TestArticles.text("Title", null, "The council leader told the Gazette that the budget was final.");
        List<Entity> found = EXTRACTOR.extract(text, "en", List.of(), "Cumbrian Evening Gazette").entities();
        assertThat(names(found)).contains("Cumbrian Evening Gazette").doesNotContain("Gazette");
    }

    @Test
    void shouldKeepThePlaceWhenTheOutletIsNamedAfterIt() {
        ArticleText text = TestArticles.text("Title", null, "La police a arrêté deux hommes à Genève lundi.");
        List<Entity> found = EXTRACTOR.extract(text, "fr", List.of(), "Le Courrier de Genève").entities();
        assertType(found, "Genève", EntityType.LOCATION);
    }

    @Test
    void shouldReadThePersonWhenATitlesBodyEndsInAPlace() {
        List<Entity> found = entities("es", "El rector de la Universidad Nacional de Rosario, Franco Bartolacci, pidió fondos.");
        assertType(found, "Franco Bartolacci", EntityType.PERSON);
        assertType(found, "Universidad Nacional de Rosario", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadAPlaceWhenAGermanSquareIsNamed() {
        assertType(entities("de", "Die Kundgebung begann am Stephansplatz und endete vor dem Parlament."), "Stephansplatz",
                EntityType.LOCATION);
        assertThat(names(entities("de", "Viele Menschen verlieren am Arbeitsplatz die Geduld."))).doesNotContain("Arbeitsplatz");
    }

    @Test
    void shouldReadAPlaceWhenAListedTownFollowsAGermanLocative() {
        assertType(entities("de", "Die Delegation reiste weiter nach Port Harcourt."), "Port Harcourt", EntityType.LOCATION);
    }

    @Test
    void shouldReadBodiesWhenNordicUniversitiesHospitalsAndUnionsAreNamed() {
        List<Entity> found = entities("sv", "Forskare vid Lunds universitet och läkare på Sahlgrenska sjukhus varnar. "
                + "Läkarförbundet kräver fler tjänster.");
        assertType(found, "Lunds universitet", EntityType.ORGANIZATION);
        assertType(found, "Läkarförbundet", EntityType.ORGANIZATION);
        assertThat(names(entities("da", "Fagforbundet 3F vurderer, at flere mister arbejdet."))).doesNotContain("Fagforbundet");
    }

    @Test
    void shouldReadTheWholeBodyWhenAnItalianNameGoesOnWithASecondComplement() {
        List<Entity> found = entities("it", "Il progetto è dell'Agenzia per la mobilità regionale e la sicurezza stradale, ha detto il sindaco.");
        assertType(found, "Agenzia per la mobilità regionale e la sicurezza stradale", EntityType.ORGANIZATION);
        assertType(entities("it", "Il capo della Protezione civile ha visitato Faenza."), "Protezione civile",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadAPlaceWhenARelativeClauseFollowsTheApposition() {
        List<Entity> found = entities("it", "Le piogge hanno gonfiato il Lamone, il fiume che attraversa Faenza e arriva fino al mare.");
        assertType(found, "Lamone", EntityType.LOCATION);
    }

    @Test
    void shouldReadAPlaceWhenADutchNameFollowsAanDe() {
        assertType(entities("nl", "Het nieuwe museum komt aan de Eilandje-kaai, dicht bij het water."), "Eilandje-kaai",
                EntityType.LOCATION);
        assertType(entities("nl", "De stad bouwt woningen aan de Oudeschans."), "Oudeschans", EntityType.LOCATION);
    }
}
