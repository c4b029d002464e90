package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.entity;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the thirty-first held-out set (h268-h271: a US rail merger, Brussels' budget, Poland's new
 * airport, Monterrey's aqueduct) and the thirtieth's Welsh health board guided, on other names: a
 * French or Italian body whose name goes on in lower case after a bank's, a parliament's or a
 * senate's word, a listed name ending in "'s", a sentence opened by "Según", and two places' body.
 */
class PublicBodiesEntityTest {

    @Test
    void shouldReadTheWholeNameWhenABankOrParliamentGoesOnInLowerCase() {
        List<Entity> found = entities("fr", "La Banque centrale du Luxembourg a relevé ses prévisions, et l'Assemblée nationale "
                + "a voté le texte. La Banque européenne d'investissement prêtera 200 millions au Parlement bruxellois.");
        assertThat(names(found)).contains("Banque centrale du Luxembourg", "Assemblée nationale",
                "Banque européenne d'investissement", "Parlement bruxellois");
        assertThat(entity(found, "Assemblée nationale").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void shouldStopTheNameWhenAVerbOrAGenericGovernmentFollows() {
        // "estime" is a verb, not an adjective like "maritime"; "le Gobierno central" names no body of its own
        assertThat(names(entities("fr", "Selon les banques, la Fédération bancaire française estime que les taux baisseront.")))
                .contains("Fédération bancaire française").doesNotContain("Fédération bancaire française estime");
        assertThat(names(entities("es", "Los alcaldes pidieron ayuda al Gobierno central el lunes.")))
                .doesNotContain("Gobierno central");
    }

    @Test
    void shouldReadTheWholeCompanyWhenAListedNameIsFollowedByMobility() {
        // h273's "Siemens Mobility": a listed group's transport arm is one company
        assertThat(names(entities("en", "The city ordered 40 trams from Hyundai Mobility on Monday.")))
                .contains("Hyundai Mobility").doesNotContain("Hyundai");
    }

    @Test
    void shouldKeepTheApostropheWhenAListedNameEndsInS() {
        List<Entity> found = entities("en", "Fitch and Moody's both cut the rating, and McDonald's shares fell.");
        assertThat(names(found)).contains("Moody's", "McDonald's").doesNotContain("Moody", "McDonald");
        // a possessive on any other name is still dropped
        assertThat(names(entities("en", "Siemens's profit rose."))).contains("Siemens");
    }

    @Test
    void shouldReadOneBodyWhenAPrepositionOpensTheSentenceBeforeANameWithAnd() {
        List<Entity> found = entities("es", "Según Servicios de Salud y Bienestar de Jalisco, los hospitales están llenos.");
        assertThat(names(found)).contains("Servicios de Salud y Bienestar de Jalisco")
                .doesNotContain("Servicios de Salud", "Bienestar de Jalisco");
    }

    @Test
    void shouldReadOneBodyWhenTwoPlacesJoinedByAndOpenAPublicBodysName() {
        List<Entity> found = entities("en", "Patients in Brighton face delays, Brighton and Hove City Council said. "
                + "Swansea and Neath Port Talbot Council agreed.");
        assertThat(names(found)).contains("Brighton and Hove City Council", "Brighton");
        // a given name after "and" opens a second name: two
        assertThat(names(entities("en", "Trade through Gujarat and Jawaharlal Nehru Port Authority grew.")))
                .contains("Gujarat", "Jawaharlal Nehru Port Authority");
        // a company's legal form is no public body's word
        assertThat(names(entities("en", "Talks between France and Air Liquide Group went on."))).contains("France");
    }
}
