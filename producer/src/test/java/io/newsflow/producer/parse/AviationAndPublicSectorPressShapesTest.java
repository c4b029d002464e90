package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-eightieth and eighty-first held-out rounds (x2313-x2324), aviation, architecture,
 * construction, travel-technology and public-sector press: a citation closing the page ("Cite: ... ISSN ..."), "Like
 * what you've read?", an awards' call for entries, the writer's other stories, a picture's credit with "©", a wall for
 * "<site> subscribers", and a masthead with a slash ("Nextgov/FCW", lost).
 */
class AviationAndPublicSectorPressShapesTest {
    private static final String STORY = "Government departments have been told to cut their headcount by a further 5%.\n\n"
            + "The instruction came in a letter from the Treasury to permanent secretaries.\n\n";

    @Test
    void shouldDropACitationClosingThePage() {
        Article a = parse("Winning design revealed for new library\nWritten by Jane Roe\nDecember 07, 2026\n\n" + STORY
                + "Cite: Jane Roe. \"Winning design revealed for new library\" 07 Dec 2026. Example Daily. Accessed 7 Dec 2026. "
                + "ISSN 0719-8884\n");
        assertThat(allText(a)).contains("permanent secretaries").doesNotContain("ISSN", "Cite:");
    }

    @Test
    void shouldDropPromptsPlugsAndTheWritersOtherStories() {
        Article a = parse("Departments told to cut headcount\nBy Jane Roe\n7 December 2026\n\n" + STORY
                + "Like what you've read? To receive Example Engineer's daily and weekly newsletters click here.\n\n"
                + "Example Awards 2027 – entries now open\n\n"
                + "Read the most recent articles written by Jane Roe - Pay remit guidance delayed until spring\n\n"
                + "Image © iStock\n\nThis content is for MJ subscribers only. Click here to subscribe.\n");
        assertThat(allText(a)).contains("permanent secretaries")
                .doesNotContain("Like what", "entries now open", "most recent articles", "iStock", "subscribers only");
    }

    @Test
    void shouldReadAMastheadWithASlash() {
        Article a = parse("Nextgov/FCW\nCybersecurity  Digital Government  Emerging Tech  Workforce  Policy  Events\nCYBERSECURITY\n"
                + "Agencies report fewer major cyber incidents\nJANE ROE\nDECEMBER 7, 2026\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("Nextgov/FCW");
        assertThat(a.getSection()).isEqualTo("Cybersecurity");
    }
}
