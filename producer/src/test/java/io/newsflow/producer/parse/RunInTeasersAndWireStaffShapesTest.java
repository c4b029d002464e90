package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-twenty-seventh held-out round (x799-x804), on other pages: another story's link run into
 * the end of a paragraph ("... Read more: ..."), a wire's closing credit naming only its staff, and "see also" labels in
 * Argentina's Spanish and in Turkish, whose dotted capital "İ" lower-cases to two chars.
 */
class RunInTeasersAndWireStaffShapesTest {

    @Test
    void shouldDropAnotherStorysLinkWhenItIsRunIntoTheEndOfAParagraph() {
        Article a = parse(HEADLINE + "\n\nThe ferry will sail twice a day from March. Read more: Tallinn opens a new tram depot\n\n" + BODY);
        assertThat(allText(a)).contains("twice a day from March.").doesNotContain("Tallinn opens");
    }

    @Test
    void shouldDropAWiresStaffCreditWhenItNamesNoWriter() {
        Article a = parse("OSLO, March 3 (Harbour Wire) - " + BODY + "\n\n(Reporting by Harbour Wire staff; Editing by Tom Reed)");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(allText(a)).doesNotContain("Reporting by");
    }

    @Test
    void shouldDropSeeAlsoBlocksWhenTheyAreInArgentinianSpanishOrTurkish() {
        Article spanish = parse(HEADLINE + "\n\n" + BODY + "\n\nMirá también\nCórdoba suma 30 colectivos eléctricos");
        assertThat(allText(spanish)).doesNotContain("colectivos");
        Article turkish = parse(HEADLINE + "\n\n" + BODY + "\n\nİlgili Haberler\nBursa'da yeni tramvay hattı");
        assertThat(allText(turkish)).doesNotContain("tramvay");
    }
}
