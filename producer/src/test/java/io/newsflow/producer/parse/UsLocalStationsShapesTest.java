package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-tenth held-out round (x1893-x1898), American local television and radio sites:
 * a station's call sign and channel in capitals, a shouted "<place> NEWS" section under the name, the outlet before the
 * writer's role ("KOMO News Reporter"), a stamp's time after a slash, a newsletter's plea and a related list's label.
 */
class UsLocalStationsShapesTest {

    @Test
    void shouldKeepAStationsCallSignInCapitalsAndReadAShoutedPlacesNewsSection() {
        Article a = parse("KING 5\nSeattle News  Weather  Traffic  Sports\nSEATTLE NEWS\n\nSeattle opens its new waterfront park on Saturday\n\n"
                + "Author: Jane Roe\nPublished: 5:42 PM PST December 5, 2026\n\nThe city opened the park after six years of work.\n\n"
                + "The park cost $800 million.\n\nMore stories you may be interested in\n");
        assertThat(a.getSource()).isEqualTo("KING 5");
        assertThat(a.getSection()).isEqualTo("Seattle News");
        assertThat(allText(a)).contains("$800 million").doesNotContain("interested in");
    }

    @Test
    void shouldReadTheOutletBeforeAWritersRole() {
        Article a = parse("Boise adds night buses on five routes\n\nby Jane Roe, Valley News Reporter\nSat, December 6th 2026 at 8:14 AM\n\n"
                + "Valley Regional Transit will add night buses on five routes.\n\nThe buses will run until midnight.\n");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(a.getSource()).isEqualTo("Valley News");
    }

    @Test
    void shouldReadAStampsTimeAfterASlashAndDropANewslettersPlea() {
        Article a = parse("Tulsa adds late-night buses on 10 routes\n\nby: Jane Roe\nPosted: Dec 6, 2026 / 06:30 AM CST\n\n"
                + "Tulsa Transit will add late-night service on 10 routes.\n\nThe buses will run every 30 minutes.\n\n"
                + "Get breaking news and daily headlines delivered to your email inbox by signing up here.\n");
        assertThat(a.getPublishedAt()).hasToString("2026-12-06T12:30:00Z");
        assertThat(allText(a)).contains("every 30 minutes").doesNotContain("inbox");
    }
}
