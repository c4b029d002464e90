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
import io.newsflow.avro.ArticleType;

/**
 * Shapes met in the hundred-and-seventy-seventh held-out round (x1095-x1100), on other inputs: a content system's
 * record (Plone's) whose creator is a login, dated by Dublin Core's "effective" and typed "News Item"; a writer's
 * address after the name under the headline; a place's paper as the tagline under the site's name ("The Gambia's Daily
 * Newspaper"); "Editor's Pick" over other stories; a tag link with its comma and a heading's "#" permalink (Zola's).
 */
class LoginsMailBylinesAndTagCommasShapesTest {

    @Test
    void shouldTakeNoLoginAsAWriterAndReadTheEffectiveDateAndTheNewsItemType() {
        Article a = file("{\"@type\": \"News Item\", \"title\": \"" + HEADLINE + "\", \"creators\": [\"kwalsh\"], \"effective\": "
                + "\"2026-11-30T08:00:00+00:00\", \"text\": {\"content-type\": \"text/html\", \"data\": \"" + HTML_BODY + "\"}}", "item.json");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(allText(a)).contains("split the town", "cyclists welcomed it");
    }

    @Test
    void shouldReadTheWriterWhoseAddressFollowsTheNameAndDropAnEditorsPickList() {
        Article a = parse("The Harbour Post\nNews\nSport\nBusiness\nOpinion\n\n" + HEADLINE + "\n\nAoife Brennan, aoife.brennan@harbourpost.example\n"
                + "November 30, 2026\n\n" + BODY + "\n\nEditor's Pick\nFerry fares to rise in spring\nNew pier opens to anglers");
        assertThat(a.getAuthors()).containsExactly("Aoife Brennan");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("@", "Editor's Pick", "Ferry fares");
    }

    @Test
    void shouldTakeTheNameOverAPlacesPaperAsTheMastheadAndTheLabelUnderItsMenuAsTheSection() {
        Article a = parse("The Beacon\nGuyana's Weekly Paper\n\nHOME\nNEWS\nSPORT\nBUSINESS\nEDITORIAL\n\nPolitics\n\n" + HEADLINE
                + "\n\nBy: Ravi Persaud on November 30, 2026\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("The Beacon");
        assertThat(a.getSection()).isEqualTo("Politics");
        assertThat(a.getAuthors()).containsExactly("Ravi Persaud");
    }

    @Test
    void shouldDropATagLinksCommaItemAndAHeadingsPermalinkMark() {
        String[] paragraphs = HTML_BODY.split("(?<=</p>)");
        Article a = file("<html><body><article><h1>" + HEADLINE + "</h1><ul class=\"meta\"><li class=\"tag\">Tags:&nbsp;</li><li class=\"tag\">"
                + "<a href=\"/tags/bridges/\">bridges</a>,&nbsp;</li><li class=\"tag\"><a href=\"/tags/cycling/\">cycling</a></li></ul>"
                + paragraphs[0] + "<h2 id=\"traders\">Traders<a class=\"anchor\" href=\"#traders\">#</a></h2>" + paragraphs[1]
                + "</article></body></html>", "post.html");
        assertThat(allText(a)).contains("split the town", "Traders", "cyclists welcomed it").doesNotContain("bridges", "#");
    }
}
