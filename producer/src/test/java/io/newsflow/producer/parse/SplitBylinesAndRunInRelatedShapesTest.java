package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-twenty-eighth held-out round (x805-x810), on other pages: a comments button with its
 * count under the byline (which had cut the whole story as a comment thread), a related label and the other story's
 * headline on one line in any listed language, Ukrainian furniture, a byline's word alone over the writer's name, a
 * date with hyphens between month, day and year, and Spanish "Más sobre:" over the topics.
 */
class SplitBylinesAndRunInRelatedShapesTest {

    @Test
    void shouldKeepTheStoryWhenACommentsButtonWithItsCountStandsUnderTheByline() {
        Article a = parse(HEADLINE + "\n\nAvtor: Maja Kranjc\nDeli\nKomentarji (37)\n\n" + BODY + "\n\nKOMENTARJI (37)\nNapišite komentar");
        assertThat(a.getAuthors()).containsExactly("Maja Kranjc");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Komentarji").doesNotContain("KOMENTARJI");
    }

    @Test
    void shouldDropARelatedLabelAndHeadlineOnOneLineWhenTheLabelIsListedInAnyLanguage() {
        Article a = parse(HEADLINE + "\n\nКиївська міська рада схвалила план. Про це повідомив мер.\n\n"
                + "Читайте також: Львів запускає нову трамвайну лінію на Сихів\n\n" + BODY
                + "\n\nРеклама:\n\nГоловне сьогодні\nУряд ухвалив бюджет на 2027 рік\nПідпишіться на наш Telegram");
        assertThat(allText(a)).contains("схвалила план", "cyclists welcomed it")
                .doesNotContain("Читайте", "Львів", "Реклама", "Уряд ухвалив", "Підпишіться");
    }

    @Test
    void shouldReadTheWriterWhenAByLinesWordStandsAloneOverTheName() {
        Article a = parse(HEADLINE + "\n\nPor\nCamila Rojas\n5 dic 2026 09:12 AM\n\n" + BODY
                + "\n\nMás sobre:\nMetro de Santiago\nTransporte");
        assertThat(a.getAuthors()).containsExactly("Camila Rojas");
        assertThat(allText(a)).doesNotContain("Camila", "Más sobre", "Transporte");
    }

    @Test
    void shouldReadTheDateWhenHyphensPartMonthDayAndYear() {
        Article a = parse(HEADLINE + "\n\nAuthor: Kwame Asante\nDec - 05 - 2026 , 10:24\n\n" + BODY
                + "\n\nConnect With Us : 0242202447 | 0551484843 | 0266361755");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T10:24:00Z"));
        assertThat(allText(a)).doesNotContain("Connect With Us");
    }
}
