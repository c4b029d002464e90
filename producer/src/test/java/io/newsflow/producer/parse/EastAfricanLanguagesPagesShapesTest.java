package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-seventh held-out round (x2475-x2480), pages in Swahili, Kinyarwanda and Luganda:
 * Swahili's and Luganda's "by" ("Na Salma Hamad, Unguja", "Bya Musa Ssemwogerere"), the desk's "Na Mwandishi Wetu" (by our
 * correspondent), Kinyarwanda's clock after "saa" (not Swahili's, whose hours count from six), a menu of four Luganda desks,
 * the home crumb "Nyumbani", and the buttons, counts, prompts and related labels of these pages.
 */
class EastAfricanLanguagesPagesShapesTest {
    private static final String STORY = "Zanzibar imepokea watalii zaidi ya 800,000 tangu Januari mwaka huu.\n\n"
            + "Serikali inalenga kufikia watalii milioni moja ifikapo mwaka 2027.\n\n";

    @Test
    void shouldReadSwahiliAndLugandaBylinesAndTheDesksCredit() {
        Article a = parse("Zanzibar Leo\nMwanzo  Habari  Uchumi  Utalii  Michezo\nUtalii\nZanzibar yapokea watalii 800,000 mwaka huu\n"
                + "Na Salma Hamad, Unguja\nDesemba 7, 2026\n\n" + STORY);
        assertThat(a.getAuthors()).containsExactly("Salma Hamad");
        assertThat(a.getSource()).isEqualTo("Zanzibar Leo");
        assertThat(parse("Bbeeyi ya kaawa erinnye mu Uganda\nBya Musa Ssemwogerere\nDec 7, 2026\n\n" + STORY).getAuthors())
                .containsExactly("Musa Ssemwogerere");
        Article desk = parse("Bei ya mahindi yashuka katika masoko ya Dodoma\nNa Mwandishi Wetu, Dodoma\n07 Desemba 2026\n\n" + STORY);
        assertThat(desk.getAuthors()).isEmpty();
        assertThat(desk.getLead()).startsWith("Zanzibar imepokea");
    }

    @Test
    void shouldReadKinyarwandasClockButNotSwahilisHoursCountedFromSix() {
        Article kinyarwanda = parse("BNR yagumishije urwunguko fatizo kuri 6,5%\nKu wa 7 Ukuboza 2026 saa 10:15\n\n" + STORY);
        assertThat(kinyarwanda.getPublishedAt()).isEqualTo(Instant.parse("2026-12-07T10:15:00Z"));
        Article swahili = parse("TRA yavuka lengo la makusanyo Novemba\nJumatatu, Desemba 7, 2026 saa 4:00 asubuhi\n\n" + STORY);
        assertThat(swahili.getPublishedAt()).isNotEqualTo(Instant.parse("2026-12-07T04:00:00Z"));
    }

    @Test
    void shouldReadAMenuOfFourLugandaDesksAndASwahiliHomeCrumb() {
        Article a = parse("Bukedde\nAmawulire  Bizinensi  Ebyemizannyo  Ebyobufuzi\nBizinensi\nBbeeyi ya kaawa erinnye mu Uganda\n"
                + "Bya Musa Ssemwogerere\nDec 7, 2026\n\n" + STORY + "Gabana\n");
        assertThat(a.getSource()).isEqualTo("Bukedde");
        assertThat(a.getSection()).isEqualTo("Bizinensi");
        assertThat(parse("HabariLeo\nNyumbani > Uchumi\nTRA yavuka lengo la makusanyo Novemba\nDesemba 7, 2026\n\n" + STORY).getSection())
                .isEqualTo("Uchumi");
    }

    @Test
    void shouldDropTheButtonsCountsPromptsAndRelatedStoriesOfTheseLanguages() {
        Article a = parse("Zanzibar yapokea watalii 800,000 mwaka huu\nSalma Hamad\nDesemba 7, 2026\nMaoni 0\nIbitekerezo (2)\nSikiliza makala\n"
                + "Shiriki habari hii\n\n" + STORY + "Sangiza iyi nkuru\n\nTufuate kwenye WhatsApp\n\nHabari Zaidi\nHoteli mpya za kitalii kujengwa Pemba\n\n"
                + "DW inapendekeza\nRuto atetea mpango wa kodi\n");
        assertThat(a.getLead()).startsWith("Zanzibar imepokea");
        assertThat(allText(a)).contains("ifikapo mwaka 2027").doesNotContain("Maoni", "Ibitekerezo", "Sikiliza", "Shiriki", "Sangiza",
                "Tufuate", "Hoteli mpya", "Ruto");
    }
}
