package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.extract;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What the gambling held-out set (h732-h737) found missing or wrong, each tried on other names: a person "of" a group
 * named without an organisation's word, an Italian council named in lower case, and gambling operators and a state
 * lottery the lists lacked.
 */
class GamblingEntityTest {

    @Test
    void shouldPartAPersonFromTheGroupHeSpeaksForWhenOfPrecedesIt() {
        List<Entity> found = extract("Helen Marsh of Fair Play Now said the limits were too high.",
                "Anna Berg of North Yorkshire was not convinced.");
        assertType(found, "Helen Marsh", EntityType.PERSON);
        assertType(found, "Fair Play Now", EntityType.ORGANIZATION);
        assertType(found, "Anna Berg", EntityType.PERSON);
        assertThat(names(found)).doesNotContain("Helen Marsh of Fair Play Now");
    }

    @Test
    void shouldReadAnItalianCouncilWhenItsNameGoesOnInLowerCase() {
        List<Entity> found = entities("it", "La Consulta nazionale antiusura ha presentato il rapporto annuale.",
                "Il ministero ha risposto.");
        assertType(found, "Consulta nazionale antiusura", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadGamblingOperatorsWhenTheyOpenASentence() {
        List<Entity> found = entities("it", "Snai ha chiuso il trimestre in crescita. Entain ha fatto lo stesso.",
                "Gli analisti sono cauti.");
        assertType(found, "Snai", EntityType.ORGANIZATION);
        assertType(found, "Entain", EntityType.ORGANIZATION);
    }
}
