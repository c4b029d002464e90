package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-seventeenth held-out round (x1935-x1940), New Zealand regional papers: a headline
 * opening with a brand in lower camel case ("eBus fares in Nelson ..."), and a writer's role with the paper after a dot
 * under the byline ("Multimedia Journalist·Hawke's Bay Today·").
 */
class NzRegionalPapersShapesTest {

    @Test
    void shouldReadAHeadlineOpeningWithABrandInLowerCamelCase() {
        Article a = parse("Timaru Herald\nTimaru  Canterbury  National  Sport\nTimaru\n\neBus fares in Timaru to stay at $2 next year\n\n"
                + "Jane Roe\nDec 06 2026\n\nFares on Timaru's eBus network will stay at $2.\n\nThe council will review them in 2028.\n");
        assertThat(a.getTitle()).isEqualTo("eBus fares in Timaru to stay at $2 next year");
        assertThat(a.getSection()).isEqualTo("Timaru");
    }

    @Test
    void shouldTakeARolesLineWithThePaperUnderTheBylineAsNoWriter() {
        Article a = parse("Gisborne to get new bus routes under regional plan\n\nBy Jane Roe\nMultimedia Journalist·Gisborne Herald·\n"
                + "3 mins to read\n6 Dec, 2026 06:00 AM\n\nGisborne will get three new bus routes.\n\nThe changes start in July.\n");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(a.getLead()).isEqualTo("Gisborne will get three new bus routes.");
    }

    @Test
    void shouldReadTheBylineWhenABareBarStandsUnderIt() {
        // (the role check split the line under the byline into no segment at all: "|" failed the parse, found by
        // MutatedInputRobustnessTest once the corpus grew)
        Article a = parse("Gisborne to get new bus routes under regional plan\n\nBy Jane Roe\n|\n6 Dec, 2026 06:00 AM\n\n"
                + "Gisborne will get three new bus routes.\n\nThe changes start in July.\n");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
    }
}
