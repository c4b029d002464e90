package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-eleventh held-out round (x1899-x1904), Australian regional papers: a News Corp
 * paper's "Read related topics:" line and an ACM paper's box on how to go on reading, both closing the page.
 */
class AustralianRegionalPapersShapesTest {

    @Test
    void shouldDropARelatedTopicsLineClosingThePage() {
        Article a = parse("Cairns Post\nCairns  Sport  Business  Lifestyle  Opinion\nCairns\n\nCairns airport to get a new terminal by 2029\n\n"
                + "Jane Roe\nDecember 6, 2026 - 7:30AM\n\nCairns Airport will build a new terminal.\n\nIt will cost $200 million.\n\n"
                + "Read related topics: Cairns\n");
        assertThat(allText(a)).contains("$200 million").doesNotContain("related topics");
    }

    @Test
    void shouldDropAPapersBoxOnHowToGoOnReading() {
        Article a = parse("Bendigo to get extra V/Line services from February\n\nBy Jane Roe\nDecember 6 2026 - 5:00am\n\n"
                + "Extra trains will run on the Bendigo line.\n\nTrains will run every 20 minutes.\n\n"
                + "Our journalists work hard to provide local, up-to-date news to the community. This is how you can continue to "
                + "access our trusted content:\n");
        assertThat(allText(a)).contains("every 20 minutes").doesNotContain("Our journalists");
    }
}
