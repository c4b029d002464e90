package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-twenty-first held-out round (x1359-x1364), on other inputs: a forum's post beside its
 * writer, whose display name stands beside a login (Lemmy's post view); a nonprofit's tagline, its network and its
 * licence to republish (the Alaska Beacon's); "<outlet> is published by the <publisher>" (High North News's).
 */
class ForumPostsAndNonprofitNetworksShapesTest {

    @Test
    void shouldTakeTheDisplayNameOfTheWriterBesideAForumPost() {
        Article a = file("{\"post_view\": {\"post\": {\"id\": 7, \"name\": \"Old bridge closes to cars\", \"body\": \"" + BODY.replace("\n", "\\n")
                + "\", \"published\": \"2026-12-01T09:00:00Z\"}, \"creator\": {\"id\": 3, \"name\": \"aruiz\", \"display_name\": \"Ana Ruiz\"},"
                + " \"community\": {\"name\": \"valley\", \"title\": \"Valley News\"}}}", "post.json");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
    }

    @Test
    void shouldReadANonprofitsTaglineAndDropItsNetworkAndLicence() {
        Article a = parse("Valley Beacon\nNonprofit, nonpartisan news for Vermont\n\nOld bridge closes to cars\n\nBY: ANA RUIZ - DECEMBER 1, 2026 9:10 AM\n\n"
                + BODY + "\n\nValley Beacon is part of States Newsroom, a nonprofit news network supported by grants and donors.\n\n"
                + "Our stories may be republished online or in print under Creative Commons license CC BY-NC-ND 4.0.");
        assertThat(a.getSource()).isEqualTo("Valley Beacon");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("States Newsroom", "republished", "nonpartisan");
    }

    @Test
    void shouldDropTheOutletsLineNamingItsPublisherWithTheArticle() {
        Article a = parse("Old bridge closes to cars\n\n" + BODY + "\n\nValley Post is published by the Valley Trust at Hillside College.");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Valley Trust");
    }
}
