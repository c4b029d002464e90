package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-nineteenth held-out round (x1347-x1352), on other inputs: a wiki's parse answer,
 * its hidden categories and its list of sources (MediaWiki's); Avada's share heading; "Front Page News" over the
 * headline (Searchlight's); "The Falkland Islands' Newspaper" and "Established 1985" under the name; "Posted by: <name>
 * <date> in <category>" and a paper named "The ... Reporter" (The Montserrat Reporter's).
 */
class WikiCategoriesAndIslandMastheadsShapesTest {

    @Test
    void shouldTakeAWikisFirstShownCategoryAndLeaveItsSourcesOut() {
        String html = HTML_BODY + "<h2><span class=\\\"mw-headline\\\">Sources</span></h2><ul><li>\\\"Bridge to close\\\" — <i>Valley Post</i>,"
                + " December 1, 2026</li></ul>";
        Article a = file("{\"parse\": {\"title\": \"Old bridge closes to cars\", \"pageid\": 77, \"text\": {\"*\": \"" + html + "\"},"
                + " \"categories\": [{\"sortkey\": \"\", \"hidden\": \"\", \"*\": \"Published\"}, {\"sortkey\": \"\", \"*\": \"Public_transport\"}]}}",
                "wiki.json");
        assertThat(a.getSection()).isEqualTo("Public transport");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Valley Post");
    }

    @Test
    void shouldDropAThemesShareHeading() {
        Article a = file("<html><body><article><h1>Old bridge closes to cars</h1>" + HTML_BODY
                + "<h4>Share This Story, Choose Your Platform!</h4></article></body></html>", "page.html");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Choose Your Platform");
    }

    @Test
    void shouldReadFrontPageNewsOverTheHeadlineAsTheSectionsLabel() {
        Article a = parse("Valley Post\n\nHome\nNews\nSports\nLetters\nBusiness\n\nFront Page News\n\nOld bridge closes to cars\n\n"
                + "By Ana Ruiz\nDecember 1, 2026\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("Front Page News");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.UNKNOWN);
    }

    @Test
    void shouldTakeNeitherAnIslandsNewspaperLineNorAFoundingYearForTheHeadline() {
        for (String tagline : List.of("The Orkney Islands' Newspaper", "Established 1921", "Est. 1921", "Founded in 1867")) {
            Article a = parse("The Valley Post\n" + tagline + "\n\nOld bridge closes to cars\n\n" + BODY);
            assertThat(a.getTitle()).as(tagline).isEqualTo("Old bridge closes to cars");
        }
    }

    @Test
    void shouldReadAPostedByLineWithTheWriterFirst() {
        Article a = parse("The Valley Reporter\nEstablished 1985\n\nPosted by: Ana Ruiz December 1, 2026 in Local\n\n"
                + "Old bridge closes to cars\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(a.getSection()).isEqualTo("Local");
        assertThat(a.getSource()).isEqualTo("The Valley Reporter");
    }
}
