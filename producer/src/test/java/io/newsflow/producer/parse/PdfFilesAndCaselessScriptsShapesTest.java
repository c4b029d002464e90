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

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import io.newsflow.avro.InputFormat;
import io.newsflow.avro.RejectionReason;

/**
 * Shapes met in the eighty-fifth held-out round (x547-x552), each on other names: a press release as a PDF file (its
 * headline set over two lines, its issuer and label in blocks of their own, the document's own fields an authoring
 * tool's leftovers), a PDF without text and a broken one, a sitemap, Khmer (no spaces between words, its own digits and
 * colon), Tamil (an initial with a full stop), Kazakh and Sinhala (a year-first date, the joiner inside its words).
 */
class PdfFilesAndCaselessScriptsShapesTest {

    private static List<ParseOutcome> parseAll(byte[] bytes, String origin) {
        return new ArticleParser().parse(new InputDocument(bytes, origin, null, Instant.parse("2026-01-01T00:00:00Z")));
    }

    /** A two-page A4 PDF: each line at its font size and height from the top; an empty line moves down a paragraph. */
    private static byte[] pdf(String title, Object... lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setAuthor("jsmith");
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 760;
                for (int k = 0; k < lines.length; k += 2) {
                    float size = (Float) lines[k];
                    String text = (String) lines[k + 1];
                    if (!text.isEmpty()) {
                        cs.beginText();
                        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), size);
                        cs.newLineAtOffset(60, y);
                        cs.showText(text);
                        cs.endText();
                    }
                    y -= text.isEmpty() ? size : size * 1.3f;
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void shouldReadThePressReleaseWhenItIsAPdfFile() throws IOException {
        byte[] bytes = pdf("Final_v2.docx", 14f, "Harbour Energy Group", 14f, "", 10f, "PRESS RELEASE", 10f, "",
                18f, "Wind farm developers pause three Atlantic", 18f, "projects as costs climb", 18f, "",
                11f, "Aberdeen, 5 March 2025 - Harbour Energy Group said on Wednesday that it would pause three",
                11f, "projects off the coast as turbine prices rose again.", 11f, "",
                11f, "Work will resume once contracts are signed, the company said.", 11f, "", 11f, "ENDS");
        List<ParseOutcome> out = parseAll(bytes, "release.pdf");
        assertThat(out).singleElement().isInstanceOf(ParseOutcome.Parsed.class);
        Article a = ((ParseOutcome.Parsed) out.get(0)).article();
        assertThat(a.getInputFormat()).isEqualTo(InputFormat.PDF);
        assertThat(a.getTitle()).isEqualTo(HEADLINE); // the two lines of the headline as one, not the file's name
        assertThat(a.getSource()).isEqualTo("Harbour Energy Group");
        assertThat(a.getAuthors()).isEmpty(); // not the tool's login
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
        assertThat(TextShapesTest.allText(a)).contains("would pause three projects off the coast").doesNotContain("ENDS");
    }

    @Test
    void shouldRejectThePdfWhenItHasNoTextOrDoesNotOpen() throws IOException {
        List<ParseOutcome> scan = parseAll(pdf("scan", 11f, ""), "scan.pdf");
        assertThat(((ParseOutcome.Rejected) scan.get(0)).rejection().code()).isEqualTo(RejectionReason.NO_CONTENT);
        List<ParseOutcome> broken = parseAll("%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII), "broken.pdf");
        assertThat(((ParseOutcome.Rejected) broken.get(0)).rejection().code()).isEqualTo(RejectionReason.MALFORMED);
    }

    @Test
    void shouldRejectTheSitemapWhenItListsPagesNotTheirText() {
        String sitemap = "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>https://example.org/a</loc></url><url><loc>https://example.org/b</loc></url></urlset>";
        List<ParseOutcome> out = parseAll(sitemap.getBytes(StandardCharsets.UTF_8), "sitemap.xml");
        ParseOutcome.Rejected r = (ParseOutcome.Rejected) out.get(0);
        assertThat(r.rejection().code()).isEqualTo(RejectionReason.NO_CONTENT);
        assertThat(r.rejection().reason()).contains("2 pages");
    }

    @Test
    void shouldReadTheHeadlineWhenKhmerWritesItWithoutSpaces() {
        Article a = parse("ខ្មែរថ្ងៃនេះ\nព័ត៌មាន\nជាតិ\n\nក្រសួងសុខាភិបាលបើកមន្ទីរពេទ្យថ្មីនៅខេត្តសៀមរាប\n\nដោយ៖ ចាន់ សុផល\n"
                + "៥ មីនា ២០២៥\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo("ក្រសួងសុខាភិបាលបើកមន្ទីរពេទ្យថ្មីនៅខេត្តសៀមរាប");
        assertThat(a.getSource()).isEqualTo("ខ្មែរថ្ងៃនេះ");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(a.getAuthors()).containsExactly("ចាន់ សុផល");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
    }

    @Test
    void shouldReadTheWriterAndDateWhenTamilKazakhOrSinhalaWriteThem() {
        Article tamil = parse(HEADLINE + "\n\nஎழுதியவர்: எஸ். முருகன்\n5 மார்ச் 2025\n\n" + BODY);
        assertThat(tamil.getAuthors()).containsExactly("எஸ். முருகன்");
        assertThat(tamil.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
        Article kazakh = parse(HEADLINE + "\n\nАвторы: Ерлан Қасымов\n5 наурыз 2025\n\n" + BODY);
        assertThat(kazakh.getAuthors()).containsExactly("Ерлан Қасымов");
        assertThat(kazakh.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
        Article sinhala = parse("දිවයින\nපුවත්\nක්‍රීඩා\n\n" + HEADLINE + "\n\nලේඛක: සුනිල් සිල්වා\n2025 මාර්තු 5\n\n" + BODY);
        assertThat(sinhala.getSection()).isEqualTo("ක්‍රීඩා"); // its joiner kept: the word as written
        assertThat(sinhala.getAuthors()).containsExactly("සුනිල් සිල්වා");
        assertThat(sinhala.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
    }
}
