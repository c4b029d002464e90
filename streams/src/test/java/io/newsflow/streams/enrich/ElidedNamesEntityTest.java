package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.entity;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the thirtieth held-out set (h264-h267: Welsh doctors, Lower Saxony's dairy farmers,
 * Venice's access fee, ASML) guided, on other names: names after a longer Italian or French
 * elision ("dall'Italia", "nell'Unione europea", "jusqu'à"), a town hall's body ("Comune di ..."),
 * a body of another body, and a title's portfolio before its holder.
 */
class ElidedNamesEntityTest {

    @Test
    void shouldFindTheNameWhenALongerElisionIsGluedToIt() {
        List<Entity> found = entities("it", "Le esportazioni dall'Austria sono calate, mentre nell'Unione europea la domanda "
                + "resta debole, e il governo tace sull'Ucraina.");
        assertThat(names(found)).contains("Austria", "Unione europea", "Ucraina");
        assertThat(entity(found, "Austria").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void shouldReadATownHallAsABodyWhenItsNameOpensWithComune() {
        List<Entity> found = entities("it", "La giunta del Comune di Bologna ha approvato il piano. Il Comune di Parma ha votato contro.");
        assertThat(entity(found, "Comune di Bologna").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(found, "Comune di Parma").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void shouldSplitTheBodyItBelongsToWhenAnElidedArticleOpensAnotherOrganisationWord() {
        List<Entity> found = entities("it", "Il Consiglio di amministrazione dell'Agenzia spaziale italiana ha approvato il bilancio.");
        assertThat(names(found)).contains("Agenzia spaziale italiana")
                .doesNotContain("Consiglio di amministrazione dell'Agenzia spaziale italiana");
        // a ministry's own name keeps its elided field: "Economia" is no organisation word
        assertThat(names(entities("it", "Lo ha confermato il Ministero dell'Interno in una nota.")))
                .contains("Ministero dell'Interno");
    }

    @Test
    void shouldReadThePersonAloneWhenATitleAndItsPortfolioStandBeforeTheName() {
        List<Entity> found = entities("it", "L'assessore alla Mobilità Chiara Bernardi ha presentato il piano. "
                + "Il ministro dell'Istruzione Paolo Gentili ha risposto.");
        assertThat(names(found)).contains("Chiara Bernardi", "Paolo Gentili")
                .doesNotContain("Mobilità Chiara Bernardi", "Mobilità", "Istruzione");
        assertThat(entity(found, "Chiara Bernardi").type()).isEqualTo(EntityType.PERSON);
    }
}
