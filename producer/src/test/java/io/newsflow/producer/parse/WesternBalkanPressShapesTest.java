package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-eighth held-out round (x2481-x2486), the press of Kosovo, Albania, North Macedonia
 * and Bosnia: a one-word name over a trail from the news root ("Telegrafi" / "Lajme > Ekonomi"), the verb "writes" as a
 * byline's label ("Piše:", "Пишува:", "Shkruan:"), the newsroom in Albanian ("Redaksia BalkanWeb"), and the counts,
 * follow prompts, share buttons and related labels of these languages.
 */
class WesternBalkanPressShapesTest {
    private static final String STORY = "Vlada Republike Srpske odobrila je novo zaduženje od 100 miliona KM.\n\n"
            + "Opozicija upozorava na rast javnog duga.\n\n";

    @Test
    void shouldReadAOneWordNameOverATrailFromTheNewsRoot() {
        Article a = parse("Telegrafi\nLajme > Ekonomi\nBQK: Inflacioni në Kosovë bie në 2.1 për qind\nTelegrafi\nE hënë, 7 dhjetor 2026 11:40\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("Telegrafi");
        assertThat(a.getSection()).isEqualTo("Ekonomi");
    }

    @Test
    void shouldReadWritesAsABylinesLabelAndTheNewsroomInAlbanian() {
        assertThat(parse("Republika Srpska zadužuje se\nPiše: Dragan Petrović\n07.12.2026. 13:05\n\n" + STORY).getAuthors())
                .containsExactly("Dragan Petrović");
        assertThat(parse("Инфлацијата падна на 2,8 отсто\nПишува: Марија Стојановска\n07.12.2026 09:50\n\n" + STORY).getAuthors())
                .containsExactly("Марија Стојановска");
        Article newsroom = parse("Shqipëria pret 11 milionë turistë\n07/12/2026 12:20\nRedaksia BalkanWeb\n\n" + STORY);
        assertThat(newsroom.getAuthors()).isEmpty();
        assertThat(newsroom.getLead()).startsWith("Vlada");
    }

    @Test
    void shouldDropCountsPromptsButtonsAndRelatedNewsInTheseLanguages() {
        Article a = parse("Republika Srpska zadužuje se\nAmra Hodžić\n07.12.2026. 13:05\n0 Komente\nPodijeli na Facebook\n\n" + STORY
                + "Ndiqni Telegrafin në Facebook\n\nPratite Avaz na Viberu\n\nПоврзани вести\nНБРМ ја задржа референтната каматна стапка\n");
        assertThat(a.getLead()).startsWith("Vlada");
        assertThat(allText(a)).contains("javnog duga").doesNotContain("Komente", "Podijeli", "Ndiqni", "Pratite", "НБРМ");
    }

    @Test
    void shouldKeepACyrillicSentenceThatEndsWithACommentsCount() {
        // (the count's pattern once read Cyrillic letters as marks, as Java's \W does, and dropped the sentence)
        Article a = parse("Инфлацијата падна на 2,8 отсто\nМарија Стојановска\n07.12.2026 09:50\n\nОбјавата на заводот доби 12 коментари\n\n" + STORY);
        assertThat(allText(a)).contains("доби 12 коментари");
    }
}
