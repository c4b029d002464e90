package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-twenty-sixth held-out round (x2589-x2594), the Philippines' languages beside
 * Tagalog: Cebuano, Ilocano, Hiligaynon, Waray, Kapampangan and Bikol. Their "written by" labels, months, roots and
 * furniture, and a site named like a writer's role ("Bikol Reporter", "Kent Reporter"), read as a desk's credit that
 * names no one and dropped, in English too; a menu of three items under the name, over the headline, read as a trail
 * from its first item, the news root.
 */
class PhilippineLanguagesPressShapesTest {
    private static final String STORY = "Giablihan sa Lunes ang bag-ong merkado sa dakbayan.\n\nAdunay 400 ka puwesto ang merkado.\n\n";

    @Test
    void shouldReadTheirWrittenByLabels() {
        for (String byline : new String[] {"Sinulat ni Ramil Ayuman", "Insurat ni Ramil Ayuman", "Ginsulat ni Ramil Ayuman",
            "Ginsurat ni Ramil Ayuman", "Sinulat nang Ramil Ayuman", "Sinurat ni Ramil Ayuman", "Isinulat ni Ramil Ayuman"}) {
            Article a = parse("Bag-ong merkado giablihan sa dakbayan\n" + byline + "\nDisyembre 7, 2026\n\n" + STORY);
            assertThat(a.getAuthors()).as(byline).containsExactly("Ramil Ayuman");
            assertThat(allText(a)).as(byline).doesNotContain(byline.substring(0, 6));
        }
    }

    @Test
    void shouldReadIlocanosAndKapampangansMonths() {
        String[][] dates = {{"Disiembre 7, 2026", "2026-12-07"}, {"Disyembri 7, 2026", "2026-12-07"}, {"Hunio 12, 2026", "2026-06-12"},
            {"Septiyembre 3, 2026", "2026-09-03"}};
        for (String[] date : dates) {
            assertThat(parse("Bag-ong merkado giablihan sa dakbayan\n" + date[0] + "\n\n" + STORY).getPublishedAt()).as(date[0])
                    .isEqualTo(Instant.parse(date[1] + "T00:00:00Z"));
        }
    }

    @Test
    void shouldReadTheirNewsRootsAndWaraysHome() {
        for (String trail : new String[] {"Damag > Lokal", "Bareta > Lokal", "Puno / Barita / Lokal"}) {
            Article a = parse("Pamantalaan\n\n" + trail + "\n\nBag-ong merkado giablihan sa dakbayan\n\n" + STORY);
            assertThat(a.getSection()).as(trail).isEqualTo("Lokal");
            assertThat(a.getArticleType()).as(trail).isEqualTo(ArticleType.NEWS);
        }
    }

    @Test
    void shouldDropCebuanosPhotoCreditReadAlsoLinkAndShareButton() {
        Article a = parse("Bag-ong merkado giablihan sa dakbayan\n\nGiablihan sa Lunes ang bag-ong merkado sa dakbayan.\n\n"
                + "Litrato: SunStar Superbalita Cebu\n\nAdunay 400 ka puwesto ang merkado.\n\nBasaha usab: Presyo sa bugas mitaas\n\n"
                + "Malipayon kaayo ang mga tindera.\n\nI-share kini nga istorya\n");
        assertThat(allText(a)).doesNotContain("Litrato").doesNotContain("Basaha usab").doesNotContain("I-share");
    }

    @Test
    void shouldReadASiteNamedLikeAWritersRoleOpeningThePage() {
        for (String name : new String[] {"Kent Reporter", "Bikol Reporter"}) {
            Article a = parse(name + "\nNews > Business\nCouncil approves a new harbour plan\nBy Anna Berg | December 7, 2026\n\n"
                    + "The council approved the plan on Monday.\n\nWork starts next year.\n");
            assertThat(a.getSource()).as(name).isEqualTo(name);
        }
    }

    @Test
    void shouldReadAThreeItemMenuUnderTheNameOverTheHeadlineAsNoTrail() {
        for (String top : new String[] {" date 2026-12-07 + ↺ − 16 px\nHiligaynon\nBalita  Sugilanon  Binalaybay", "The Harbour Times\nNews | Sport | Culture"}) {
            Article a = parse(top + "\nCouncil approves a new harbour plan\nBy Anna Berg\n\nThe council approved the plan on Monday.\n\n"
                    + "Work starts next year.\n");
            assertThat(a.getSection()).as(top).isNull();
            assertThat(a.getArticleType()).as(top).isEqualTo(ArticleType.UNKNOWN);
            assertThat(a.getTitle()).as(top).isEqualTo("Council approves a new harbour plan");
        }
    }
}
