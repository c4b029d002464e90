package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-eighty-seventh held-out round (x1155-x1160), on other inputs: a government page's
 * issuer in its metadata ("From: Department for Transport") over the platform's name, and its first-published meta
 * tag (GOV.UK's); a site builder's item beside its site (Squarespace's {"website": {"siteTitle": ...}, "item": {...}},
 * dated by "publishOn" in epoch milliseconds); a page's counters under the stamp ("- 0 - 150").
 */
class IssuersCountersAndSiteTitlesShapesTest {

    @Test
    void shouldTakeThePagesIssuerAndFirstPublishedTime() {
        Article a = file("<html><head><meta property=\"og:site_name\" content=\"GOV.UK\"><meta name=\"govuk:first-published-at\" content="
                + "\"2026-11-30T00:01:00+00:00\"></head><body><main><h1>" + HEADLINE + "</h1><dl><dt>From:</dt><dd><a href=\"/org/harbours\">"
                + "Department for Harbours</a></dd></dl>" + HTML_BODY + HTML_BODY + "</main></body></html>", "page.html");
        assertThat(a.getSource()).isEqualTo("Department for Harbours");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-30T00:01:00Z"));
    }

    @Test
    void shouldReadASiteBuildersItemWithItsSiteAndEpochDate() {
        Article a = file("{\"website\": {\"siteTitle\": \"Quarry Lane Journal\"}, \"collection\": {\"title\": \"Journal\"}, \"item\": {\"title\": \""
                + HEADLINE + "\", \"body\": \"" + HTML_BODY + "\", \"publishOn\": 1796029200000, \"author\": {\"displayName\": \"Owen Pryce\"}}}", "item.json");
        assertThat(a.getSource()).isEqualTo("Quarry Lane Journal");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(a.getAuthors()).containsExactly("Owen Pryce");
    }

    @Test
    void shouldDropAPagesCountersUnderTheStamp() {
        Article a = parse(HEADLINE + "\n\nBy Aoife Brennan\nMonday, 30 November 2026 00:35\n- 0 - 150\n\n" + BODY);
        assertThat(allText(a)).contains("split the town").doesNotContain("- 0");
    }
}
