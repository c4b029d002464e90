package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-thirty-fourth held-out round (x2037-x2042), religion news sites: a menu bar whose
 * first item is four words ("Church in the USA"), a button to the writer's profile, a note of the print issue the story
 * ran in ("A version of this story appeared in the Dec 19, 2026-Jan 1, 2027 print issue.").
 */
class ReligionNewsShapesTest {
    private static final String STORY = "ROME – The Vatican bank reported a net profit of €38 million for 2025.\n\n"
            + "Its client numbers were stable.\n\n";

    @Test
    void shouldReadANameOverItsTaglineAndAMenuOpeningWithAFourWordItem() {
        Article a = parse("Crux\nTaking the Catholic Pulse\nChurch in the USA  Vatican  Global Church  Analysis  Opinion\nVatican\n"
                + "Vatican bank reports higher profit for 2025\nJane Roe\nDec 5, 2026\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("Crux");
        assertThat(a.getSection()).isEqualTo("Vatican");
    }

    @Test
    void shouldDropTheWritersProfileButtonAndThePrintIssuesNote() {
        Article a = parse("Synod report urges a bigger role for women\nby Jane Roe\nView Author Profile\nDecember 5, 2026\n\n" + STORY
                + "A version of this story appeared in the Dec 19, 2026-Jan 1, 2027 print issue.\n");
        assertThat(a.getLead()).startsWith("ROME");
        assertThat(allText(a)).contains("stable").doesNotContain("Author Profile", "print issue");
    }
}
