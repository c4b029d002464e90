package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-thirty-seventh held-out round (x2653-x2658), HTML pages of Ukrainian, Turkish,
 * Swahili, Polish, Czech and Romanian papers. Missed four times: the date written on a short line under the headline, in
 * an element no class names a meta line, under the byline's line, no metadata nor time element dating the story.
 */
class HtmlDatesUnderHeadlinesShapesTest {
    private static final String TEXT = "<div class=\"continut\"><p>Podul de la Podu Roș din Iași a fost redeschis sâmbătă circulației, "
            + "după opt luni de lucrări de consolidare.</p><p>Lucrările au costat 24 de milioane de lei și au fost finanțate din bugetul "
            + "local.</p></div>";

    private static Article page(String underHeadline) {
        return file("<html><head><title>Iași: podul de la Podu Roș se redeschide circulației</title></head><body><article><h1>Iași: podul "
                + "de la Podu Roș se redeschide circulației</h1>" + underHeadline + TEXT + "</article></body></html>", "ro.html");
    }

    @Test
    void shouldReadTheDateOnAShortLineUnderTheHeadlineWhenNothingElseDatesTheStory() {
        assertThat(page("<div class=\"autor\">de Andrei Popescu</div><div class=\"data\">6 decembrie 2026, 09:30</div>").getPublishedAt())
                .isEqualTo(Instant.parse("2026-12-06T09:30:00Z"));
        assertThat(page("<div class=\"info\"><span>Autor: Andrei Popescu</span> <span>Data publikacji: 06.12.2026, 10:15</span></div>")
                .getPublishedAt()).isEqualTo(Instant.parse("2026-12-06T10:15:00Z"));
    }

    @Test
    void shouldLeaveAStoryUndatedWhenTheLinesUnderItsHeadlineOnlyUpdateIt() {
        assertThat(page("<div class=\"data\">Actualizat: 6 decembrie 2026, 09:30</div>").getPublishedAt()).isNull();
    }
}
