package io.newsflow.streams.enrich;

import static io.newsflow.streams.enrich.TestArticles.assertType;
import static io.newsflow.streams.enrich.TestArticles.entities;

import org.junit.jupiter.api.Test;

/**
 * What the rural-pharmacy held-out set (h768-h773) found missing or wrong, each tried on other names: professional
 * orders and Spain's professional colleges, Italy's local health authorities by their mixed-case initials, France's
 * historic regions, and pharmacy chains the lists lacked.
 */
class PharmacyEntityTest {

    @Test
    void shouldReadAProfessionalOrderWhenItsLowerCaseFieldFollows() {
        assertType(entities("fr", "Selon l'Ordre des avocats, la réforme est mal préparée.", "Le ministère répond."),
                "Ordre des avocats", EntityType.ORGANIZATION);
        assertType(entities("it", "L'Ordine dei medici di Torino chiede più posti.", "La Regione valuta."),
                "Ordine dei medici di Torino", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadASpanishProfessionalCollegeWhenItsTownClosesTheName() {
        assertType(entities("es", "El Colegio Oficial de Arquitectos de Madrid pidió más suelo.", "El Ayuntamiento estudia la propuesta."),
                "Colegio Oficial de Arquitectos de Madrid", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadAnItalianHealthAuthorityWhenItsInitialsAreInMixedCase() {
        assertType(entities("it", "L'Ausl di Bologna ha chiuso il reparto per un mese.", "I pazienti saranno trasferiti."),
                "Ausl di Bologna", EntityType.ORGANIZATION);
    }

    @Test
    void shouldReadAFrenchHistoricRegionWhenItsArticleComesFirst() {
        assertType(entities("fr", "Des aides pour les jeunes médecins qui choisissent le Limousin.", "Le dispositif commence en mars."),
                "Limousin", EntityType.LOCATION);
    }

    @Test
    void shouldReadAPharmacyChainWhenAWorkplaceNamesIt() {
        assertType(entities("sv", "Regionchefen på Apoteksgruppen i Luleå är orolig.", "Kunderna hänvisas till ombud."),
                "Apoteksgruppen", EntityType.ORGANIZATION);
    }
}
