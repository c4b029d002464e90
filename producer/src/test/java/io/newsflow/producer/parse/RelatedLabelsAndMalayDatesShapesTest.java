package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-seventh held-out round (x679-x684: Jutarnji list, Dnevnik, a US local TV station, LRT,
 * Berita Harian, mbl.is), each on other names and days: a paper's name with "list" in lower case, related lists under a
 * Bulgarian, Lithuanian, Malay or Icelandic label, a Malay date with its clock after an at sign, the writer's address
 * under the byline, a copyright held by the outlet's company, and a byline that adds the site's domain to its name.
 */
class RelatedLabelsAndMalayDatesShapesTest {

    private static final String MENU = "\nNews\nBusiness\nSport\nCulture\n\nBusiness\n\n";

    @Test
    void shouldTakeTheMastheadWhenACroatianPapersNameWritesListInLowerCase() {
        Article a = parse("Večernji list" + MENU + HEADLINE + "\n\nAutor: Marko Horvat\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Večernji list");
    }

    @Test
    void shouldDropTheRelatedLinksWhenABulgarianLithuanianMalayOrIcelandicLabelOpensThem() {
        for (String label : new String[] {"Още по темата", "Taip pat skaitykite", "Berita Berkaitan", "Fleira áhugavert"}) {
            Article a = parse(HEADLINE + "\n\nMarko Horvat\n4. 3. 2026\n\n" + BODY + "\n\n" + label + "\nFerry fares to rise in April");
            assertThat(a.getLead() + a.getBody()).as(label).doesNotContain(label, "Ferry fares");
        }
    }

    @Test
    void shouldReadAMalayDateAndItsClockWhenAnAtSignPartsThem() {
        Article a = parse(HEADLINE + "\n\nOleh Siti Aminah\nOgos 14, 2026 @ 9:30pm\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Siti Aminah");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-08-14T21:30:00Z"));
    }

    @Test
    void shouldDropTheWritersAddressWhenItStandsUnderTheByline() {
        Article a = parse(HEADLINE + "\n\nSiti Aminah\nsiti.aminah@example.my\n14.8.2026 | 09:30\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Siti Aminah");
        assertThat(a.getLead() + a.getBody()).doesNotContain("@example.my");
    }

    @Test
    void shouldTakeTheMastheadWhenACompanyHoldsTheCopyright() {
        Article a = parse("KXTV.com" + MENU + HEADLINE + "\n\nBy Dana Ortiz\nPosted 5:42 p.m. Mar 4, 2026\n\n" + BODY
                + "\n\nCopyright 2026 by Sierra Broadcasting Company. All rights reserved.");
        assertThat(a.getSource()).isEqualTo("KXTV.com");
    }

    @Test
    void shouldWriteTheSiteAsItsMastheadDoesWhenTheBylineAddsItsDomain() {
        Article a = parse("ERR" + MENU + HEADLINE + "\n\nAutor: Mari Tamm, ERR.ee\n2026-03-04 09:20\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Mari Tamm");
        assertThat(a.getSource()).isEqualTo("ERR");
    }
}
