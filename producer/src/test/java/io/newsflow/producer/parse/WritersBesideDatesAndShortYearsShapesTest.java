package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * The two shapes the two-hundred-and-forty-fifth held-out round left unread (x1504, x1505), on other inputs: a writer's
 * name in plain text beside the story's date under the headline (Nextra's blog theme); a two-digit year before a dash and
 * a clock ("05.12.26 - 13:20").
 */
class WritersBesideDatesAndShortYearsShapesTest {

    private static Article page(String meta) {
        return file("<html><head><title>Old bridge closes to cars</title></head><body><article><h1>Old bridge closes to cars</h1>"
                + "<div class=\"meta\">" + meta + "</div>" + HTML_BODY + "</article></body></html>", "post.html");
    }

    @Test
    void shouldReadAWritersNameBesideTheStorysDateUnderTheHeadline() {
        assertThat(page("<time datetime=\"2026-12-05\">December 5, 2026</time><span>•</span>Ana Ruiz").getAuthors())
                .containsExactly("Ana Ruiz");
        assertThat(page("Ana Ruiz · <time datetime=\"2026-12-05\">December 5, 2026</time>").getAuthors()).containsExactly("Ana Ruiz");
    }

    @Test
    void shouldNotTakeATagLinkOrAReadingTimeBesideTheDateForAWriter() {
        assertThat(page("<time datetime=\"2026-12-05\">December 5, 2026</time> • <a href=\"/tags/roads\">Road Works</a>").getAuthors())
                .isEmpty();
        assertThat(page("<time datetime=\"2026-12-05\">December 5, 2026</time> • 4 min read").getAuthors()).isEmpty();
    }

    @Test
    void shouldReadATwoDigitYearBeforeADashAndAClock() {
        Article a = parse("Old bridge closes to cars\n\nAna Ruiz\nPamplona | 05.12.26 - 13:20\n\n" + BODY);
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T13:20:00Z");
    }
}
