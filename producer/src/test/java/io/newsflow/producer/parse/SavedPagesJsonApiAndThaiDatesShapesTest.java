package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import io.newsflow.avro.InputFormat;
import io.newsflow.avro.RejectionReason;

/**
 * Shapes met in the eighty-first held-out round (x523-x528), each on other names: a page saved as one MHTML file, a
 * JSON:API document whose author and section are included resources, Thai dates in the Buddhist Era, Filipino and
 * Albanian bylines and months, a Baltic editor's closing line, and a trail's home root between the site's name and its
 * crumbs.
 */
class SavedPagesJsonApiAndThaiDatesShapesTest {

    private static List<ParseOutcome> parseAll(String text, String origin) {
        return new ArticleParser().parse(new InputDocument(text.getBytes(StandardCharsets.UTF_8), origin, null,
                Instant.parse("2026-01-01T00:00:00Z")));
    }

    private static Article article(List<ParseOutcome> outcomes) {
        assertThat(outcomes).hasSize(1).first().isInstanceOf(ParseOutcome.Parsed.class);
        return ((ParseOutcome.Parsed) outcomes.get(0)).article();
    }

    /** A browser's MHTML: the page quoted-printable in its text/html part, saved a day after the story. */
    private static String mhtml(String page) {
        return "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example.org/2025/03/05/story\r\n"
                + "Subject: Saved page\r\nDate: Thu, 6 Mar 2025 19:42:08 -0000\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----Boundary--A1----\"\r\n\r\n"
                + "------Boundary--A1----\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                + "Content-Location: https://news.example.org/2025/03/05/story\r\n\r\n" + page + "\r\n"
                + "------Boundary--A1------\r\n";
    }

    @Test
    void shouldReadTheSavedPageWhenAnMhtmlFileHoldsIt() {
        String page = "<html><head><meta property=3D\"og:site_name\" content=3D\"Harbour Gazette\">"
                + "<meta property=3D\"article:published_time\" content=3D\"2025-03-05T08:00:00Z\"></head><body><article>=\r\n"
                + "<h1>" + HEADLINE + "</h1><p>The council voted on Tuesday to build a second berth at the quay, officials=\r\n"
                + " said.</p><p>Work starts in May and should take two years.</p></article></body></html>";
        Article a = article(parseAll(mhtml(page), "story.mhtml"));
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSource()).isEqualTo("Harbour Gazette");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T08:00:00Z")); // not the day it was saved
        assertThat(a.getUrl()).isEqualTo("https://news.example.org/2025/03/05/story");
        assertThat(a.getInputFormat()).isEqualTo(InputFormat.HTML);
        assertThat(TextShapesTest.allText(a)).contains("officials said").doesNotContain("=3D", "Saved by Blink");
        assertThat(article(parseAll(mhtml(page), "upload.bin")).getTitle()).isEqualTo(HEADLINE); // told by its headers too
    }

    @Test
    void shouldRejectTheArchiveWhenItHoldsNoPage() {
        String css = mhtml("x").replace("Content-Type: text/html\r\n", "Content-Type: text/css\r\n");
        List<ParseOutcome> out = parseAll(css, "styles.mhtml");
        assertThat(out).hasSize(1).first().isInstanceOf(ParseOutcome.Rejected.class);
        assertThat(((ParseOutcome.Rejected) out.get(0)).rejection().code()).isEqualTo(RejectionReason.NO_CONTENT);
    }

    @Test
    void shouldResolveTheAuthorAndSectionWhenAJsonApiDocumentIncludesThem() {
        String json = "{\"jsonapi\": {\"version\": \"1.0\"}, \"data\": {\"type\": \"node--article\", \"id\": \"n1\","
                + " \"attributes\": {\"title\": \"" + HEADLINE + "\", \"created\": \"2025-03-05T08:00:00+00:00\","
                + " \"body\": {\"value\": \"<p>The council voted on Tuesday.</p><p>Work starts in May.</p>\", \"summary\": \"\"}},"
                + " \"relationships\": {\"uid\": {\"data\": {\"type\": \"user--user\", \"id\": \"u1\"}},"
                + " \"field_section\": {\"data\": {\"type\": \"taxonomy_term--sections\", \"id\": \"s1\"}}}},"
                + " \"included\": [{\"type\": \"user--user\", \"id\": \"u1\", \"attributes\": {\"display_name\": \"Ana Lima\", \"name\": \"alima\"}},"
                + " {\"type\": \"taxonomy_term--sections\", \"id\": \"s1\", \"attributes\": {\"name\": \"Local\"}}]}";
        Article a = article(parseAll(json, "node.json"));
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Ana Lima");
        assertThat(a.getSection()).isEqualTo("Local");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T08:00:00Z"));
        assertThat(TextShapesTest.allText(a)).contains("Work starts in May.").doesNotContain("<p>");
    }

    @Test
    void shouldDateTheStoryWhenAThaiPageCountsTheBuddhistEra() {
        assertThat(parse(HEADLINE + "\n\n5 มี.ค. 2568 09:30 น.\n\n" + BODY).getPublishedAt())
                .isEqualTo(Instant.parse("2025-03-05T09:30:00Z"));
        assertThat(parse(HEADLINE + "\n\n5 มีนาคม 2568\n\n" + BODY).getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
    }

    @Test
    void shouldReadTheWriterAndDateWhenTheBylineIsFilipinoOrAlbanian() {
        Article filipino = parse(HEADLINE + "\n\nNi Jose Reyes\nMarso 5, 2025\n\n" + BODY);
        assertThat(filipino.getAuthors()).containsExactly("Jose Reyes");
        assertThat(filipino.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
        Article albanian = parse(HEADLINE + "\n\nNga Elira Daci\n05 Mars 2025, 09:30\n\n" + BODY);
        assertThat(albanian.getAuthors()).containsExactly("Elira Daci");
        assertThat(albanian.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T09:30:00Z"));
    }

    @Test
    void shouldDropTheEditorsLineWhenABalticBroadcasterClosesWithIt() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nRedaktors: Jānis Ozols");
        assertThat(a.getAuthors()).doesNotContain("Jānis Ozols");
        assertThat(TextShapesTest.allText(a)).doesNotContain("Redaktors");
    }

    @Test
    void shouldReadTheMastheadAndSectionWhenAHomeRootStandsBetweenThem() {
        Article a = parse("มติชน\nหน้าแรก\nข่าว\nเศรษฐกิจ\n\nธนาคารแห่งประเทศไทยคงอัตราดอกเบี้ยนโยบาย ไว้ที่ร้อยละสอง\n\n"
                + "5 มี.ค. 2568\n\nคณะกรรมการนโยบายการเงินมีมติเอกฉันท์ให้คงอัตราดอกเบี้ยนโยบายไว้ที่ร้อยละสองต่อปี\n\n"
                + "ผู้ว่าการธนาคารกล่าวว่าเศรษฐกิจไทยยังฟื้นตัวอย่างค่อยเป็นค่อยไป");
        assertThat(a.getSource()).isEqualTo("มติชน");
        assertThat(a.getSection()).isEqualTo("เศรษฐกิจ");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }
}
