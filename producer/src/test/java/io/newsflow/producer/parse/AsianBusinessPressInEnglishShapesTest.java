package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-ninety-ninth held-out round (x2427-x2432), Asian business papers in English: a
 * named newsletter's pitch ("Decoding Asia newsletter: ... Sign up here."), a premium wall ("This is a premium article.
 * Subscribe to read the full story.") and the editor's note closing the story ("In-Soo Nam edited this article.").
 */
class AsianBusinessPressInEnglishShapesTest {

    @Test
    void shouldDropANewslettersPitchAPremiumWallAndTheEditorsNote() {
        Article a = parse("Singapore banks' loan growth picks up in October\nMegan Cheah\nDec 7, 2026\n\n"
                + "Loan growth at Singapore's banks picked up in October, data showed.\n\nTotal loans rose 1.2 per cent from September.\n\n"
                + "Decoding Asia newsletter: your guide to navigating Asia in a new global order. Sign up here.\n\n"
                + "This is a premium article. Subscribe to read the full story.\n\nIn-Soo Nam edited this article.\n");
        assertThat(allText(a)).contains("Total loans").doesNotContain("newsletter", "premium", "edited");
    }
}
