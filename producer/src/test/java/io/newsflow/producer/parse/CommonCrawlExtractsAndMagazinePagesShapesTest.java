package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import io.newsflow.avro.Article;
import io.newsflow.avro.BlockKind;
import io.newsflow.avro.InputFormat;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-seventy-eighth held-out round (x1701-x1706), on other inputs: a Common Crawl WET
 * file's text extract; a section shouted over the headline that the menu bar writes in natural case ("U.S. NEWS");
 * a magazine's name over its account links, its print-edition note and its topics; a Greek site's follow plea and
 * related label; a heading in capitals opening the text (Semafor's "THE NEWS") and a newsletter's sign-up pitch.
 */
class CommonCrawlExtractsAndMagazinePagesShapesTest {

    private static String record(String headers, String body) {
        return "WARC/1.0\r\n" + headers + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body + "\r\n\r\n";
    }

    @Test
    void shouldReadACommonCrawlTextExtractAsAPlainTextPage() {
        String text = "The Harbour Times\nOld bridge closes to cars\nBy Maren Holt\nDecember 4, 2026\n" + BODY.replace("\n\n", "\n") + "\n";
        String wet = record("WARC-Type: warcinfo\r\nWARC-Date: 2026-12-05T10:20:11Z\r\nContent-Type: application/warc-fields\r\n", "isPartOf: CC-MAIN-2026-50\r\n")
                + record("WARC-Type: conversion\r\nWARC-Target-URI: https://paper.test/bridge\r\nWARC-Date: 2026-12-05T10:31:47Z\r\n"
                + "WARC-Record-ID: <urn:uuid:9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d>\r\nContent-Type: text/plain\r\n", text);
        Article a = file(wet, "CC-MAIN-00042.warc.wet");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getAuthors()).containsExactly("Maren Holt");
        assertThat(a.getPublishedAt()).hasToString("2026-12-04T00:00:00Z"); // the page's date, not the crawl's
        assertThat(a.getUrl()).isEqualTo("https://paper.test/bridge");
        assertThat(a.getInputFormat()).isEqualTo(InputFormat.TEXT);
        assertThat(allText(a)).contains("split the town").doesNotContain("CC-MAIN");
    }

    @Test
    void shouldWriteAShoutedSectionAsTheMenuBarWritesIt() {
        Article a = parse("NBC News\n\nNews | Politics | U.S. News | World | Business | Health\n\nU.S. NEWS\n\nOld bridge closes to cars\n\n"
                + "Dec. 4, 2026, 6:14 PM EST\nBy Dana Whitfield\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("U.S. News");
    }

    @Test
    void shouldKeepTheSectionsCaseWhenTheMenuBarShoutsToo() {
        Article a = parse("Kosovo Online\n\nNEWS | POLITICS | ECONOMY | SPORT | CULTURE\n\nNEWS\n\nOld bridge closes to cars\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("News");
    }

    @Test
    void shouldReadAMagazinesNameOverItsAccountLinksAndDropItsPrintNoteAndTopics() {
        Article a = parse("The New Yorker\n\nNewsletters | Sign In | Subscribe\n\nOld bridge closes to cars\n\nBy Nora Castellane\nDecember 4, 2026\n\n" + BODY
                + "\n\nPublished in the print edition of the December 14, 2026, issue, with the headline \"After Midnight.\"\n\n"
                + "More: Ferries | New York City | Night\n");
        assertThat(a.getSource()).isEqualTo("The New Yorker");
        assertThat(allText(a)).contains("split the town").doesNotContain("print edition", "More:");
    }

    @Test
    void shouldDropAGreekFollowPleaAndRelatedList() {
        Article a = parse("Το Βήμα\n\nΝέα γραμμή τραμ στον Πειραιά\n\nΝέα γραμμή τραμ θα συνδέει το Φάληρο με το κέντρο του Πειραιά από τον Μάρτιο του 2027.\n\n"
                + "Οι πρώτες δοκιμαστικές διαδρομές θα γίνουν τον Ιανουάριο.\n\nΑκολουθήστε το vima.gr στο Google News και μάθετε πρώτοι όλες τις ειδήσεις\n\n"
                + "Σχετικά άρθρα\nΝέοι συρμοί για τη γραμμή 1 του μετρό\n");
        assertThat(allText(a)).contains("Ιανουάριο").doesNotContain("Google News", "Σχετικά", "συρμοί");
    }

    @Test
    void shouldReadAHeadingInCapitalsOpeningTheTextAsAHeadingAndDropASignUpPitch() {
        Article a = parse("Semafor\n\nOld bridge closes to cars\n\nLiz Hoffman\nDec 4, 2026, 5:12pm EST\n\nTHE NEWS\n\n" + BODY
                + "\n\nSign up for Semafor Business: The stories shaping the global economy. Read it now.\n");
        assertThat(a.getLead()).isNull();
        assertThat(a.getBody().get(0).getKind()).isEqualTo(BlockKind.HEADING);
        assertThat(allText(a)).contains("split the town").doesNotContain("Sign up");
    }

    @Test
    void shouldKeepADatelinesTownInCapitalsAsTheStandfirst() {
        Article a = parse("Old bridge closes to cars\n\nANKARA\n\n" + BODY);
        assertThat(a.getLead()).isEqualTo("ANKARA"); // (one word: no heading of the text's parts)
    }
}
