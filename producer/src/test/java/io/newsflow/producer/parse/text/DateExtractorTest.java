package io.newsflow.producer.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateExtractorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "date 2024-10-07 + ↺ − 16 px; 2024-10-07T00:00:00Z",
        "Published 08.10.2024 09:14 | Updated 08.10.2024 11:02; 2024-10-08T09:14:00Z",
        "Publicerad 7 november 2024 kl. 09.30; 2024-11-07T09:30:00Z",
        "Publié le 07/10/2024 à 18h05; 2024-10-07T18:05:00Z",
        "Publicado el 07/10/2024 18:05; 2024-10-07T18:05:00Z",
        "Posted 10/07/2024 6:05 PM; 2024-10-07T18:05:00Z",
        "10/07/2024; 2024-10-07T00:00:00Z",
        "07.10.2024 | 14:20 Uhr; 2024-10-07T14:20:00Z",
        "2024-05-21T08:00:00+03:00; 2024-05-21T05:00:00Z",
        "Published 2024-12-01 18:00 JST; 2024-12-01T09:00:00Z",
        "Updated - November 26, 2025 09:41 pm IST - NEW DELHI; 2025-11-26T16:11:00Z",
        "26 Nov 2025 10:00 SGT; 2025-11-26T02:00:00Z",
        "am 3. Juli 2024 um 10.30 ist es so weit; 2024-07-03T10:30:00Z",
        "3 juillet 2024 à 10h30 est une date; 2024-07-03T10:30:00Z",
        "October 7, 2024 9:14 AM UTC; 2024-10-07T09:14:00Z",
        "Oct. 7, 2024; 2024-10-07T00:00:00Z",
        "March 3, 2025, 6:15 PM EST; 2025-03-03T23:15:00Z",
        "Sat 14 Sep 2024 07.45 BST; 2024-09-14T06:45:00Z",
        "Veröffentlicht am 3. Juli 2024, 14:05 Uhr; 2024-07-03T14:05:00Z",
        "Publié le 18 avril 2024 à 07h15; 2024-04-18T07:15:00Z",
        "Publicado el 5 de junio de 2024 a las 10:30; 2024-06-05T10:30:00Z",
        "12 listopada 2024; 2024-11-12T00:00:00Z",
        "7 oktober 2024, 11:20; 2024-10-07T11:20:00Z",
        "7th of October 2024; 2024-10-07T00:00:00Z",
        "12/03/2024; 2024-12-03T00:00:00Z",
        "25/03/2024; 2024-03-25T00:00:00Z",
        "15.01.2025; 2025-01-15T00:00:00Z",
        "2024/10/07 14:30; 2024-10-07T14:30:00Z",
        "Published: 10:30 GMT, 29 November 2026; 2026-11-29T10:30:00Z",
        "Updated 3:45 PM EST, Sun November 29, 2026; 2026-11-29T20:45:00Z",
        "Posted 29 Nov 2026, 4:04pm; 2026-11-29T16:04:00Z",
        "Version 2.10 released 29 November 2026; 2026-11-29T00:00:00Z",
        "November 29, 20267:12 AM GMT+1Updated 2 hours ago; 2026-11-29T06:12:00Z",
        "Published November 28, 2026 at 9:00 a.m. ET; 2026-11-28T14:00:00Z",
        "July 4, 2026, 9:00 a.m. ET; 2026-07-04T13:00:00Z",
        "29 de novembro de 2026 às 10:40; 2026-11-29T10:40:00Z",
        // Québec's spaced hour and its zones' French names; a Swedish "kl" without its full stop
        "Publié le 27 novembre 2025 à 5 h 00 HNE; 2025-11-27T10:00:00Z",
        "Mis à jour le 3 juillet 2025 à 14 h 30 HAE; 2025-07-03T18:30:00Z",
        "Publicerad 27 november 2025 kl 08.12; 2025-11-27T08:12:00Z",
    })
    void shouldReadTheDateWhenWrittenInACommonFormat(String text, String expected) {
        assertThat(DateExtractor.find(text)).get().extracting(DateExtractor.FoundDate::instant).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"since 2019", "Updated 3 hours ago", "Oct 7 (Reuters)", "31.02.2024", "page 12 of 40", "1,200 jobs in 2009"})
    void shouldFindNothingWhenTheTextHasNoFullDate(String text) {
        assertThat(DateExtractor.find(text)).isEmpty();
    }
}
