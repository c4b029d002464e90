package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-fourteenth held-out round (x2517-x2522), independent and nonprofit newsrooms in the
 * United States: a photo illustration's credit, a blog's categories written one a line under their label (a tag list, no
 * section), and the closing prompts of nonprofit newsrooms: a republishing button's instructions, a sponsors' thanks and
 * a sign-up box's heading.
 */
class IndependentUsNewsroomsShapesTest {
    private static final String HEADER = "Harbor Lights Ferry Adds Night Crossings\nBy Dana Reyes\nDecember 7, 2026\n\n";
    private static final String STORY = "The Harbor Lights ferry will add two night crossings from January, the operator said on Monday.\n\n"
            + "The crossings will run on Fridays and Saturdays through the summer.\n\n";

    @Test
    void shouldDropAPhotoIllustrationsCredit() {
        Article a = parse(HEADER + "Photo illustration by Harbor Lights Daily\n\n" + STORY + "Illustration by Mara Lind\n\n"
                + "A third crossing may follow in the spring.\n");
        assertThat(a.getLead()).startsWith("The Harbor Lights ferry");
        assertThat(allText(a)).contains("third crossing").doesNotContain("illustration", "Illustration");
    }

    @Test
    void shouldReadABlogsCategoriesOneALineAsATagListWithNoSection() {
        Article tagged = parse(HEADER + STORY + "Filed Under:\nFerries\nHarbor Lights\n");
        assertThat(tagged.getSection()).isNull();
        assertThat(allText(tagged)).doesNotContain("Filed Under", "Ferries");
        Article filed = parse(HEADER + STORY + "Filed Under:\nTransport\n");
        assertThat(filed.getSection()).isEqualTo("Transport"); // (one category, on the line under its label: the section)
    }

    @Test
    void shouldDropRepublishingInstructionsASponsorsThanksAndASignUpHeading() {
        Article a = parse(HEADER + STORY + "Republish This Story\nClick the republish button below to get the code to republish this story.\n\n"
                + "Harbor Lights Daily thanks our sponsors. Become one.\n\nStay in touch\nSign up for our free newsletter\n");
        assertThat(allText(a)).contains("Fridays and Saturdays").doesNotContain("republish", "Republish", "sponsors", "Stay in touch");
    }
}
