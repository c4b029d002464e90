package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-forty-first held-out round (x1479-x1484), on other inputs: a Webflow CMS item (its
 * fields named in kebab case under {@code fieldData}); a Drupal 7 node (Bartik: its date and writer in Dublin Core's
 * and FOAF's RDFa, the site's name in {@code #site-name}); a stamp naming the section and the site ("... in Latest News
 * by Garowe Online"); "<Place> News" under a site's name; a tip line and a feedback line closing the story.
 */
class WebflowItemsAndDrupalNodesShapesTest {

    @Test
    void shouldReadAWebflowItemsKebabCaseFields() {
        Article a = file("{\"id\": \"6752\", \"cmsLocaleId\": \"653a\", \"lastPublished\": \"2026-12-05T11:42:18Z\", \"isDraft\": false, \"fieldData\":"
                + " {\"name\": \"Old bridge closes to cars\", \"post-body\": \"" + HTML_BODY + "\", \"author-name\": \"Ana Ruiz\", \"published-on\":"
                + " \"2026-12-05T09:00:00Z\"}}", "item.json");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T09:00:00Z"));
    }

    @Test
    void shouldReadADrupalNodesRdfaDateWriterAndSiteName() {
        Article a = file("<html><head><title>Old bridge closes to cars | Valley Bridge Society</title></head><body><div id=\"site-name\"><a href=\"/\">"
                + "<span>Valley Bridge Society</span></a></div><h1 class=\"title\">Old bridge closes to cars</h1><div class=\"node node-article\">"
                + "<div class=\"meta submitted\"><span property=\"dc:date dc:created\" content=\"2026-12-05T10:15:00+00:00\" rel=\"sioc:has_creator\">"
                + "Submitted by <span class=\"username\" property=\"foaf:name\">Ana Ruiz</span> on Sat, 12/05/2026 - 10:15</span></div>"
                + "<div class=\"content\">" + HTML_BODY + "</div></div></body></html>", "node.html");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T10:15:00Z"));
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getSource()).isEqualTo("Valley Bridge Society");
    }

    @Test
    void shouldReadAStampNamingTheSectionAndTheSite() {
        Article a = parse("Old bridge closes to cars\n\nSaturday December 5, 2026 - 11:30:12 in Local News by Valley Online\n\n" + BODY
                + "\n\nValley Online welcomes your feedback. Send us your comments at editor@valley.example");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T11:30:12Z"));
        assertThat(a.getSection()).isEqualTo("Local News");
        assertThat(a.getSource()).isEqualTo("Valley Online");
        assertThat(allText(a)).doesNotContain("feedback");
    }

    @Test
    void shouldReadAPlacesNewsUnderTheSitesNameAsItsTaglineAndDropATipLine() {
        Article a = parse("ValleyLive\nZimbabwe News\n\nHome » News » Old bridge closes to cars\n\nOld bridge closes to cars\n\nDecember 5, 2026\n\n"
                + BODY + "\n\nHave a story? WhatsApp us on +263 77 000 0000");
        assertThat(a.getSource()).isEqualTo("ValleyLive");
        assertThat(a.getSection()).isEqualTo("News");
        assertThat(allText(a)).doesNotContain("WhatsApp");
    }
}
