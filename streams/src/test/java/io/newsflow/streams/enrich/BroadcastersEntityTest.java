package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules the hundredth held-out set (h660-h665: the BBC's licence fee, France Télévisions' savings, the German
 * broadcasting fee, the Rai's licence, RTVE's budget, DR's cuts) guided, each tried on other names: a German acronym
 * taken from some of its name's nouns, a portfolio after Spanish "para", a Nordic board cut short by a hyphen, a
 * regulator's apposition, broadcasters and regulators listed.
 */
class BroadcastersEntityTest {

    @Test
    void shouldReadTheFullNameWhenAGermanAcronymTakesItsLettersFromSomeNouns() {
        assertThat(names(entities("de", "Die Gesellschaft zur Verwertung von Leistungsschutzrechten (GVL) zahlt mehr an Musiker aus.")))
                .contains("Gesellschaft zur Verwertung von Leistungsschutzrechten").doesNotContain("GVL");
    }

    @Test
    void shouldReadNoBodyWhenAPortfolioFollowsSpanishPara() {
        assertThat(names(entities("es", "La ministra para la Transición Ecológica, Sara Aagesen, visitó la central.")))
                .contains("Sara Aagesen").doesNotContain("Transición Ecológica");
    }

    @Test
    void shouldReadOneBoardWhenADanishCompoundIsCutShortByAHyphen() {
        assertType(entities("da", "Miljø- og fødevareklagenævnet har underkendt kommunens tilladelse til svinestalden."),
                "Miljø- og fødevareklagenævnet", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadABodyWhenARegulatorsAppositionFollowsIt() {
        assertType(entities("it", "L'Arera, il regolatore dell'energia, ha aumentato le tariffe del gas per l'inverno."), "Arera",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadABroadcasterWhenAListedOneOpensASentence() {
        assertType(entities("no", "NRK melder at kanalen vil kutte 120 stillinger neste år."), "NRK", EntityType.ORGANIZATION);
    }
}
