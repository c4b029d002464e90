package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-twenty-fourth held-out round (x2577-x2582), English pages of the sample corpus's
 * shapes: the one field missed was a writer's note in brackets closing the text's one long paragraph, not a line of its
 * own.
 */
class SampleShapedEnglishPagesShapesTest {
    private static final String TEXT = "The Maldives has won a larger share of the Indian Ocean's yellowfin tuna quota after a week of talks "
            + "in Mombasa. Environmental groups welcomed the cut but said it came too late for stocks judged overfished since 2015.";

    @Test
    void shouldReadAWritersNoteInBracketsClosingTheLastParagraph() {
        for (String note : new String[] {"(This article was written by Mariyam Shifa, a senior staff writer.)",
            "(This story was reported by Mariyam Shifa.)"}) {
            Article a = parse("Atoll Review\nMaldives fishermen win new tuna quota\n5 December 2026\n" + TEXT + " " + note + "\n");
            assertThat(a.getAuthors()).as(note).containsExactly("Mariyam Shifa");
            assertThat(allText(a)).as(note).contains("judged overfished since 2015.").doesNotContain("(This");
        }
    }
}
