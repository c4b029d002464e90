package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-thirty-first held-out round (x2019-x2024), music and entertainment sites: a pointer
 * to another story by its headline in quotes ("Read “Radiohead’s 10 Best Songs” on the Pitch."), and the rails
 * "Popular" and "Our Partners" closing the page.
 */
class MusicPressShapesTest {
    private static final String STORY = "Radiohead have announced their first album since 2016.\n\n"
            + "The band will tour Europe in the spring.\n\n";

    @Test
    void shouldDropAPointerToAnotherStoryByItsQuotedHeadline() {
        Article a = parse("Radiohead Announce First Album in Nine Years\nBy Jane Roe\nDecember 5, 2026\n\n" + STORY
                + "Read “Radiohead’s 10 Best Songs” on the Pitch.\n");
        assertThat(allText(a)).contains("spring").doesNotContain("10 Best Songs");
    }

    @Test
    void shouldEndTheTextAtThePopularAndPartnersRails() {
        Article a = parse("Phoebe Bridgers Shares New Song\nJane Roe\nDecember 5, 2026 | 10:05am ET\n\n" + STORY
                + "Popular\nThe 50 best albums of 2026\nOur Partners\nA sponsored story\n");
        assertThat(allText(a)).contains("spring").doesNotContain("Popular", "50 best albums", "Partners", "sponsored");
    }
}
