package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.newsflow.avro.Article;
import io.newsflow.avro.InputFormat;
import io.newsflow.avro.RejectionReason;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-seventy-fourth held-out round (x1677-x1682), on other inputs: a press release as a
 * Word or OpenDocument file, its dateline under a standfirst; a feed reader's item dated in epoch seconds (the Fever
 * API's); a Movable Type entry continued after its "more" break; a Korean portal's page (Naver News') and a Japanese
 * paper's (Asahi's), their stamps, notes, prompts and writers.
 */
class OfficeFilesAndEastAsianPortalsShapesTest {
    private static final String RELEASE = "FOR IMMEDIATE RELEASE\n\nOld bridge closes to cars\n\nBERGEN, Norway — December 3, 2026 — "
            + BODY + "\n\nAbout Harbour Council\n\nHarbour Council runs the town.\n\nMedia contact:\n\npress@harbour.test\n\n###";

    private static List<ParseOutcome> office(String name, String part, String xml) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("docProps/core.xml"));
            zip.write("<cp:coreProperties><dc:title>Release template</dc:title></cp:coreProperties>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(part));
            zip.write(xml.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArticleParser().parse(new InputDocument(bytes.toByteArray(), name, null, Instant.parse("2026-01-01T12:00:00Z")));
    }

    private static Article only(List<ParseOutcome> out) {
        assertThat(out).hasSize(1).first().isInstanceOf(ParseOutcome.Parsed.class);
        return ((ParseOutcome.Parsed) out.get(0)).article();
    }

    private static void assertRelease(Article a) {
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getSource()).isEqualTo("Harbour Council");
        assertThat(a.getPublishedAt()).hasToString("2026-12-03T00:00:00Z");
        assertThat(a.getInputFormat()).isEqualTo(InputFormat.OFFICE);
        assertThat(allText(a)).contains("split the town").doesNotContain("FOR IMMEDIATE", "press@harbour.test", "template");
    }

    @Test
    void shouldReadAWordFilesParagraphsAsAPlainTextRelease() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        for (String paragraph : RELEASE.split("\n\n")) {
            xml.append("<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr><w:r><w:t xml:space=\"preserve\">").append(paragraph)
                    .append("</w:t></w:r><w:r><w:delText>withdrawn words</w:delText></w:r></w:p>");
        }
        assertRelease(only(office("release.docx", "word/document.xml", xml + "</w:body></w:document>")));
    }

    @Test
    void shouldReadAnOpenDocumentTextsParagraphsAsAPlainTextRelease() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>");
        for (String paragraph : RELEASE.split("\n\n")) {
            xml.append("<text:p text:style-name=\"P1\">").append(paragraph.replace("  ", "<text:s/>")).append("</text:p>");
        }
        assertRelease(only(office("release.odt", "content.xml", xml + "</office:text></office:body></office:document-content>")));
    }

    @Test
    void shouldRejectAZipArchiveWithNoTextPartWhenNamedAsAWordFile() {
        List<ParseOutcome> out = office("release.docx", "word/styles.xml", "<w:styles/>");
        assertThat(out).hasSize(1).first().isInstanceOf(ParseOutcome.Rejected.class);
        assertThat(((ParseOutcome.Rejected) out.get(0)).rejection().code()).isEqualTo(RejectionReason.MALFORMED);
    }

    @Test
    void shouldDateAReleaseByItsDatelineUnderAStandfirst() {
        Article a = parse("Old bridge closes to cars\n\nTraffic to move to the new crossing from January\n\nBERGEN, Norway — December 3, 2026 — " + BODY);
        assertThat(a.getPublishedAt()).hasToString("2026-12-03T00:00:00Z");
    }

    @Test
    void shouldReadAFeedReadersItemDatedInEpochSeconds() {
        Article a = file("{\"items\": [{\"id\": 20931, \"feed_id\": 7, \"title\": \"Old bridge closes to cars\", \"author\": \"Leah Brandt\", "
                + "\"html\": \"" + HTML_BODY + "\", \"url\": \"https://paper.test/bridge\", \"created_on_time\": 1796461200}]}", "items.json");
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T09:00:00Z");
    }

    @Test
    void shouldKeepAnEntrysTextAfterItsMoreBreakAndReadTheBlogsName() {
        Article a = file("<html><head><title>Old bridge closes to cars - Harbour Notes</title></head><body><div id=\"header\">"
                + "<div id=\"header-name\"><a href=\"https://notes.test/\">Harbour Notes</a></div></div><div id=\"alpha\"><div class=\"entry-asset\">"
                + "<h1 class=\"asset-name\">Old bridge closes to cars</h1><div class=\"asset-content\"><div class=\"asset-body\">" + HTML_BODY
                + "</div><div id=\"more\" class=\"asset-more\"><p>Work on the new crossing starts in the spring and will take a year.</p>"
                + "</div></div></div></div></body></html>", "entry.html");
        assertThat(allText(a)).contains("split the town", "will take a year");
        assertThat(a.getSource()).isEqualTo("Harbour Notes");
    }

    @Test
    void shouldReadAKoreanPortalsStampSectionNoteAndClosingSignature() {
        Article a = parse("한겨레\n\n서울시, 심야버스 노선 추가\n\n입력 2026.12.05. 오전 9:41  수정 2026.12.05. 오전 10:02\n기사원문\n\n박지훈 기자\n\n"
                + "추천 | 댓글 | 본문 요약봇 | 인쇄하기\n\n서울시가 심야버스 노선 12개를 새로 운행한다고 5일 밝혔다.\n\n요금은 2500원이다.\n\n"
                + "박지훈 기자 jhpark@hani.co.kr\n\n기사 섹션 분류 안내\n이 기사는 언론사에서 사회 섹션으로 분류했습니다.\n\n구독\n"
                + "한겨레 주요뉴스해당 언론사에서 선정하며 언론사 페이지(아웃링크)로 이동해 볼 수 있습니다.\n다른 기사 제목\n");
        assertThat(a.getTitle()).isEqualTo("서울시, 심야버스 노선 추가");
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T00:00:00Z");
        assertThat(a.getSection()).isEqualTo("사회");
        assertThat(allText(a)).contains("2500원").doesNotContain("기사원문", "요약봇", "jhpark@", "섹션", "구독", "주요뉴스", "다른 기사");
    }

    @Test
    void shouldReadAJapaneseWritersNameGluedToTheDateAndDropThePagesPrompts() {
        Article a = parse("朝日新聞デジタル\n\n社会\n\n大阪に新しい図書館、来年4月開館へ\n\n佐藤健太2026年12月5日 10時30分\n\nlist\n写真・図版\n\n"
                + "大阪市は4日、市立図書館を来年4月に開館すると発表した。\n\n総事業費は約120億円。\n\n有料会員になると会員限定の有料記事もお読みいただけます。\n\n"
                + "関連ニュース\n大阪メトロ、新駅の名称決まる\n\nこの記事を書いた人\n佐藤健太\n大阪社会部\n");
        assertThat(a.getAuthors()).containsExactly("佐藤健太");
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T10:30:00Z");
        assertThat(allText(a)).contains("120億円").doesNotContain("list", "写真", "有料会員", "大阪メトロ", "この記事", "大阪社会部");
    }

    @Test
    void shouldReadNoWriterWhenACityIsGluedToTheDate() {
        Article a = parse("大阪に新しい図書館、来年4月開館へ\n\n大阪市2026年12月5日 10時30分\n\n大阪市は4日、市立図書館を来年4月に開館すると発表した。\n\n総事業費は約120億円。");
        assertThat(a.getAuthors()).isEmpty();
    }
}
