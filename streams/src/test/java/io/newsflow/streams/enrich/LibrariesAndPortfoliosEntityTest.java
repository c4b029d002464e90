package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;
import static io.newsflow.streams.enrich.TestArticles.names;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules the ninetieth held-out set (h600-h605: the British Library at Boston Spa, the BnF at Amiens, Weimar's
 * Anna Amalia library, Florence's flood papers, the Archivo de Indias, the Koninklijke Bibliotheek) guided, each tried
 * on other names: libraries, archives and museums as institutions, ministries' portfolios listed, bodies named after
 * royals, spa towns, rivers.
 */
class LibrariesAndPortfoliosEntityTest {

    @Test
    void shouldReadAnInstitutionWhenALibraryOrAnArchiveIsNamed() {
        assertType(entities("en", "Scholars have used the Bodleian Library for centuries, a curator said on Monday."),
                "Bodleian Library", EntityType.ORGANIZATION);
        assertType(entities("it", "I documenti sono conservati dall'Archivio di Stato di Napoli da due secoli."),
                "Archivio di Stato di Napoli", EntityType.ORGANIZATION);
    }

    @Test
    void shouldNameTheWholeBodyWhenALibraryOrMuseumGoesOnInLowerCase() {
        assertThat(names(entities("it", "Le statue restano al Museo archeologico nazionale di Taranto per tutto l'anno.")))
                .contains("Museo archeologico nazionale di Taranto").doesNotContain("Taranto");
    }

    @Test
    void shouldReadTheMinistryWhenFrenchPutsAnArticleBeforeItsPortfolio() {
        assertType(entities("fr", "Le projet est soutenu par le ministère de la Santé depuis le mois de mars."),
                "ministère de la Santé", EntityType.ORGANIZATION);
    }

    @Test
    void shouldKeepOneBodyWhenAnEnglishDepartmentListsItsPortfolios() {
        assertThat(names(entities("en", "A spokesperson for the Department for Environment, Food and Rural Affairs said the rules would change.")))
                .containsExactly("Department for Environment, Food and Rural Affairs");
    }

    @Test
    void shouldNameNoBodyWhenAMinistersPortfoliosAreListed() {
        assertThat(names(entities("nl", "Volgens minister Sophie Hermans van Klimaat, Groene Groei en Energie is het plan haalbaar.")))
                .containsExactly("Sophie Hermans");
    }

    @Test
    void shouldReadNoPortfolioAsABodyWhenACultureSecretaryIsNamed() {
        assertThat(names(entities("en", "The Culture Secretary, Jane Ashworth, opened the new reading room on Friday.")))
                .containsExactly("Jane Ashworth");
    }

    @Test
    void shouldSplitTwoBodiesWhenAnArticleOpensTheSecond() {
        assertThat(names(entities("es", "El programa está financiado por la Universidad de Granada y la Fundación Telefónica desde 2020.")))
                .contains("Universidad de Granada", "Fundación Telefónica");
    }

    @Test
    void shouldKeepTheTitleWhenAnInstitutionIsNamedAfterARoyal() {
        assertType(entities("en", "She was taken to the Queen Alexandra Hospital in Portsmouth after the crash."),
                "Queen Alexandra Hospital", EntityType.ORGANIZATION);
        assertType(entities("de", "Das Geld geht an die Königin Charlotte Stiftung in Berlin, sagte der Sprecher."),
                "Königin Charlotte Stiftung", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadAPlaceWhenASpaTownIsNamed() {
        assertType(entities("en", "The festival moved to Leamington Spa after the council cut its grant."),
                "Leamington Spa", EntityType.LOCATION);
    }

    @Test
    void shouldReadAPlaceWhenARiverOrASiteIsNamed() {
        assertType(entities("it", "Ieri il Tevere è salito di tre metri nel centro di Roma."), "Tevere", EntityType.LOCATION);
        assertType(entities("fr", "Les ouvriers du site de Flamanville ont repris le travail lundi."), "Flamanville", EntityType.LOCATION);
    }

    @Test
    void shouldReadTheBodyWhenAGermanAdjectiveOpensAResearchFoundationOrALibrary() {
        assertType(entities("de", "Das Projekt wird von der Bayerischen Staatsbibliothek in München betreut."),
                "Bayerische Staatsbibliothek", EntityType.ORGANIZATION);
    }
}
