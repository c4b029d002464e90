package io.newsflow.producer.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class BylineDetectorTest {

    @Test
    void shouldReadAuthorAndOutletWhenAnInlineBylineOpensTheParagraph() {
        Byline b = InlineBylines.of("Tomas HALVORSEN, TechLedger: The draft, seen by several newspapers, would...").orElseThrow();
        assertThat(b.authors()).containsExactly("Tomas Halvorsen");
        assertThat(b.source()).isEqualTo("TechLedger");
        assertThat(b.remainder()).startsWith("The draft, seen");
    }

    @Test
    void shouldNotTreatASentenceAsInlineBylineWhenNoSurnameIsCapitalised() {
        assertThat(InlineBylines.of("Prime Minister Anne Visser, speaking in Brussels: we will act.")).isEmpty();
    }

    @Test
    void shouldSplitSeveralAuthorsWhenJoinedByCommasAndAnd() {
        assertThat(BylineDetector.standalone("By Sophie Laurent, Marco Bianchi and Lena Hartmann").orElseThrow().authors())
                .containsExactly("Sophie Laurent", "Marco Bianchi", "Lena Hartmann");
    }

    @Test
    void shouldReadOutletAndDateWhenTheBylineHasSegments() {
        Byline b = BylineDetector.standalone("By Priya Raman | Mumbai Business Wire | 14 February 2024").orElseThrow();
        assertThat(b.authors()).containsExactly("Priya Raman");
        assertThat(b.source()).isEqualTo("Mumbai Business Wire");
        assertThat(b.date().instant()).isEqualTo(Instant.parse("2024-02-14T00:00:00Z"));
    }

    @Test
    void shouldPartNameFromAgencyWhenANordicBylineJoinsThemWithASlash() {
        Byline b = BylineDetector.standalone("Av: Karin Holmberg/TT").orElseThrow();
        assertThat(b.authors()).containsExactly("Karin Holmberg");
        assertThat(b.source()).isEqualTo("TT");
        Byline dated = BylineDetector.standalone("by Adis Ajdin | 15/10/2024").orElseThrow();
        assertThat(dated.authors()).as("a date keeps its slashes").containsExactly("Adis Ajdin");
        assertThat(dated.date().instant()).isEqualTo(Instant.parse("2024-10-15T00:00:00Z"));
    }

    @Test
    void shouldNormaliseCapitalsAndKeepOutletWhenAfterAComma() {
        Byline b = BylineDetector.standalone("By KEVIN O'BRIEN, Sacramento Ledger").orElseThrow();
        assertThat(b.authors()).containsExactly("Kevin O'Brien");
        assertThat(b.source()).isEqualTo("Sacramento Ledger");
    }

    @Test
    void shouldReadForeignLeadInsWhenNotEnglish() {
        assertThat(BylineDetector.standalone("Von Jürgen Weiß").orElseThrow().authors()).containsExactly("Jürgen Weiß");
        assertThat(BylineDetector.standalone("Door Pieter van den Berg").orElseThrow().authors()).containsExactly("Pieter van den Berg");
        assertThat(BylineDetector.standalone("Reporting by Ana Ribeiro; Editing by Mark Jensen").orElseThrow().authors())
                .containsExactly("Ana Ribeiro");
        assertThat(BylineDetector.standalone("SANTIAGO, Chile — By MARTA SILVA in Santiago").orElseThrow().authors())
                .containsExactly("Marta Silva");
    }

    @Test
    void shouldIgnoreSentencesWhenTheyStartWithBy() {
        assertThat(BylineDetector.standalone("By Monday, the strike had spread to Antwerp.")).isEmpty();
        assertThat(BylineDetector.standalone("By the time talks resumed, ships were waiting")).isEmpty();
    }

    @Test
    void shouldReadInlineBylineVariantsWhenTheOutletIsBracketedOrIntroducedByFor() {
        assertThat(InlineBylines.of("Anne-Marie DE VRIES (Harbour Post): The ministry said...").orElseThrow().source()).isEqualTo("Harbour Post");
        Byline b = InlineBylines.of("Jan KOWALSKI for Baltic Times: Ships waited outside the port.").orElseThrow();
        assertThat(b.authors()).containsExactly("Jan Kowalski");
        assertThat(b.source()).isEqualTo("Baltic Times");
        assertThat(b.remainder()).isEqualTo("Ships waited outside the port.");
    }

    @Test
    void shouldReadTheNameWhenABylineGivesTheReportersRoleBeforeOrAfterIt() {
        assertThat(BylineDetector.standalone("Jillian Ambrose Energy correspondent").orElseThrow().authors())
                .containsExactly("Jillian Ambrose");
        assertThat(BylineDetector.standalone("By political reporter Sarah Lim").orElseThrow().authors())
                .containsExactly("Sarah Lim");
        assertThat(BylineDetector.standalone("Door onze redacteur Pieter de Vries").orElseThrow().authors())
                .containsExactly("Pieter de Vries");
        Byline shouting = BylineDetector.standalone("By JOHN O'NEILL, CHIEF ECONOMICS CORRESPONDENT").orElseThrow();
        assertThat(shouting.authors()).containsExactly("John O'Neill");
        assertThat(shouting.source()).isNull();
        assertThat(BylineDetector.standalone("Energy prices rose again")).isEmpty();
        assertThat(BylineDetector.standalone("Por Redacción").orElseThrow().authors()).isEmpty();
        assertThat(BylineDetector.standalone("Par la rédaction").orElseThrow().authors()).isEmpty();
        Byline segmented = SegmentedBylines.nameThenOutlet("Jane Tremblay · CBC News ·", true).orElseThrow();
        assertThat(segmented.authors()).containsExactly("Jane Tremblay");
        assertThat(segmented.source()).isEqualTo("CBC News");
        assertThat(SegmentedBylines.nameThenOutlet("By Priya Raman | Mumbai Business Wire", true)).isEmpty();
        assertThat(BylineDetector.standalone("Aus Baku berichtet Susanne Götze").orElseThrow().authors())
                .containsExactly("Susanne Götze");
        assertThat(BylineDetector.standalone("Verslaggever Mark Visser").orElseThrow().authors()).containsExactly("Mark Visser");
        Byline newsroom = BylineDetector.standalone("Redazione ANSA").orElseThrow();
        assertThat(newsroom.authors()).isEmpty();
        assertThat(newsroom.source()).isEqualTo("ANSA");
        assertThat(BylineDetector.standalone("Local Democracy Reporter").orElseThrow().authors()).isEmpty();
        for (String[] outletByline : new String[][] {{"By The Associated Press", "The Associated Press"}, {"Par AFP", "AFP"},
                {"Von dpa | 29.11.2026, 08:15 Uhr", "dpa"}, {"Por G1 — São Paulo", "G1"}}) {
            Byline agency = BylineDetector.standalone(outletByline[0]).orElseThrow();
            assertThat(agency.authors()).as(outletByline[0]).isEmpty();
            assertThat(agency.source()).as(outletByline[0]).isEqualTo(outletByline[1]);
        }
        Byline writesFor = BylineDetector.standalone("By JANE SMITH FOR MAILONLINE").orElseThrow();
        assertThat(writesFor.authors()).containsExactly("Jane Smith");
        assertThat(writesFor.source()).isEqualTo("MAILONLINE");
        assertThat(BylineDetector.standalone("By Jane")).isEmpty();
        assertThat(BylineDetector.standalone("Redazione Web").orElseThrow().source()).isNull();
        assertThat(PersonNames.isNameList("Patricia Nilsson in Berlin and Peggy Hollinger in Paris")).isTrue();
        Byline compiled = BylineDetector.standalone("PAP, oprac. Katarzyna Zielińska").orElseThrow();
        assertThat(compiled.authors()).containsExactly("Katarzyna Zielińska");
        assertThat(compiled.source()).isEqualTo("PAP");
        assertThat(PersonNames.isNameList("Tom Ambrose (now) and Rachel Hall (earlier)")).isTrue();
        assertThat(PersonNames.split("Tom Ambrose (now) and Rachel Hall (earlier)")).containsExactly("Tom Ambrose", "Rachel Hall");
        assertThat(PersonNames.isNameList("Tom Ambrose and the Met Office")).isFalse();
    }

    @Test
    void shouldNotReadAWireDatelineAsAnInlineBylineWhenThePlaceIsInCapitals() {
        assertThat(InlineBylines.of("NEW YORK (AP) — Two developers said on Sunday they would pause.")).isEmpty();
    }

    @Test
    void shouldNotReadTheWritersCityAsOutletWhenTheBylineNamesItInItsOwnLanguage() {
        Byline b = BylineDetector.standalone("Von Anna Hoben, München").orElseThrow();
        assertThat(b.authors()).containsExactly("Anna Hoben");
        assertThat(b.source()).isNull();
    }

    @Test
    void shouldNameTheWireAsItWritesItselfWhenItStandsAloneInCapitals() {
        assertThat(SignatureDetector.agencyCredit("KYODO")).contains("Kyodo");
        assertThat(SignatureDetector.agencyCredit("REUTERS")).contains("Reuters");
        assertThat(SignatureDetector.agencyCredit("AFP")).contains("AFP");
        assertThat(SignatureDetector.agencyCredit("KYODO NEWS SERVICE")).isEmpty();
    }
}
