package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules the ninety-fifth held-out set (h630-h635: the MHRA's fake weight-loss pens, the ANSM's stock rule, the
 * BfArM's shortages, the Aifa's imports, the AEMPS's recall, the Polish pharmaceutical inspectorate's suspension)
 * guided, each tried on other names: an acronym in brackets read back over lower-case words, German federal bodies'
 * institutes and associations, drug makers at a sentence's start, a product named by what its maker sells it as.
 */
class MedicinesRegulatorsEntityTest {

    @Test
    void shouldReadTheFullNameWhenTheAcronymPassesOverLowerCaseWords() {
        assertThat(names(entities("en",
                "The Medicines and Healthcare products Regulatory Agency (MHRA) has approved the vaccine, its chief said.")))
                .contains("Medicines and Healthcare products Regulatory Agency").doesNotContain("MHRA", "Medicines");
        assertType(entities("fr", "La Commission nationale de l'informatique et des libertés (CNIL) a sanctionné l'opérateur."),
                "Commission nationale de l'informatique et des libertés", EntityType.ORGANIZATION);
    }

    @Test
    void shouldKeepTheNameComplementWhenAConnectorOpensItBeforeTheAcronym() {
        assertThat(names(entities("fr", "Selon l'Agence nationale de sécurité du médicament et des produits de santé (ANSM), "
                + "les stocks de paracétamol sont suffisants.")))
                .contains("Agence nationale de sécurité du médicament et des produits de santé").doesNotContain("ANSM");
    }

    @Test
    void shouldNotJoinWordsWhenNoConnectorFollowsTheAcronymsLastLetter() {
        assertThat(names(entities("en", "Talks at the World Trade Organization on fishing quotas (WTO) resumed, Anna Berg said.")))
                .noneMatch(name -> name.contains("quotas"));
    }

    @Test
    void shouldReadABodyWhenAGermanFederalInstituteOrAssociationIsNamed() {
        assertType(entities("de", "Das Bundesinstitut für Risikobewertung (BfR) in Berlin warnt vor rohem Mehl."),
                "Bundesinstitut für Risikobewertung", EntityType.ORGANIZATION);
        assertThat(names(entities("de", "Hans Meier, Präsident der Bundesvereinigung der Deutschen Arbeitgeberverbände, widersprach.")))
                .contains("Bundesvereinigung der Deutschen Arbeitgeberverbände").noneMatch(name -> name.startsWith("Präsident"));
    }

    @Test
    void shouldReadACompanyWhenADrugMakerOpensASentence() {
        assertType(entities("es", "Grifols, que fabrica medicamentos a partir de plasma, cotiza en Madrid."), "Grifols",
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadNoEntityWhenAProductIsNamedByWhatItsMakerSellsItAs() {
        assertThat(names(entities("en", "Doctors prescribe the pill Pfizer sells as Paxlovid, said Anna Berg.")))
                .contains("Pfizer").doesNotContain("Paxlovid");
    }
}
