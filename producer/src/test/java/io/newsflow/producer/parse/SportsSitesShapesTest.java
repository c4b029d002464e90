package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-twenty-second held-out round (x1965-x1970), sports sites: a menu with "F1" among
 * its items, an update stamp whose two-digit year leaves day and month to guess ("Last Updated: 04/12/26 10:32pm"), a
 * writer's role with the ground they report from ("Chief football writer at Anfield") and a broadcaster's plug closing
 * the text ("Watch the Gallagher Premiership live on Sky Sports").
 */
class SportsSitesShapesTest {
    private static final String STORY = "Exeter have signed a Wales lock on a two-year deal.\n\nHe joins from Ospreys.\n\n";

    @Test
    void shouldReadTheSectionUnderAMenuWithANumberedItemAndAnAmbiguousUpdateStamp() {
        Article a = parse("Rugby Weekly\nFootball  Cricket  F1  Rugby Union  Boxing  Golf  Tennis  Darts\nRugby Union\n"
                + "Exeter sign Wales lock on two-year deal\nBy Jane Roe\nLast Updated: 04/12/26 10:32pm\n\n" + STORY);
        assertThat(a.getSection()).isEqualTo("Rugby Union");
        assertThat(a.getLead()).isEqualTo("Exeter have signed a Wales lock on a two-year deal.");
        assertThat(a.getPublishedAt()).isNull();
    }

    @Test
    void shouldTakeAWritersRoleAtTheGroundUnderTheNameAsNoText() {
        Article a = parse("Liverpool 2-1 Aston Villa: late winner at Anfield\nPublished 4 December 2026\nJane Roe\n"
                + "Chief football writer at Anfield\n\nLiverpool came from behind to win.\n\nVilla stay sixth.\n");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(allText(a)).doesNotContain("Chief football writer");
    }

    @Test
    void shouldDropABroadcastersPlugClosingTheText() {
        Article a = parse("Exeter sign Wales lock on two-year deal\nBy Jane Roe\nDecember 4, 2026\n\n" + STORY
                + "Watch the Gallagher Premiership live on Sky Sports\n");
        assertThat(allText(a)).contains("He joins from Ospreys.").doesNotContain("Watch the Gallagher");
    }
}
