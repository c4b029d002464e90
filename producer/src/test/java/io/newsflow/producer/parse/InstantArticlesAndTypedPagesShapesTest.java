package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-fiftieth held-out round (x1533-x1538), on other inputs: a Facebook Instant Article's
 * writer in its header's {@code address}; Kentico Xperience's pages under their page type's name, their fields prefixed
 * by the type; a paywall's line on listening, a "Latest from" label, a relative stamp with its update.
 */
class InstantArticlesAndTypedPagesShapesTest {

    @Test
    void shouldReadTheWriterInTheStorysHeaderAddress() {
        Article a = file("<html><head><title>Old bridge closes to cars</title></head><body><article><header><h1>Old bridge closes to cars"
                + "</h1><address><a rel=\"facebook\" href=\"https://www.facebook.com/ana.ruiz\">Ana Ruiz</a></address><time class=\"op-"
                + "published\" datetime=\"2026-12-05T08:20:00-05:00\">December 5, 2026</time></header><p>The old bridge over the river "
                + "closed to cars on Saturday after engineers found cracks in two of its piers.</p><p>Buses will use the ring road until"
                + " the repairs are done in the spring, the council said.</p></article></body></html>", "instant.html");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
    }

    @Test
    void shouldReadEachPageOfAKenticoAnswerWithoutItsTypesPrefix() {
        Article a = file("{\"cms_documents\": [{\"CMS_Article\": [{\"ArticleID\": 7, \"ArticleTitle\": \"Old bridge closes to cars\", "
                + "\"ArticleReleaseDate\": \"2026-12-05T09:00:00\", \"ArticleSummary\": \"<p>Engineers found cracks.</p>\", \"ArticleText\": "
                + "\"<p>The old bridge over the river closed to cars on Saturday after engineers found cracks in two of its piers.</p>"
                + "<p>Buses will use the ring road until the repairs are done in the spring, the council said.</p>\", "
                + "\"ClassName\": \"CMS.Article\"}]}]}", "pages.json");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getTitleDerived()).isFalse();
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T09:00:00Z");
    }

    @Test
    void shouldDropAListeningPaywallALatestFromLabelAndAnUpdatedRelativeStamp() {
        Article a = parse("Old bridge closes to cars\n\nBy Ana Ruiz\n5 Dec, 2026 10:15 PM\n\nSubscribe to listen\nAccess to Herald Premium "
                + "articles requires a Premium subscription. Subscribe now to listen.\n\n" + BODY + "\n\nPosted 5h ago, updated 2h ago\n\n"
                + "Latest from New Zealand\nFerry timetable changes for the holidays\n");
        assertThat(allText(a)).doesNotContain("Premium", "Posted", "Latest from", "Ferry timetable");
    }
}
