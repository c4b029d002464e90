package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-seventeenth held-out round (x2535-x2540), pages in Oromo, Shona, Haitian Creole,
 * Wolof, Chichewa and Sesotho: their months, "by" and "written by" labels, news roots and share buttons, and a masthead
 * joined by Sesotho's "of" ("Moeletsi oa Basotho"), alone in its block over the story's trail.
 */
class AfricanLanguagesPressShapesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T00:00:00Z");
    private static final String STORY = "Chipatara chitsva chavhurwa muBulawayo neMuvhuro.\n\nVagari vafara nechirongwa ichi.\n\n";

    @Test
    void shouldReadTheMonthsOfOromoShonaHaitianCreoleWolofChichewaAndSesotho() {
        for (String date : new String[] {"7 Muddee 2026", "Muvhuro, 7 Zvita 2026", "7 desanm 2026", "7 Desàmbar 2026",
            "Lolemba, 7 Disembala 2026", "Mantaha, 7 Tšitoe 2026"}) {
            assertThat(parse("Chipatara chitsva chavhurwa muBulawayo\n" + date + "\n\n" + STORY).getPublishedAt()).as(date).isEqualTo(DAY);
        }
        assertThat(parse("Chipatara chitsva chavhurwa muBulawayo\n12 Waxabajjii 2026\n\n" + STORY).getPublishedAt())
                .isEqualTo(Instant.parse("2026-06-12T00:00:00Z"));
    }

    @Test
    void shouldReadTheirBylineLabels() {
        for (String byline : new String[] {"Pa Jean Baptiste", "Ka Jean Baptiste", "Bind ko: Jean Baptiste", "Wolemba: Jean Baptiste"}) {
            Article a = parse("Chipatara chitsva chavhurwa muBulawayo\n" + byline + "\n7 Zvita 2026\n\n" + STORY);
            assertThat(a.getAuthors()).as(byline).containsExactly("Jean Baptiste");
        }
    }

    @Test
    void shouldReadTheirNewsRootsAndDropTheirShareButtons() {
        Article a = parse("Moeletsi oa Basotho\nLitaba  Lipapali  Khoebo  Tumelo\nLitaba > Khoebo\nMmaraka o mocha o butsoe Mafeteng\n\n" + STORY
                + "Arolelana\n");
        assertThat(a.getSource()).isEqualTo("Moeletsi oa Basotho");
        assertThat(a.getSection()).isEqualTo("Khoebo");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(allText(a)).doesNotContain("Arolelana");
        Article shona = parse("Kwayedza\n\nNhau > Zvemitambo\n\nDynamos yahwina mutambo\n\n" + STORY + "Govera\n");
        assertThat(shona.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(allText(shona)).doesNotContain("Govera");
    }

    @Test
    void shouldReadASitesNameAloneInItsBlockOverTheTrailAsTheMasthead() {
        // (no outlet's word in the name: it was taken for the headline, in English too)
        Article sesotho = parse("Moeletsi oa Basotho\n\nLitaba > Khoebo\n\nMmaraka o mocha o butsoe Mafeteng\n\n" + STORY);
        assertThat(sesotho.getSource()).isEqualTo("Moeletsi oa Basotho");
        assertThat(sesotho.getTitle()).isEqualTo("Mmaraka o mocha o butsoe Mafeteng");
        Article english = parse("Harbor Lights\n\nNews > Business\n\nNew market opens in the harbor district\n\n"
                + "The new market opened on Monday with 300 stalls.\n\nTraders said they were pleased.\n");
        assertThat(english.getSource()).isEqualTo("Harbor Lights");
        assertThat(english.getTitle()).isEqualTo("New market opens in the harbor district");
        assertThat(english.getSection()).isEqualTo("Business");
    }
}
