package io.newsflow.producer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import io.newsflow.avro.InputFormat;
import io.newsflow.avro.RejectionReason;
import io.newsflow.avro.TimeProvenance;

/** JSON, NDJSON, HTML, RSS and Atom inputs, and the rejections of broken ones. */
class StructuredFormatsTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final ArticleParser parser = new ArticleParser();

    private List<ParseOutcome> parse(String text, String origin) {
        return parser.parse(new InputDocument(text.getBytes(StandardCharsets.UTF_8), origin, null, NOW));
    }

    private static Article article(ParseOutcome o) {
        assertThat(o).isInstanceOf(ParseOutcome.Parsed.class);
        return ((ParseOutcome.Parsed) o).article();
    }

    @Test
    void shouldReadEveryFieldWhenJsonUsesTheDocumentedNames() {
        Article a = article(parse("{\"url\":\"https://Example.com/a/?utm_source=x\",\"title\":\"T\",\"body\":\"First para.\\n\\nSecond para.\","
                + "\"authors\":[\"JANE DOE\",{\"name\":\"John Smith\"}],\"source\":\"Daily\",\"publishedAt\":\"2024-10-09T17:30:00-04:00\","
                + "\"section\":\"Opinion\"}", "a.json").get(0));
        assertThat(a.getTitle()).isEqualTo("T");
        assertThat(a.getAuthors()).containsExactly("Jane Doe", "John Smith");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2024-10-09T21:30:00Z"));
        assertThat(a.getPublishedAtProvenance()).isEqualTo(TimeProvenance.METADATA);
        assertThat(a.getArticleType()).isEqualTo(ArticleType.OPINION);
        assertThat(a.getBody()).hasSize(2);
        assertThat(a.getArticleId()).isEqualTo(ArticleIds.fromUrl("https://example.com/a"));
        assertThat(a.getInputFormat()).isEqualTo(InputFormat.JSON);
    }

    @Test
    void shouldRejectOnlyTheBadLinesWhenNdjsonHasBrokenRecords() {
        List<ParseOutcome> out = parse("{\"title\":\"A\",\"body\":\"Text A.\"}\n{\"title\":\"B\"}\n{not json\n\n[1]\n{\"title\":\"C\",\"body\":\"Text C.\"}\n", "feed.ndjson");
        assertThat(out).hasSize(5);
        assertThat(article(out.get(0)).getOrigin()).isEqualTo("feed.ndjson:1");
        Rejection missing = ((ParseOutcome.Rejected) out.get(1)).rejection();
        assertThat(missing.code()).isEqualTo(RejectionReason.MISSING_FIELD);
        assertThat(missing.line()).isEqualTo(2);
        assertThat(missing.reason()).contains("line 2").contains("'body'");
        assertThat(((ParseOutcome.Rejected) out.get(2)).rejection().code()).isEqualTo(RejectionReason.MALFORMED);
        assertThat(((ParseOutcome.Rejected) out.get(3)).rejection().line()).isEqualTo(5);
        assertThat(article(out.get(4)).getTitle()).isEqualTo("C");
    }

    @Test
    void shouldTreatAJsonFileWithOneObjectPerLineAsNdjsonWhenExtensionSaysJson() {
        assertThat(parse("{\"title\":\"A\",\"body\":\"x.\"}\n{\"title\":\"B\",\"body\":\"y.\"}\n", "two.json")).hasSize(2)
                .allMatch(o -> o instanceof ParseOutcome.Parsed);
    }

    @Test
    void shouldPreferJsonLdAndMetaWhenHtmlHasBoth() {
        String html = "<html><head><title>Big News | Site</title><meta property=\"og:site_name\" content=\"Site\">"
                + "<link rel=\"canonical\" href=\"https://site.example/big\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"OpinionNewsArticle\",\"headline\":\"Big News\",\"datePublished\":\"2024-01-15T09:30:00+01:00\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Carmen Ortega\"}}</script></head><body><article><h1>Big News</h1>"
                + "<div class=\"share\">Share Tweet</div><p>First paragraph.</p><h2>A heading</h2><p>Second paragraph.</p>"
                + "<p>Advertisement</p><figure><figcaption>Photo: X</figcaption></figure></article></body></html>";
        Article a = article(parse(html, "page.html").get(0));
        assertThat(a.getTitle()).isEqualTo("Big News");
        assertThat(a.getAuthors()).containsExactly("Carmen Ortega");
        assertThat(a.getSource()).isEqualTo("Site");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.OPINION);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2024-01-15T08:30:00Z"));
        assertThat(a.getUrl()).isEqualTo("https://site.example/big");
        assertThat(a.getBody()).extracting(b -> b.getText()).containsExactly("First paragraph.", "A heading", "Second paragraph.");
    }

    @Test
    void shouldPickTheStoryBlockWhenThePageHasNoArticleElement() {
        String story = "The port authority approved the plan after two years of consultation with residents and unions. ";
        String html = "<html><head><title>Port Plan Approved</title></head><body><div class=\"menu\"><ul><li><a href=\"/\">Home</a></li>"
                + "<li><a href=\"/news\">News</a></li></ul></div><div class=\"content\"><h1>Port Plan Approved</h1><p>" + story + story
                + "</p><p>Construction of the new quay starts in the spring and should take three years.</p></div><div class=\"sidebar\"><p>Most popular</p><ul><li><a href=\"/x\">Other story</a></li></ul></div></body></html>";
        Article a = article(parse(html, "page.htm").get(0));
        assertThat(a.getTitle()).isEqualTo("Port Plan Approved");
        assertThat(a.getBody()).hasSize(2);
        assertThat(a.getBody()).extracting(b -> b.getText()).noneMatch(t -> t.contains("Other story") || t.contains("Home"));
    }

    @Test
    void shouldReadThePageAsTextWhenItIsOnlyDivsAndSpans() {
        String html = "<html><head><title>Le Quotidien du Port</title><script>var x = 1;</script></head><body>"
                + "<div class=\"menu\">Accueil | Actualités | Économie | Sport</div><div class=\"content\">"
                + "<div><span class=\"kicker\">Économie</span><h2>Le port de Marseille investit 200 millions dans ses quais</h2></div>"
                + "<div class=\"meta\">Par Sophie Laurent | Publié le 29/11/2026 à 07h30</div>"
                + "<div>Le Grand Port Maritime de Marseille va investir 200 millions d'euros pour électrifier ses quais.</div>"
                + "<div>Les navires de croisière pourront couper leurs moteurs à quai.</div><div class=\"pub\">Publicité</div>"
                + "<div>Les riverains saluent une mesure attendue.</div></div><div class=\"footer\">© Le Quotidien du Port 2026</div>"
                + "</body></html>";
        Article a = article(parse(html, "page.html").get(0));
        assertThat(a.getTitle()).isEqualTo("Le port de Marseille investit 200 millions dans ses quais");
        assertThat(a.getAuthors()).containsExactly("Sophie Laurent");
        assertThat(a.getSource()).isEqualTo("Le Quotidien du Port");
        assertThat(a.getSection()).isEqualTo("Économie");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-29T07:30:00Z"));
        assertThat(a.getLead()).startsWith("Le Grand Port Maritime");
        assertThat(a.getBody()).extracting(b -> b.getText()).containsExactly("Les navires de croisière pourront couper leurs moteurs à quai.",
                "Les riverains saluent une mesure attendue.");
    }

    @Test
    void shouldReadTheAuthorWhenTheAuthorMetaTagKeepsItsBy() {
        String html = "<html><head><meta name=\"author\" content=\"By Jane Doe\"><title>Ferry operator orders three electric ships</title>"
                + "</head><body><article><h1>Ferry operator orders three electric ships</h1><p>Baltic Ferries has ordered three "
                + "battery-powered ships from a Finnish yard, the company said on Saturday, in the largest order of its kind.</p>"
                + "<p>The ships will sail between Helsinki and Tallinn from 2029, the company said.</p></article></body></html>";
        assertThat(article(parse(html, "page.html").get(0)).getAuthors()).containsExactly("Jane Doe");
    }

    @Test
    void shouldEmitOneArticlePerItemWhenFeedIsRssOrAtom() {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed</title><link>https://f.example</link><description>d</description>"
                + "<item><title>One</title><link>https://f.example/1</link><pubDate>Mon, 04 Mar 2024 14:00:00 GMT</pubDate><description>Body one.</description></item>"
                + "<item><title>Two</title><link>https://f.example/2</link><description></description></item></channel></rss>";
        List<ParseOutcome> out = parse(rss, "feed.xml");
        assertThat(out).hasSize(2);
        Article one = article(out.get(0));
        assertThat(one.getInputFormat()).isEqualTo(InputFormat.RSS);
        assertThat(one.getPublishedAtProvenance()).isEqualTo(TimeProvenance.FEED);
        assertThat(one.getSource()).isEqualTo("Feed");
        assertThat(((ParseOutcome.Rejected) out.get(1)).rejection().code()).isEqualTo(RejectionReason.NO_CONTENT);
        assertThat(((ParseOutcome.Rejected) out.get(1)).rejection().line()).isEqualTo(2);

        String atom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title><id>x</id><updated>2024-08-02T10:00:00Z</updated>"
                + "<entry><title>E</title><id>e</id><updated>2024-08-02T10:00:00Z</updated><summary>Text.</summary></entry></feed>";
        Article e = article(parse(atom, "stdin").get(0));
        assertThat(e.getInputFormat()).isEqualTo(InputFormat.ATOM);
        assertThat(e.getPublishedAt()).as("atom:updated is not a publication time").isNull();
    }

    @Test
    void shouldRejectWithReasonWhenInputIsEmptyBinaryBadUtf8OrMalformed() {
        assertThat(code(new byte[0], "e.txt")).isEqualTo(RejectionReason.EMPTY);
        assertThat(code("   \n\n".getBytes(StandardCharsets.UTF_8), "w.txt")).isEqualTo(RejectionReason.EMPTY);
        assertThat(code(new byte[] {'P', 'K', 3, 4, 0, 0, 1}, "x.zip")).isEqualTo(RejectionReason.BINARY);
        assertThat(code(new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'n', 'o', 'i', 'r'}, "latin1.txt")).isEqualTo(RejectionReason.INVALID_ENCODING);
        assertThat(code("{\"title\": ".getBytes(StandardCharsets.UTF_8), "bad.json")).isEqualTo(RejectionReason.MALFORMED);
        assertThat(code("<rss><channel>".getBytes(StandardCharsets.UTF_8), "bad.rss")).isEqualTo(RejectionReason.MALFORMED);
        assertThat(code("Share | Tweet | Print\nAdvertisement\n".getBytes(StandardCharsets.UTF_8), "junk.txt")).isEqualTo(RejectionReason.NO_CONTENT);
    }

    private RejectionReason code(byte[] bytes, String origin) {
        List<ParseOutcome> out = parser.parse(new InputDocument(bytes, origin, null, NOW));
        assertThat(out).hasSize(1).first().isInstanceOf(ParseOutcome.Rejected.class);
        Rejection r = ((ParseOutcome.Rejected) out.get(0)).rejection();
        assertThat(r.origin()).isEqualTo(origin);
        return r.code();
    }

    @Test
    void shouldDetectFormatWhenOnlyContentTellsIt() {
        assertThat(FormatDetector.detect("stdin", null, "  {\"a\":1}")).isEqualTo(DetectedFormat.JSON);
        assertThat(FormatDetector.detect("stdin", null, "<?xml version=\"1.0\"?><feed xmlns=\"x\">")).isEqualTo(DetectedFormat.FEED);
        assertThat(FormatDetector.detect("stdin", null, "<!DOCTYPE html><html>")).isEqualTo(DetectedFormat.HTML);
        assertThat(FormatDetector.detect("stdin", null, "Title\n\nBody.")).isEqualTo(DetectedFormat.TEXT);
        assertThat(FormatDetector.detect("http", "application/x-ndjson", "{}")).isEqualTo(DetectedFormat.NDJSON);
        assertThat(FormatDetector.detect("a.xml", null, "<rss version=\"2.0\">")).isEqualTo(DetectedFormat.FEED);
    }

    @Test
    void shouldBoundRawInputWhenRejectionIsLarge() {
        byte[] big = new byte[100_000];
        java.util.Arrays.fill(big, (byte) 'a');
        Rejection r = Rejection.ofBytes("big.txt", null, RejectionReason.TOO_LARGE, "too large", big, InputFormat.UNKNOWN, NOW);
        var avro = r.toAvro();
        assertThat(avro.getRawInput()).hasSize(Rejection.MAX_RAW_CHARS);
        assertThat(avro.getRawInputTruncated()).isTrue();
        assertThat(avro.getRawInputSize()).isEqualTo(100_000);
    }
}
