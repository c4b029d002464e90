package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-seventy-second and seventy-third held-out rounds (x2265-x2276), logistics, travel
 * and electronics trade papers: a byline with a numeric date right after the name (no writer read), and writers each
 * with their town or outlet, parted by a semicolon (none read).
 */
class LogisticsAndChipsPressShapesTest {
    private static final String STORY = "TSMC will raise prices for its 3nm process next year by up to 5%, according to sources.\n\n"
            + "The company declined to comment on pricing.\n\n";

    @Test
    void shouldReadTheWriterWhenANumericDateFollowsTheNameInTheByline() {
        Article a = parse("EE Times\nStartup tapes out 2-nm AI inference chip\nBy Jane Roe 06.12.2026 0\n\n" + STORY);
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(a.getPublishedAt()).hasToString("2026-12-06T00:00:00Z");
    }

    @Test
    void shouldReadWritersEachWithTheirTownOrOutletPartedBySemicolons() {
        Article a = parse("DIGITIMES Asia\nTSMC to raise 3nm prices in 2027, sources say\nMonday 7 December 2026\n"
                + "Jane Roe, Taipei; John Doe, DIGITIMES Asia\n\n" + STORY);
        assertThat(a.getAuthors()).containsExactly("Jane Roe", "John Doe");
    }
}
