package io.newsflow.producer.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Person names, outlet names, date-only lines and wire datelines. */
class NamesAndMetaLinesTest {

    @Test
    void shouldTellPeopleFromOutletsAndRolesWhenSplittingAuthorLists() {
        assertThat(PersonNames.split("Jane Doe, John Smith & María José Fernández"))
                .containsExactly("Jane Doe", "John Smith", "María José Fernández");
        assertThat(PersonNames.isName("Sacramento Ledger")).isFalse();
        assertThat(PersonNames.isName("Political Correspondent")).isFalse();
        assertThat(PersonNames.split("Ana Ribeiro in Lisbon")).containsExactly("Ana Ribeiro");
        assertThat(Outlets.looksLikeOutlet("El Diario del Sur")).isTrue();
        assertThat(Outlets.looksLikeOutlet("EuroPolitics.eu")).isTrue();
        assertThat(Outlets.looksLikeOutlet("the editorial board")).isFalse();
    }

    @Test
    void shouldReadPublishedButNotUpdatedWhenTheLineOnlyHoldsDates() {
        assertThat(MetaDateLine.parse("Published 08.10.2024 09:14 | Updated 08.10.2024 11:02").orElseThrow().published().instant())
                .isEqualTo(Instant.parse("2024-10-08T09:14:00Z"));
        assertThat(MetaDateLine.parse("Last updated: 7 October 2024").orElseThrow().published()).isNull();
        assertThat(MetaDateLine.parse("07.10.2024 | 14:20 Uhr").orElseThrow().published().instant())
                .as("a clock in its own segment is the date's time").isEqualTo(Instant.parse("2024-10-07T14:20:00Z"));
        assertThat(MetaDateLine.parse("Monday, 7 October 2024").orElseThrow().published()).isNotNull();
        assertThat(MetaDateLine.parse("The strike began on 7 October 2024 and lasted a week.")).isEmpty();
        assertThat(MetaDateLine.parse("Updated 3:45 PM EST, Sun November 29, 2026").orElseThrow().published()).isNull();
        assertThat(MetaDateLine.parse("Published: 10:30 GMT, 29 November 2026").orElseThrow().published().instant())
                .isEqualTo(Instant.parse("2026-11-29T10:30:00Z"));
        assertThat(MetaDateLine.parse("Publié le 29/11/2026 à 18h05 Modifié le 29/11/2026 à 19h12").orElseThrow()
                .published().instant()).isEqualTo(Instant.parse("2026-11-29T18:05:00Z"));
        assertThat(MetaDateLine.parse("Mis à jour le 29 novembre 2026 à 12h10, publié le 29 novembre 2026 à 08h00")
                .orElseThrow().published().instant()).isEqualTo(Instant.parse("2026-11-29T08:00:00Z"));
        assertThat(MetaDateLine.parse("29/11/2026 10h05 Atualizado há 2 horas").orElseThrow().published().instant())
                .isEqualTo(Instant.parse("2026-11-29T10:05:00Z"));
        assertThat(MetaDateLine.parse("Update: 29 nov 2026 om 15:00").orElseThrow().published()).isNull();
        assertThat(MetaDateLine.parse("Ciudad de México / 29.11.2026 11:20:45").orElseThrow().published().instant())
                .isEqualTo(Instant.parse("2026-11-29T11:20:45Z"));
        assertThat(MetaDateLine.parse("Published Nov 21, 2024 • Last updated Nov 21, 2024 • 3 minute read").orElseThrow()
                .published().instant()).as("a reading time beside the stamps").isEqualTo(Instant.parse("2024-11-21T00:00:00Z"));
    }

    @Test
    void shouldReadTheAgencyWhenAParagraphOpensWithADateline() {
        assertThat(Datelines.agency("LISBON (Reuters) - Portugal's government won.")).contains("Reuters");
        assertThat(Datelines.agency("WASHINGTON, Oct. 7 (AP) — The Senate voted.")).contains("AP");
        assertThat(Datelines.agency("The (unusual) vote - as expected - passed.")).isEmpty();
        assertThat(Datelines.agency("STOCKHOLM, Oct. 9, 2024 /PRNewswire/ -- Nordic Battery Systems AB today announced"))
                .contains("PR Newswire");
        assertThat(Datelines.strip("STOCKHOLM, Oct. 9, 2024 /PRNewswire/ -- Nordic Battery")).isEqualTo("Nordic Battery");
        assertThat(Datelines.agency("Exports rose 4%, and/or imports fell -- a first.")).isEmpty();
        assertThat(PromotedOutlets.named("Suivez Le Monde sur Google Actualités")).contains("Le Monde");
        assertThat(PromotedOutlets.named("Follow us on Twitter and Facebook")).isEmpty();
        assertThat(SignatureDetector.notice("Riproduzione riservata ©")).contains("");
        assertThat(SignatureDetector.notice("© 2024 The Irish Times DAC")).contains("The Irish Times");
        assertThat(SignatureDetector.notice("This article is republished from Adriatic Energy Monitor."))
                .contains("Adriatic Energy Monitor");
        assertThat(SignatureDetector.notice("Cet article a d'abord été publié par Le Journal des Ports."))
                .contains("Le Journal des Ports");
        assertThat(SignatureDetector.notice("Dit artikel verscheen eerder in Havenkrant.")).contains("Havenkrant");
        assertThat(SignatureDetector.notice("Dieser Beitrag erschien zuerst bei Hafen-Kurier.de am 3. Mai."))
                .contains("Hafen-Kurier.de");
        assertThat(Datelines.strip("PARIS (AFP) – Strikes spread.")).isEqualTo("Strikes spread.");
    }
}
