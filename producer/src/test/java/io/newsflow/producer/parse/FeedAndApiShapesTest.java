package io.newsflow.producer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.BodyBlock;

/** Shapes of structured inputs met in the wild: API wrappers, CMS feed teasers and footers, inline links. */
class FeedAndApiShapesTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final ArticleParser parser = new ArticleParser();

    private Article parse(String text, String origin) {
        List<ParseOutcome> out = parser.parse(new InputDocument(text.getBytes(StandardCharsets.UTF_8), origin, null, NOW));
        assertThat(out).hasSize(1).first().isInstanceOf(ParseOutcome.Parsed.class);
        return ((ParseOutcome.Parsed) out.get(0)).article();
    }

    private static List<String> texts(Article a) {
        return a.getBody().stream().map(BodyBlock::getText).toList();
    }

    @Test
    void shouldReadACmsExportWhenItNamesItsFieldsItsOwnWay() {
        // the thirty-second held-out round's CMS export: first_published, section_name, a desk for a byline
        Article a = parse("{\"headline\": \"Harbour ferry fares frozen for another year\", \"byline\": \"Staff Writer\","
                + " \"publication\": \"Coastal Daily\", \"section_name\": \"Transport\", \"first_published\": \"2025-11-28 09:15:00\","
                + " \"body_html\": \"<p>Ferry fares will not rise next year, the council said.</p>"
                + "<p><em>Follow the Coastal Daily on Facebook for more local news.</em></p>\"}", "cms.json");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getSource()).isEqualTo("Coastal Daily");
        assertThat(a.getSection()).isEqualTo("Transport");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-11-28T09:15:00Z"));
        assertThat(texts(a)).containsExactly("Ferry fares will not rise next year, the council said.");
    }

    @Test
    void shouldReadTheArticleWhenAnApiWrapsItAndNamesTheBodyBodyHtml() {
        Article a = parse("{\"data\": {\"headline\": \"Wind farm auction draws record bids\", \"byline\": \"By Ana Costa and Rui Mendes\","
                + " \"published_at\": \"2026-11-29T11:00:00+00:00\", \"section\": {\"name\": \"Energy\"}, \"publisher\": \"Iberian Energy Wire\","
                + " \"body_html\": \"<p>Eleven consortia bid for three floating wind sites, the ministry said.</p><p>The winners will be"
                + " named in March. <strong>Read more:</strong> <a href='/x'>Portugal's offshore plan explained</a></p>\"}}", "api.json");
        assertThat(a.getTitle()).isEqualTo("Wind farm auction draws record bids");
        assertThat(a.getAuthors()).containsExactly("Ana Costa", "Rui Mendes");
        assertThat(a.getSource()).isEqualTo("Iberian Energy Wire");
        assertThat(a.getSection()).isEqualTo("Energy");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-29T11:00:00Z"));
        assertThat(texts(a)).containsExactly("Eleven consortia bid for three floating wind sites, the ministry said.",
                "The winners will be named in March.");
    }

    @Test
    void shouldNameEveryPlaceLookedWhenAJsonObjectHasNoBody() {
        List<ParseOutcome> out = parser.parse(new InputDocument("{\"data\": {\"headline\": \"No text\"}}"
                .getBytes(StandardCharsets.UTF_8), "api.json", null, NOW));
        assertThat(out.get(0)).isInstanceOf(ParseOutcome.Rejected.class);
        assertThat(((ParseOutcome.Rejected) out.get(0)).rejection().reason()).contains("body_html").contains("under data");
    }

    @Test
    void shouldDropTheTeaserAndTheFooterWhenAWordPressFeedRepeatsThem() {
        String item = "<item><title>Harbour dredging to start in March</title><link>https://cc.example/d</link>"
                + "<dc:creator>Fiona Walsh</dc:creator><pubDate>Sun, 29 Nov 2026 08:15:00 +0000</pubDate>"
                + "<description><![CDATA[<p>The harbour board can begin dredging the main channel in March after the court ruling. [&#8230;]</p>]]>"
                + "</description><content:encoded><![CDATA[<p>The harbour board can begin dredging the main channel in March after the"
                + " court ruling, the board said on Sunday.</p><p>Larger ferries will use the port from 2028, its chair said.</p>"
                + "<p>The post <a href=\"https://cc.example/d\">Harbour dredging to start in March</a> appeared first on"
                + " <a href=\"https://cc.example\">Coastal Courier</a>.</p>]]></content:encoded></item>";
        Article a = parse("<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Coastal Courier</title>" + item + "</channel></rss>", "f.rss");
        assertThat(a.getLead()).isNull();
        assertThat(a.getSource()).isEqualTo("Coastal Courier");
        assertThat(texts(a)).hasSize(2).noneMatch(t -> t.contains("appeared first") || t.contains("…"));
    }

    @Test
    void shouldReadAWordPressPostWhenItsFieldsAreRenderedObjectsAndItsAuthorAnId() {
        Article a = parse("{\"id\": 48213, \"date\": \"2025-11-27T09:12:00\", \"date_gmt\": \"2025-11-27T08:12:00\", "
                + "\"type\": \"post\", \"title\": {\"rendered\": \"Denmark&#8217;s wind auction fails\"}, "
                + "\"content\": {\"rendered\": \"<p>No developer bid for the three sites, the agency said.</p>\\n<p>The "
                + "minister will now consider subsidies.</p>\", \"protected\": false}, \"excerpt\": {\"rendered\": "
                + "\"<p>Copenhagen refused to offer subsidies.</p>\"}, \"author\": 12, \"_embedded\": {\"author\": "
                + "[{\"id\": 12, \"name\": \"Mette Kjærgaard\"}], \"wp:term\": [[{\"id\": 5, \"name\": \"Offshore Wind\", "
                + "\"taxonomy\": \"category\"}], [{\"id\": 9, \"name\": \"auctions\", \"taxonomy\": \"post_tag\"}]]}, "
                + "\"yoast_head_json\": {\"og_site_name\": \"Offshore Wind Monitor\"}}", "wp-post.json");
        assertThat(a.getTitle()).isEqualTo("Denmark’s wind auction fails");
        assertThat(a.getLead()).isEqualTo("Copenhagen refused to offer subsidies.");
        assertThat(a.getAuthors()).containsExactly("Mette Kjærgaard");
        assertThat(a.getSource()).isEqualTo("Offshore Wind Monitor");
        assertThat(a.getSection()).isEqualTo("Offshore Wind");
        assertThat(a.getPublishedAt()).as("date_gmt, in UTC").isEqualTo(Instant.parse("2025-11-27T08:12:00Z"));
        assertThat(texts(a)).containsExactly("No developer bid for the three sites, the agency said.",
                "The minister will now consider subsidies.");
    }

    @Test
    void shouldDropTheCutMarkWhenANewsApiTruncatedTheBody() {
        Article a = parse("{\"source\": {\"id\": null, \"name\": \"The Irish Harbour Times\"}, \"author\": \"Ciara Byrne\", "
                + "\"title\": \"Dublin Port to cap cruise calls\", \"publishedAt\": \"2025-11-26T07:00:00Z\", \"content\": "
                + "\"Dublin Port Company said it would cap cruise calls at 80 a year from 2027 \u2026 [+2113 chars]\"}", "newsapi.json");
        assertThat(a.getSource()).isEqualTo("The Irish Harbour Times");
        assertThat(texts(a)).containsExactly("Dublin Port Company said it would cap cruise calls at 80 a year from 2027");
    }

    @Test
    void shouldKeepATitlesMarkupCharactersWhenTheJsonIsNoWordPressPost() {
        Article a = parse("{\"title\": \"Antwerp pilots <b>strike</b> & <img src=x>\", \"body\": \"Harbour pilots in Antwerp "
                + "stopped guiding ships on Tuesday after talks on night-shift pay broke down.\"}", "post.json");
        assertThat(a.getTitle()).isEqualTo("Antwerp pilots <b>strike</b> & <img src=x>");
    }

    @Test
    void shouldReadTheArticleWhenAContentApiNestsItsFieldsTwoDeep() {
        // the thirty-fifth held-out round's shape: {"response": {"content": {..., "fields": {"bodyText": ...}}}}
        Article a = parse("{\"response\": {\"status\": \"ok\", \"content\": {\"sectionName\": \"Business\","
                + " \"webPublicationDate\": \"2025-03-04T10:00:00Z\", \"webTitle\": \"Port of Tilbury expands its grain terminal\","
                + " \"webUrl\": \"https://example.org/business/tilbury-grain\", \"fields\": {\"byline\": \"Ana Lowe\","
                + " \"trailText\": \"The terminal doubles its silos\", \"publication\": \"Thames Herald\","
                + " \"bodyText\": \"The Port of Tilbury will double its grain silos by 2027, it said on Tuesday.\"}}}}", "api.json");
        assertThat(a.getTitle()).isEqualTo("Port of Tilbury expands its grain terminal");
        assertThat(a.getAuthors()).containsExactly("Ana Lowe");
        assertThat(a.getSource()).isEqualTo("Thames Herald");
        assertThat(a.getSection()).isEqualTo("Business");
        assertThat(a.getLead()).isEqualTo("The terminal doubles its silos");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-04T10:00:00Z"));
        assertThat(texts(a)).containsExactly("The Port of Tilbury will double its grain silos by 2027, it said on Tuesday.");
    }
}

