package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules the eighty-sixth held-out set (h576-h581: Wandsworth's overcrowding, Fleury-Mérogis, Stuttgart's new prison,
 * San Vittore, Soto del Real, Vught) guided, each tried on other names: German bodies named for their members in the
 * genitive ("Bund der Steuerzahler"), a prison named for its town in one German compound, a German district's noun
 * before its name, Romance watchdogs going on in lower case, prisons as institutions, France's "garde des Sceaux".
 */
class PrisonsAndMembersBodiesEntityTest {

    @Test
    void shouldReadTheBodyInTheNominativeWhenItIsNamedForItsMembers() {
        assertType(entities("de", "Das kritisierte am Montag der Bund der Steuerzahler."), "Bund der Steuerzahler",
                EntityType.ORGANIZATION);
        assertType(entities("de", "Das sagte ein Sprecher des Verbandes der Automobilindustrie am Montag."),
                "Verband der Automobilindustrie", EntityType.ORGANIZATION);
        assertType(entities("de", "Auch der Zentralverband des Deutschen Handwerks warnt."), "Zentralverband des Deutschen Handwerks",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldNotReadTheTownBundeWhenTheBundIsInTheGenitive() {
        assertThat(names(entities("de", "Der Vorsitzende des Bundes der Vertriebenen sprach in Berlin."))).contains(
                "Bund der Vertriebenen").doesNotContain("Bunde");
    }

    @Test
    void shouldReadOneBodyWhenAPrisonCompoundNamesItsTown() {
        assertType(entities("de", "Er sitzt seit Mai in der Justizvollzugsanstalt Bremen ein."), "Justizvollzugsanstalt Bremen",
                EntityType.ORGANIZATION);
        assertType(entities("de", "Die Materialforschungsanstalt Empa baut ein Labor."), "Empa", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadAPlaceWhenAGermanDistrictsNounPrecedesIt() {
        assertType(entities("de", "Die neue Schule entsteht im Ortsteil Kleinmachnow."), "Kleinmachnow", EntityType.LOCATION);
        assertType(entities("de", "Die Polizei kontrollierte im Bezirk Simmering."), "Simmering", EntityType.LOCATION);
    }

    @Test
    void shouldReadTheWholeBodyWhenAWatchdogsNameGoesOnInLowerCase() {
        assertType(entities("fr", "Selon l'Observatoire régional de santé, la consommation baisse."),
                "Observatoire régional de santé", EntityType.ORGANIZATION);
        assertType(entities("it", "Lo ha deciso il Dipartimento della protezione civile ieri."), "Dipartimento della protezione civile",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadAnOrganisationWhenAPrisonIsNamed() {
        assertType(entities("en", "He was moved from HMP Pentonville to a jail in Kent."), "HMP Pentonville", EntityType.ORGANIZATION);
    }

    @Test
    void shouldNameNoTownWhenFranceWritesItsJusticeMinistersTitle() {
        assertThat(names(entities("fr", "Le garde des Sceaux, Jean Martin, s'est rendu à Lyon."))).containsExactlyInAnyOrder(
                "Jean Martin", "Lyon");
    }
}
