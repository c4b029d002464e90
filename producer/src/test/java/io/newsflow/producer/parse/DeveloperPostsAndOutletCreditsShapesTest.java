package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-sixty-eighth held-out round (x1045-x1050), on other pages: a developer platform's post
 * ({"user": {"name": ...}, "organization": {"name": ...}}, dev.to's); an outlet's name standing for the byline over the
 * stamp ("The Yomiuri Shimbun"), not a section's label there ("India News"); a national agency's closing credit
 * ("— ONA") over the masthead; "Related Tags"; "Réagissez à cet article".
 */
class DeveloperPostsAndOutletCreditsShapesTest {

    @Test
    void shouldReadADeveloperPlatformsUserAndOrganization() {
        Article a = file("{\"type_of\": \"article\", \"title\": \"" + HEADLINE + "\", \"body_html\": \"<p>" + BODY.replace("\n\n", "</p><p>")
                + "</p>\", \"published_at\": \"2026-12-03T09:12:44Z\", \"user\": {\"name\": \"Noor Haddad\", \"username\": \"noorhaddad\"}, "
                + "\"organization\": {\"name\": \"Harbour Transit Lab\", \"username\": \"harbourtransit\"}}", "post.json");
        assertThat(a.getAuthors()).containsExactly("Noor Haddad");
        assertThat(a.getSource()).isEqualTo("Harbour Transit Lab");
    }

    @Test
    void shouldReadAnOutletOverTheStampAsTheBylineButNotASectionsLabel() {
        Article a = parse("The Harbour News\nLocal\nWorld\nBusiness\nSport\n\n" + HEADLINE + "\n\nThe Yomiuri Shimbun\n6:00 JST, December 5, 2026\n\n"
                + BODY);
        assertThat(a.getSource()).isEqualTo("The Yomiuri Shimbun");
        assertThat(allText(a)).doesNotContain("Yomiuri");
        Article b = parse("The Harbour News\nLocal\nWorld\nBusiness\nSport\n\n" + HEADLINE + "\n\nIndia News\nDec 05, 2026 10:12 am IST\n\n" + BODY);
        assertThat(b.getSource()).isEqualTo("The Harbour News");
    }

    @Test
    void shouldRankANationalAgencysClosingCreditOverTheMastheadAndDropRelatedTags() {
        Article a = parse("The Harbour News\nLocal\nWorld\nBusiness\nSport\n\n" + HEADLINE + "\n\nMUSCAT, DEC 5\n\n" + BODY
                + "\n\n— ONA\n\nRelated Tags\nEconomy");
        assertThat(a.getSource()).isEqualTo("ONA");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("— ONA", "Related Tags");
    }

    @Test
    void shouldDropAFrenchCommentPrompt() {
        Article a = parse(HEADLINE + "\n\nPar Nadia Gokhool\n05 décembre 2026, 13:05\n\n" + BODY + "\n\nRéagissez à cet article");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Réagissez");
    }
}
