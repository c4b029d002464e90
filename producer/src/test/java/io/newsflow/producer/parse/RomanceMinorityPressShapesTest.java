package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-twenty-second held-out round (x2565-x2570), the smaller Romance languages: Friulian,
 * Sardinian, Corsican, Ladin, Aromanian and Walloon, on pages of the sample corpus's shapes too. An editor's note in the
 * Romance languages; their months, byline labels and roots; and three shapes that failed in English as well: a stamp and a
 * label without a colon beside it, a lead that opens with a name and "in" (read as a byline, the paragraph lost), a
 * three-item menu under the site's name over the stamp.
 */
class RomanceMinorityPressShapesTest {
    private static final String STORY = "A Udin e je stade vierte une gnove scuele.\n\nTe scuele a studiaran 900 fruts.\n\n";

    @Test
    void shouldReadAnEditorsNoteInTheRomanceLanguages() {
        Article friulian = parse(" date 2026-12-07 + ↺ − 16 px\n\nNote de redazion: Pieri Zuliani e je un ricercjadôr. Il articul al "
                + "esprim la opinion personâl dal autôr e no la viodude di Il Gazetin.\n\n" + STORY);
        assertThat(friulian.getAuthors()).containsExactly("Pieri Zuliani");
        assertThat(friulian.getSource()).isEqualTo("Il Gazetin");
        assertThat(friulian.getArticleType()).isEqualTo(ArticleType.OPINION);
        Article spanish = parse("Nota de la redacción: Ana Gómez es profesora. Este artículo expresa su opinión personal y no la opinión "
                + "de El Faro.\n\nEl puerto de Valencia cerró el lunes por una huelga.\n\nLos barcos esperan fuera del puerto.\n");
        assertThat(spanish.getAuthors()).containsExactly("Ana Gómez");
        assertThat(spanish.getSource()).isEqualTo("El Faro");
    }

    @Test
    void shouldReadTheirMonths() {
        String[][] dates = {{"7 di dicembar 2026", "2026-12-07"}, {"7 de Nadale 2026", "2026-12-07"}, {"3 ghjugnu 2026", "2026-06-03"},
            {"dezëmber 7, 2026", "2026-12-07"}, {"7 di Brumaru 2026", "2026-11-07"}, {"7 di decimbe 2026", "2026-12-07"}};
        for (String[] date : dates) {
            assertThat(parse("Une gnove scuele a Udin\n" + date[0] + "\n\n" + STORY).getPublishedAt()).as(date[0])
                    .isEqualTo(Instant.parse(date[1] + "T00:00:00Z"));
        }
    }

    @Test
    void shouldReadTheirBylineLabels() {
        for (String byline : new String[] {"Scrittu da Pieri Zuliani", "Scrit da Pieri Zuliani", "Scriptu di: Pieri Zuliani", "Scrît pa Pieri Zuliani"}) {
            Article a = parse("Une gnove scuele a Udin\n" + byline + "\n7 di dicembar 2026\n\n" + STORY);
            assertThat(a.getAuthors()).as(byline).containsExactly("Pieri Zuliani");
        }
    }

    @Test
    void shouldReadSardiniasHomeAndAnalysisAndAromaniansNewsLabel() {
        Article sardinian = parse("Sa Regione cheret una lege noa\n\nDomo / Anàlisi / Sa Regione cheret una lege noa\n\n" + STORY);
        assertThat(sardinian.getSection()).isEqualTo("Anàlisi");
        assertThat(sardinian.getArticleType()).isEqualTo(ArticleType.ANALYSIS);
        Article aromanian = parse("Bana Armãneascã\nNautãts | Culturã | Limbã | Sport\nNautãts\nUnã nauã sculie tu Custantsa\n\n" + STORY);
        assertThat(aromanian.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldReadAStampAndALabelWithoutAColonPartedByADot() {
        for (String stamp : new String[] {"December 7, 2026 · Text Jane Doe", "7 décembre 2026 · Texte de Jane Doe"}) {
            Article a = parse("A new library opens in the valley\n" + stamp + "\n\nThe library opened on Monday.\n\nIt holds 6,000 books.\n");
            assertThat(a.getAuthors()).as(stamp).containsExactly("Jane Doe");
            assertThat(a.getPublishedAt()).as(stamp).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
        }
    }

    @Test
    void shouldKeepALeadThatOpensWithANameAndInWhenASentenceFollows() {
        for (String lead : new String[] {"Maria Rossi in Badia a new library opened on Monday.", "In San Martin in Badia a library opened."}) {
            Article a = parse("A new library opens in San Martin\n\n" + lead + "\n\nThe library has 6000 books.\n\nYoung people are happy.\n");
            assertThat(a.getAuthors()).as(lead).isEmpty();
            assertThat(allText(a)).as(lead).contains(lead);
        }
    }

    @Test
    void shouldReadAThreeItemMenuUnderTheSiteNameOverTheStamp() {
        Article a = parse("The Rantoele\nNews  Culture  Language\n7 December 2026\nA new library opens in Liège\nBy Jean Dupont\n\n"
                + "A new library opened in Liège on Monday.\n\nIt holds 4,000 books.\n");
        assertThat(a.getSource()).isEqualTo("The Rantoele");
        assertThat(a.getSection()).isNull();
        assertThat(a.getTitle()).isEqualTo("A new library opens in Liège");
    }
}
