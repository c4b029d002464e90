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
 * Shapes met in the hundred-and-seventieth held-out round (x1057-x1062), on other pages: a flat-file CMS's content file,
 * its fields between lines of "---" (Lektor's contents.lr); a theme whose only h1 is the site's name in its sidebar and
 * whose headline is an h2 (Hugo's Stack); a copyright line followed by its licence's sentence; "Photos" over a menu's
 * button; an outlet's initials closing the last paragraph ("... last year. AS").
 */
class ContentFilesAndLicenceLinesShapesTest {

    @Test
    void shouldReadAContentFilesFieldsBetweenRules() {
        Article a = file("title: " + HEADLINE + "\n---\nauthor: Elif Demir\n---\npub_date: 2026-12-01\n---\ntags:\n\nenergy\ncoast\n---\nbody:\n\n"
                + BODY + "\n", "contents.lr");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Elif Demir");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(a.getSection()).isEqualTo("Energy");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("body:", "---");
    }

    @Test
    void shouldReadAnArticleTitleInAnH2WhenTheOnlyH1IsTheSitesName() {
        Article a = file("<html><body><aside class=\"sidebar\"><h1 class=\"site-name\"><a href=\"/\">Quay Ledger</a></h1></aside><main><article>"
                + "<header><div class=\"article-details\"><header class=\"article-category\"><a href=\"/categories/energy/\">Energy</a></header>"
                + "<h2 class=\"article-title\"><a href=\"/p/wind/\">" + HEADLINE + "</a></h2></div></header><section><p>"
                + BODY.replace("\n\n", "</p><p>") + "</p></section></article></main></body></html>", "post.html");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSection()).isEqualTo("Energy");
    }

    @Test
    void shouldTakeTheHolderWithoutItsLicencesSentenceAndKeepAMenusPhotosItem() {
        Article a = parse("GroundUp\nNews\nFeatures\nOpinion\nPhotos\nDonate\n\nHousing\n\n" + HEADLINE + "\n\nBy Vincent Lali\n4 December 2026\n\n"
                + BODY + "\n\n© 2026 GroundUp. This article is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.");
        assertThat(a.getSource()).isEqualTo("GroundUp");
        assertThat(a.getSection()).isEqualTo("Housing");
    }

    @Test
    void shouldDropTheOutletsInitialsClosingTheLastParagraph() {
        Article a = parse("Addis Standard\nNews\nBusiness\nPolitics\nOpinion\n\n" + HEADLINE + "\n\n" + BODY.replace("welcomed it.", "welcomed it. AS"));
        assertThat(a.getSource()).isEqualTo("Addis Standard");
        assertThat(allText(a)).contains("cyclists welcomed it.").doesNotContain("it. AS");
    }
}
