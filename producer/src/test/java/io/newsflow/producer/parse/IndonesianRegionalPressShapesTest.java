package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-twenty-fifth held-out round (x2583-x2588), Indonesia's regional languages:
 * Javanese, Sundanese, Balinese, Acehnese, Minangkabau and Madurese. Five byline labels, Javanese's and Sundanese's
 * spellings of the months, news roots and homes, and a news root that also names a wire ("Kabar", Kyrgyzstan's agency)
 * read as the agency whose copy the story was.
 */
class IndonesianRegionalPressShapesTest {
    private static final String STORY = "Pasar anyar dibukak ing Surabaya dina Senen.\n\nPasar iki duwe 300 kios kanggo para pedagang.\n\n";

    @Test
    void shouldReadTheirBylineLabels() {
        for (String byline : new String[] {"Panulis: Bambang Sugiarto", "Ditulis ku Bambang Sugiarto", "Geutuléh lé: Bambang Sugiarto",
            "Ditulih dek: Bambang Sugiarto", "Panoles: Bambang Sugiarto"}) {
            Article a = parse("Pasar anyar dibukak ing Surabaya\n" + byline + "\n7 Desember 2026\n\n" + STORY);
            assertThat(a.getAuthors()).as(byline).containsExactly("Bambang Sugiarto");
            assertThat(allText(a)).as(byline).doesNotContain(byline.substring(0, 6));
        }
    }

    @Test
    void shouldReadJavanesesAndSundanesesSpellingsOfTheMonths() {
        String[][] dates = {{"Senen, 7 Desèmber 2026", "2026-12-07"}, {"Senén, 7 Désémber 2026", "2026-12-07"}, {"12 Nopember 2026", "2026-11-12"},
            {"3 Pébruari 2026", "2026-02-03"}, {"9 Sèptèmber 2026", "2026-09-09"}};
        for (String[] date : dates) {
            assertThat(parse("Pasar anyar dibukak ing Surabaya\n" + date[0] + "\n\n" + STORY).getPublishedAt()).as(date[0])
                    .isEqualTo(Instant.parse(date[1] + "T00:00:00Z"));
        }
    }

    @Test
    void shouldReadTheirNewsRootsAndHomes() {
        for (String trail : new String[] {"Ngarep › Pawartos › Budaya", "Béja > Budaya", "Haba > Budaya", "Barito / Budaya"}) {
            Article a = parse("Kalawarti\n\n" + trail + "\n\nPasar anyar dibukak ing Surabaya\n\n" + STORY);
            assertThat(a.getSection()).as(trail).isEqualTo("Budaya");
            assertThat(a.getArticleType()).as(trail).isEqualTo(ArticleType.NEWS);
        }
        Article balinese = parse("Pasar seni anyar kabuka ring Gianyar\n\nJero / Orti / Pasar seni anyar kabuka ring Gianyar\n\n" + STORY);
        assertThat(balinese.getSection()).isEqualTo("Orti");
        assertThat(balinese.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldReadANewsRootThatNamesAWireTooAsTheSectionNotTheAgency() {
        Article a = parse("Madhura Pos\nKabar  Budaja  Olahraga\nKabar\nPasar sapè ebukaè è Bangkalan\nPanoles: Moh. Hasan Basri\n7 Desember 2026\n\n"
                + "Pasar sapè anyar ebukaè è Bangkalan è arè Senin.\n\nOrèng Madhura sennèng ongghu.\n");
        assertThat(a.getSource()).isEqualTo("Madhura Pos");
        assertThat(a.getSection()).isEqualTo("Kabar");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }
}
