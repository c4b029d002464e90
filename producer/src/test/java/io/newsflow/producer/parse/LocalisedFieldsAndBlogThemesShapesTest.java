package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the forty-ninth held-out round (x331-x336), each on other names: a blog theme's site title and
 * category link, a syndicated story's age and reading time, a syndicator's credit, a blogging platform's stand-in
 * author, a headless CMS's localised fields, and a broadcaster's desk after the writers' names.
 */
class LocalisedFieldsAndBlogThemesShapesTest {

    @Test
    void shouldReadTheSiteAndSectionWhenABlogThemeNamesThem() {
        Article a = file("<html><head><title>" + HEADLINE + "</title></head><body><p class=\"site-title\"><a href=\"/\">Firth Diary"
                + "</a></p><div class=\"hentry\"><h1 class=\"entry-title\">" + HEADLINE + "</h1><div class=\"entry-meta\">in "
                + "<a href=\"/c/ferries\" rel=\"category tag\">Ferries</a></div><div class=\"entry-content\"><p>The board met on Monday."
                + "</p><p>Work starts in March.</p></div></div></body></html>", "post.html");
        assertThat(a.getSource()).isEqualTo("Firth Diary");
        assertThat(a.getSection()).isEqualTo("Ferries");
    }

    @Test
    void shouldReadTheHeadlineAndSyndicatorWhenASyndicatedStoryKeepsItsFurniture() {
        Article a = parse("Story by Amara Osei\n• 5h • 3 min read\n\n" + HEADLINE + "\n\n" + BODY + "\n\n© Provided by The Courier");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSource()).isEqualTo("The Courier");
        assertThat(allText(a)).doesNotContain("min read").doesNotContain("Provided by");
    }

    @Test
    void shouldReadNoAuthorWhenAFeedNamesThePlatformsStandIn() {
        Article a = file("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Harbour Notes</title><entry><id>1</id>"
                + "<title>" + HEADLINE + "</title><updated>2025-12-02T09:00:00Z</updated><author><name>Anonymous</name></author>"
                + "<content type=\"html\">&lt;p&gt;The board met.&lt;/p&gt;</content></entry></feed>", "feed.atom");
        assertThat(a.getAuthors()).isEmpty();
    }

    @Test
    void shouldReadTheFieldsWhenAHeadlessCmsGivesThemPerLocale() {
        Article a = file("{\"sys\": {\"id\": \"1\", \"type\": \"Entry\"}, \"fields\": {\"title\": {\"de-DE\": \"" + HEADLINE + "\"},"
                + " \"body\": {\"de-DE\": \"Der Rat tagte am Montag.\"}, \"author\": {\"de-DE\": \"Jana Weber\"},"
                + " \"publishDate\": {\"de-DE\": \"2025-12-02T09:00:00+01:00\"}}}", "entry.json");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Jana Weber");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-12-02T08:00:00Z"));
    }

    @Test
    void shouldReadNoOutletWhenABroadcastersDeskFollowsTheWritersNames() {
        Article a = parse(HEADLINE + "\n\nVon Jana Weber, ZDF-Landesstudio\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Jana Weber");
        assertThat(a.getSource()).isNull();
    }
}
