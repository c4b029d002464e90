package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.outcomes;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import io.newsflow.avro.InputFormat;
import io.newsflow.avro.RejectionReason;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-eighty-first held-out round (x1719-x1724), on other inputs: a browser's HAR
 * capture; an article in TEI; Northern Sami's, Upper Sorbian's and Asturian's months, news root and related labels, and
 * a day written "d'" before its month (Asturian, Catalan).
 */
class HarCapturesTeiAndRegionalLanguagesShapesTest {
    private static final String PAGE = "<html><head><title>Old bridge closes to cars - Harbour News</title><meta property=\"og:site_name\" "
            + "content=\"Harbour News\"></head><body><article><h1>Old bridge closes to cars</h1><p class=\"byline\">By Gareth Lowe</p>" + HTML_BODY
            + "</article></body></html>";

    private static String entry(String url, String mime, String text, boolean base64) {
        String kept = base64 ? Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) : text.replace("\"", "\\\"");
        return "{\"request\": {\"method\": \"GET\", \"url\": \"" + url + "\"}, \"response\": {\"status\": 200, \"content\": {\"mimeType\": \""
                + mime + "\"" + (base64 ? ", \"encoding\": \"base64\"" : "") + ", \"text\": \"" + kept + "\"}}}";
    }

    @Test
    void shouldReadEachCapturedHtmlPageOfABrowsersHarFile() {
        List<ParseOutcome> out = outcomes("{\"log\": {\"version\": \"1.2\", \"creator\": {\"name\": \"Firefox\"}, \"entries\": ["
                + entry("https://paper.test/bridge", "text/html; charset=utf-8", PAGE, false) + ", "
                + entry("https://paper.test/site.css", "text/css", "body { margin: 0; }", false) + ", "
                + entry("https://paper.test/bridge-2", "text/html", PAGE, true) + "]}}", "visit.har");
        assertThat(out).hasSize(2).allMatch(o -> o instanceof ParseOutcome.Parsed);
        Article a = ((ParseOutcome.Parsed) out.get(0)).article();
        assertThat(a.getAuthors()).containsExactly("Gareth Lowe");
        assertThat(a.getSource()).isEqualTo("Harbour News");
        assertThat(a.getUrl()).isEqualTo("https://paper.test/bridge");
        assertThat(allText(((ParseOutcome.Parsed) out.get(1)).article())).contains("split the town");
    }

    @Test
    void shouldRejectAHarFileWithNoCapturedPage() {
        List<ParseOutcome> out = outcomes("{\"log\": {\"creator\": {\"name\": \"Chrome\"}, \"entries\": ["
                + entry("https://paper.test/site.css", "text/css", "body { margin: 0; }", false) + "]}}", "assets.har");
        assertThat(out).hasSize(1).first().isInstanceOf(ParseOutcome.Rejected.class);
        assertThat(((ParseOutcome.Rejected) out.get(0)).rejection().code()).isEqualTo(RejectionReason.NO_CONTENT);
    }

    @Test
    void shouldRejectACapturedPageWhoseBase64DoesNotDecodeAndKeepTheOthers() {
        List<ParseOutcome> out = outcomes("{\"log\": {\"creator\": {\"name\": \"Chrome\"}, \"entries\": ["
                + "{\"request\": {\"url\": \"https://paper.test/broken\"}, \"response\": {\"content\": {\"mimeType\": \"text/html\", "
                + "\"encoding\": \"base64\", \"text\": \"%%% not base64 %%%\"}}}, " + entry("https://paper.test/bridge", "text/html", PAGE, false) + "]}}",
                "visit.har");
        assertThat(out).hasSize(2);
        ParseOutcome.Rejected broken = (ParseOutcome.Rejected) out.get(0);
        assertThat(broken.rejection().code()).isEqualTo(RejectionReason.MALFORMED);
        assertThat(broken.rejection().reason()).contains("https://paper.test/broken");
        assertThat(out.get(1)).isInstanceOf(ParseOutcome.Parsed.class);
    }

    @Test
    void shouldReadATeiArticlesHeaderAndBodyWithoutTheArchivesNotes() {
        Article a = file("<?xml version=\"1.0\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>Old bridge closes to cars</title>"
                + "<author>Eilidh Munro</author></titleStmt><publicationStmt><publisher>The Orkney Gazette</publisher><date when=\"2026-12-03\">3 December 2026</date>"
                + "</publicationStmt><sourceDesc><p>Transcribed from the print edition.</p></sourceDesc></fileDesc></teiHeader><text><body><div type=\"article\">"
                + "<head>Old bridge closes to cars</head><byline>By Eilidh Munro</byline><dateline>STROMNESS, 3 December</dateline><p>"
                + BODY.replace("\n\n", "</p><p>") + "<note place=\"foot\">A footnote of the archive's.</note></p></div></body></text></TEI>", "article.xml");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getAuthors()).containsExactly("Eilidh Munro");
        assertThat(a.getSource()).isEqualTo("The Orkney Gazette");
        assertThat(a.getPublishedAt()).hasToString("2026-12-03T00:00:00Z");
        assertThat(a.getInputFormat()).isEqualTo(InputFormat.TEI);
        assertThat(allText(a)).contains("split the town").doesNotContain("Transcribed", "footnote", "STROMNESS");
    }

    @Test
    void shouldReadRegionalLanguagesMonthsNewsRootsAndRelatedLabels() {
        Article sami = parse("NRK Sápmi\n\nOđđasat\n\nOđđa busse Kárášjoga ja Guovdageainnu gaskka\n\nMáret Áilin Gaup\n5. juovlamánnu 2026 10:12\n\n"
                + "Ođđa bussegeaidnu álgá ođđajagimánu álggus Kárášjoga ja Guovdageainnu gaskka.\n\nBusse vuodjá guktii beaivvis.\n\nLoga maiddái\nOđđa skuvla Kárášjohkii\n");
        assertThat(sami.getPublishedAt()).hasToString("2026-12-05T10:12:00Z");
        assertThat(sami.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(allText(sami)).doesNotContain("Ođđa skuvla");
        Article asturian = parse("Nortes\n\nEl tren tornará a Llangréu en xineru\n\nXuan Bello Fernández\n5 d'avientu de 2026\n\n"
                + "El serviciu de tren ente Xixón y Llangréu tornará a funcionar a primeros de xineru.\n\nLes obres costaron 40 millones d'euros.\n\n"
                + "Lleer más\nNueva estación d'autobuses n'Uviéu\n");
        assertThat(asturian.getPublishedAt()).hasToString("2026-12-05T00:00:00Z");
        assertThat(allText(asturian)).doesNotContain("Uviéu");
    }

    @Test
    void shouldReadACatalanDayBeforeItsMonthWithAnElidedDe() {
        Article a = parse("Vilaweb\n\nEl tramvia arribarà a Badalona l'any vinent\n\nMarta Puig\n5 d'abril de 2026\n\n" + BODY);
        assertThat(a.getPublishedAt()).hasToString("2026-04-05T00:00:00Z");
    }
}
