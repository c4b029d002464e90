package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.entity;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People introduced by their title and bodies named beside them, as the twenty-fourth blind set
 * (2026-11-30, Spanish, French, German, Dutch and English pages) showed them, each rule tested on
 * a variant with other names.
 */
class TitleAppositionEntityTest {

    @Test
    void shouldTypeAPersonWhenCommasSetTheNameOffAfterATitle() {
        List<Entity> spanish = entities("es", "La ministra de Defensa, Margarita Robles, asistió junto a su homólogo "
                + "noruego, Tore O. Sandvik.", "El consejero de Hacienda, Rubén Lorca Pujol, lo confirmó.");
        assertThat(entity(spanish, "Tore O. Sandvik").type()).isEqualTo(EntityType.PERSON);
        assertThat(entity(spanish, "Rubén Lorca Pujol").type()).isEqualTo(EntityType.PERSON);
        List<Entity> french = entities("fr", "« Nous voulons », a déclaré le directeur général de l'autorité portuaire, "
                + "Yu Zenggang, lors d'une conférence.");
        assertThat(entity(french, "Yu Zenggang").type()).isEqualTo(EntityType.PERSON);
        List<Entity> places = entities("es", "El alcalde visitó Puerto Madryn, Playa Unión, y Trelew.");
        assertThat(places.stream().filter(e -> e.type() == EntityType.PERSON)).isEmpty();
    }

    @Test
    void shouldNameThePersonAndTheBodyWhenVanOrVonFollowsTheSurname() {
        List<Entity> found = entities("nl", "Dat heeft minister Sophie Hermans van Klimaat en Groene Groei bekendgemaakt.");
        assertThat(entity(found, "Sophie Hermans").type()).isEqualTo(EntityType.PERSON);
        assertThat(names(entities("de", "Das sagte Jan Schröder von der Landesbank Baden-Württemberg am Montag.")))
                .contains("Jan Schröder", "Landesbank Baden-Württemberg");
        assertThat(names(entities("nl", "Minister Eddy van Hijum reageerde."))).contains("Eddy van Hijum");
    }

    @Test
    void shouldFindTheListedNameWhenAnArticleOpensTheSentenceBeforeIt() {
        assertThat(names(entities("fr", "Le projet avance. La Commission européenne doit encore se prononcer.")))
                .contains("Commission européenne");
        assertThat(names(entities("es", "Ayer habló el presidente de la Generalitat, Carlos Mazón. La Xunta de Galicia calla.")))
                .contains("Generalitat", "Carlos Mazón", "Xunta de Galicia");
    }

    @Test
    void shouldReadTheNameWhenDigitsOpenIt() {
        List<Entity> found = entities("en", "The grid operator 50Hertz plans new links, while 3D printing and 5G spread.");
        assertThat(entity(found, "50Hertz").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(names(found)).doesNotContain("3D", "5G");
    }

    @Test
    void shouldTypeAPlaceWhenItsResidentsOrCorridorNameIt() {
        List<Entity> found = entities("fr", "Les riverains de Keratsini et de Perama craignent de nouvelles nuisances.");
        assertThat(entity(found, "Keratsini").type()).isEqualTo(EntityType.LOCATION);
        assertThat(entity(found, "Perama").type()).isEqualTo(EntityType.LOCATION);
        assertThat(entity(entities("en", "Trucks clog the Northern Corridor every day."), "Northern Corridor").type())
                .isEqualTo(EntityType.LOCATION);
    }
}
