package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A slashed date with nothing beside it is read by the page's language: day first on a page not in English (another
 * script, or Latin letters with almost no English words), month first on an English one.
 */
class DayFirstPagesTest {

    private static final String FRENCH = "Grève au port du Havre : les dockers bloquent les terminaux\n\n07/10/2024\n\n"
            + "Les dockers du port du Havre ont cessé le travail lundi matin pour protester contre la réforme des retraites.\n\n"
            + "Selon la CGT, plus de quatre cents navires attendent au large, et les armateurs redoutent une semaine perdue.";
    private static final String GERMAN = "Hafenarbeiter in Hamburg legen die Arbeit nieder\n\n03/11/2025\n\n"
            + "Die Beschäftigten im Hamburger Hafen sind am Montag in einen Warnstreik getreten, wie die Gewerkschaft mitteilte.\n\n"
            + "Nach Angaben der Betreiber liegen mehrere Containerschiffe vor der Elbmündung und warten auf ihre Abfertigung.";
    private static final String ARABIC = "مصر ترفع أسعار الوقود للمرة الثانية هذا العام\n\n1/12/2025\n\n"
            + "رفعت الحكومة المصرية أسعار البنزين والسولار بنسبة تصل إلى 15% اعتبارا من صباح اليوم الاثنين.\n\n"
            + "وقالت وزارة البترول إن القرار يأتي في إطار خطة لخفض دعم الوقود تدريجيا.";

    @Test
    void shouldReadTheDayFirstWhenAFrenchPageHasABareSlashedDate() {
        assertThat(parse(FRENCH).getPublishedAt()).isEqualTo(Instant.parse("2024-10-07T00:00:00Z"));
    }

    @Test
    void shouldReadTheDayFirstWhenAGermanPageHasABareSlashedDate() {
        assertThat(parse(GERMAN).getPublishedAt()).isEqualTo(Instant.parse("2025-11-03T00:00:00Z"));
    }

    @Test
    void shouldReadTheDayFirstWhenAPageInAnotherScriptHasABareSlashedDate() {
        assertThat(parse(ARABIC).getPublishedAt()).isEqualTo(Instant.parse("2025-12-01T00:00:00Z"));
    }

    @Test
    void shouldReadTheDayFirstWhenAPageNotInEnglishWritesATwelveHourClock() {
        // Latin America writes "p.m." and the day first
        String page = FRENCH.replace("07/10/2024", "07/10/2024 6:05 PM");
        assertThat(parse(page).getPublishedAt()).isEqualTo(Instant.parse("2024-10-07T18:05:00Z"));
    }

    @Test
    void shouldKeepTheMonthFirstWhenAnEnglishPageHasABareSlashedDate() {
        assertThat(parse(HEADLINE + "\n\n10/07/2024\n\n" + BODY).getPublishedAt()).isEqualTo(Instant.parse("2024-10-07T00:00:00Z"));
    }

    @Test
    void shouldReadTheDayFirstWhenAnEnglishPageIsWrittenTheBritishWay() {
        String page = HEADLINE + "\n\n04/12/2026\n\nIsland residents will pay the same ferry fares next year after the council"
                + " agreed to freeze them.\n\nVisitors' fares will rise by 5 per cent, and the freeze will cost the council £300,000.";
        assertThat(parse(page).getPublishedAt()).isEqualTo(Instant.parse("2026-12-04T00:00:00Z"));
    }

    @Test
    void shouldKeepTheMonthFirstWhenAnEnglishPageHasOneBritishSpellingOrMoreAmericanOnes() {
        String slip = HEADLINE + "\n\n12/03/2024\n\nLawmakers are discussing cuts to a narrow set of programmes.\n\n" + BODY;
        assertThat(parse(slip).getPublishedAt()).isEqualTo(Instant.parse("2024-12-03T00:00:00Z"));
        assertThat(CommonwealthEnglish.writes("Fares rose 5 percent at the center, the organization said, quoting a UK report"
                + " that put the rise at 5 per cent.")).isFalse();
        assertThat(CommonwealthEnglish.writes("The councillors met at the town centre to discuss the £2m programme.")).isTrue();
    }

    @Test
    void shouldKeepTheDateWhenItsNumbersLeaveNoDoubt() {
        assertThat(parse(FRENCH.replace("07/10/2024", "10/23/2024")).getPublishedAt())
                .isEqualTo(Instant.parse("2024-10-23T00:00:00Z"));
        assertThat(parse(FRENCH.replace("07/10/2024", "2024-10-07")).getPublishedAt())
                .isEqualTo(Instant.parse("2024-10-07T00:00:00Z"));
    }

    @Test
    void shouldTellTheLanguageWhenTheTextIsLongEnough() {
        assertThat(DayFirstPages.otherThanEnglish(FRENCH)).isTrue();
        assertThat(DayFirstPages.otherThanEnglish(GERMAN)).isTrue();
        assertThat(DayFirstPages.otherThanEnglish(ARABIC)).isTrue();
        assertThat(DayFirstPages.otherThanEnglish(HEADLINE + "\n" + BODY)).isFalse();
        assertThat(DayFirstPages.otherThanEnglish("Le port est fermé.")).as("too short to tell").isFalse();
        assertThat(DayFirstPages.otherThanEnglish("Police arrest two men after Manchester burglary spree in Salford and Bolton"))
                .as("a short English text with few common words").isFalse();
    }
}
