package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-forty-second held-out round (x2683-x2688), HTML pages whose writer or date stood
 * where no rule looked: a JSON-LD article's {@code creator} and {@code dateCreated} (no author, no datePublished), a
 * JSON-LD date in seconds since 1970, a definition list's "Written by" and "Section", a byline's lead-in in an item of
 * the line under the headline with a Hijri and Gregorian date in the next, and an endless page's next story (its own
 * {@code article}, headline and byline) whose writer was added to the story's.
 */
class HtmlCreatorsListsAndEndlessPagesShapesTest {
    private static final String TEXT = "<div class=\"story-body\"><p>Work to repair Whitby's west harbour wall began on Saturday after a "
            + "section was damaged in October's storms.</p><p>North Yorkshire Council said the £2.3 million repairs would take about "
            + "five months to finish.</p></div>";

    private static Article page(String head, String underHeadline, String after) {
        return file("<html><head><title>Harbour wall repairs begin</title>" + head + "</head><body><main><article><h1>Harbour wall repairs "
                + "begin</h1>" + underHeadline + TEXT + "</article>" + after + "</main></body></html>", "page.html");
    }

    @Test
    void shouldReadAJsonLdCreatorAndDateCreatedOrADateInSecondsWhenTheArticleGivesNoOther() {
        Article created = page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"dateCreated\":\"2026-12-05T15:00:00-05:00\","
                + "\"creator\":{\"@type\":\"Person\",\"name\":\"Émilie Gagnon\"}}</script>", "", "");
        assertThat(created.getAuthors()).containsExactly("Émilie Gagnon");
        assertThat(created.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T20:00:00Z"));
        assertThat(page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":1796542200}</script>", "", "")
                .getPublishedAt()).isEqualTo(Instant.parse("2026-12-06T07:30:00Z"));
    }

    @Test
    void shouldReadTheWriterAndSectionWhenADefinitionListLabelsThem() {
        Article article = page("", "<dl><dt>Written by</dt><dd>Peter Lindqvist</dd><dt>Section</dt><dd><a href=\"/environment\">Environment"
                + "</a></dd></dl>", "");

        assertThat(article.getAuthors()).containsExactly("Peter Lindqvist");
        assertThat(article.getSection()).isEqualTo("Environment");
    }

    @Test
    void shouldReadTheBylineItemWhenTheLineUnderTheHeadlineHoldsItBesideADate() {
        assertThat(page("", "<div class=\"news-info\"><span>بقلم: سامي الحربي</span> <span>السبت 25 جمادى الآخرة 1448 هـ - 5 ديسمبر "
                + "2026م</span></div>", "").getAuthors()).containsExactly("سامي الحربي");
    }

    @Test
    void shouldLeaveTheNextStorysWriterOutWhenAnEndlessPageAppendsIt() {
        Article article = page("", "<p class=\"byline\">By Tom Ellis</p>", "<div class=\"next\"><article><h1>Scarborough spa reopens</h1>"
                + "<p class=\"byline\">By Anna Reid</p><p>Scarborough Spa reopened on Friday evening with a concert.</p></article></div>");

        assertThat(article.getAuthors()).containsExactly("Tom Ellis");
    }
}
