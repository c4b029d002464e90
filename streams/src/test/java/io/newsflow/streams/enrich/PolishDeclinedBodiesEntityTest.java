package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Polish bodies' names whose adjectives decline with their noun ({@link PolishPhrases}), a gap h429 and h440 showed,
 * each tried on other names: an opening adjective and its noun given back together, the adjectives agreeing with a head
 * noun given back after it, and an adjective before a noun in its own case left to that noun.
 */
class PolishDeclinedBodiesEntityTest {

    @Test
    void shouldGiveBackTheNominativeWhenAnAdjectiveOpensAMasculineBodysName() {
        List<Entity> found = entities("pl", "Decyzję skrytykowali w poniedziałek przedstawiciele Polskiego Związku Działkowców.");
        assertType(found, "Polski Związek Działkowców", EntityType.ORGANIZATION);
    }

    @Test
    void shouldGiveBackTheNominativeWhenAnAdjectiveOpensAFeminineBodysName() {
        List<Entity> found = entities("pl", "Lekarze czekają na stanowisko Naczelnej Rady Lekarskiej w tej sprawie.");
        assertThat(names(found)).contains("Naczelna Rada Lekarska").doesNotContain("Naczelnej Rady Lekarskiej");
    }

    @Test
    void shouldGiveBackTheAgreeingAdjectiveWhenItFollowsTheHeadNoun() {
        List<Entity> found = entities("pl", "Wniosek trafił do Urzędu Marszałkowskiego Województwa Pomorskiego w Gdańsku.");
        assertThat(names(found)).contains("Urząd Marszałkowski Województwa Pomorskiego");
    }

    @Test
    void shouldLeaveTheAdjectiveToTheComplementWhenANounInItsCaseFollows() {
        List<Entity> found = entities("pl", "Prezes Zarządu Morskiego Portu Gdynia zapowiedział w środę nowe inwestycje.");
        assertThat(names(found)).contains("Zarząd Morskiego Portu Gdynia").doesNotContain("Zarząd Morski Portu Gdynia");
    }
}
