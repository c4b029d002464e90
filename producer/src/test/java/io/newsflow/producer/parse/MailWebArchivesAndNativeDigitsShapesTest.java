package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.RejectionReason;

/**
 * Shapes met in the eighty-third held-out round (x535-x540), each on other names: a newsletter saved as a MIME mail, a
 * crawler's WARC file (plain and gzipped), dates in another script's digits (Bengali), Armenian, Basque and Azerbaijani
 * bylines and dates.
 */
class MailWebArchivesAndNativeDigitsShapesTest {

    private static List<ParseOutcome> parseAll(byte[] bytes, String origin) {
        return new ArticleParser().parse(new InputDocument(bytes, origin, null, Instant.parse("2026-01-01T00:00:00Z")));
    }

    private static Article article(List<ParseOutcome> outcomes) {
        assertThat(outcomes).hasSize(1).first().isInstanceOf(ParseOutcome.Parsed.class);
        return ((ParseOutcome.Parsed) outcomes.get(0)).article();
    }

    @Test
    void shouldReadTheNewsletterWhenItIsSavedAsAMimeMail() {
        String mail = "From: Quay Letter <news@quay.example>\r\nTo: reader@example.net\r\nSubject: =?UTF-8?Q?" + HEADLINE.replace(' ', '_')
                + "?=\r\nDate: Wed, 05 Mar 2025 07:30:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; "
                + "boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nThe council voted on Tuesday.\r\n"
                + "--b1\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "<h1>" + HEADLINE + "</h1><p>By Ana Lima</p><p>The council voted on Tuesday to build a second berth at the =\r\n"
                + "quay, officials said.</p><p>Work starts in May and should take two years.</p>\r\n--b1--\r\n";
        Article a = article(parseAll(mail.getBytes(StandardCharsets.UTF_8), "letter.eml"));
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Ana Lima");
        assertThat(a.getSource()).isEqualTo("Quay Letter");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T07:30:00Z"));
        assertThat(TextShapesTest.allText(a)).contains("at the quay, officials said").doesNotContain("=\r\n", "--b1");
    }

    private static String warc(String page) {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + page.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + page;
        return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
                + "WARC-Date: 2025-03-09T02:00:00Z\r\nWARC-Target-URI: https://news.example.org/quay\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.getBytes(StandardCharsets.UTF_8).length
                + "\r\n\r\n" + http + "\r\n\r\n";
    }

    @Test
    void shouldReadTheArchivedPageWhenACrawlerSavedItAsWarc() throws IOException {
        String page = "<html><head><meta property=\"og:site_name\" content=\"Harbour Gazette\"><meta property=\"article:published_time\" "
                + "content=\"2025-03-05T08:00:00Z\"></head><body><article><h1>" + HEADLINE + "</h1><p>The council voted on Tuesday "
                + "to build a second berth.</p><p>Work starts in May.</p></article></body></html>";
        byte[] plain = warc(page).getBytes(StandardCharsets.UTF_8);
        Article a = article(parseAll(plain, "crawl.warc"));
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T08:00:00Z")); // not the day it was crawled
        assertThat(a.getUrl()).isEqualTo("https://news.example.org/quay");
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(plain);
        }
        assertThat(article(parseAll(gz.toByteArray(), "crawl.warc.gz")).getTitle()).isEqualTo(HEADLINE);
    }

    @Test
    void shouldRejectTheArchiveWhenItHoldsNoPage() {
        String request = "WARC/1.0\r\nWARC-Type: request\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000002>\r\n"
                + "WARC-Date: 2025-03-09T02:00:00Z\r\nWARC-Target-URI: https://news.example.org/quay\r\n"
                + "Content-Type: application/http; msgtype=request\r\nContent-Length: 0\r\n\r\n\r\n\r\n";
        List<ParseOutcome> out = parseAll(request.getBytes(StandardCharsets.UTF_8), "requests.warc");
        assertThat(out).hasSize(1).first().isInstanceOf(ParseOutcome.Rejected.class);
        assertThat(((ParseOutcome.Rejected) out.get(0)).rejection().code()).isEqualTo(RejectionReason.NO_CONTENT);
    }

    @Test
    void shouldDateTheStoryWhenItsDigitsAreBengali() {
        Article a = parse(HEADLINE + "\n\nলেখক: সুমন দাস\n৫ মার্চ ২০২৫, ০৯:৩০\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("সুমন দাস");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T09:30:00Z"));
    }

    @Test
    void shouldReadTheWriterAndDateWhenTheBylineIsArmenianBasqueOrAzerbaijani() {
        Article armenian = parse(HEADLINE + "\n\nՀեղինակ՝ Արամ Սարգսյան\n5 մարտի, 2025\n\n" + BODY);
        assertThat(armenian.getAuthors()).containsExactly("Արամ Սարգսյան");
        assertThat(armenian.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
        Article basque = parse(HEADLINE + "\n\nIdazlea: Jon Arregi\n2025eko martxoaren 5a, 09:30\n\n" + BODY);
        assertThat(basque.getAuthors()).containsExactly("Jon Arregi");
        assertThat(basque.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T09:30:00Z"));
        Article azerbaijani = parse(HEADLINE + "\n\nMüəllif: Elvin Həsənov\n05 mart 2025\n\n" + BODY);
        assertThat(azerbaijani.getAuthors()).containsExactly("Elvin Həsənov");
        assertThat(azerbaijani.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
    }
}
