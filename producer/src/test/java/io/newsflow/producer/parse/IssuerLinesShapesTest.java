package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * A shape met in the two-hundred-and-seventy-first held-out round (x1659-x1664), on other inputs: a government office's
 * release closed by its issuer's line ("Issued by the Government Information Office, Yaren"); a sentence of the story
 * that opens the same way stays.
 */
class IssuerLinesShapesTest {

    @Test
    void shouldDropTheIssuersLineClosingARelease() {
        Article a = parse("Old bridge closes to cars\n\n" + BODY + "\n\nIssued by the Government Information Office, Yaren\n");
        assertThat(allText(a)).doesNotContain("Issued by");
    }

    @Test
    void shouldKeepASentenceThatOpensWithTheSameWords() {
        Article a = parse("Old bridge closes to cars\n\n" + BODY + "\n\nIssued by the council in March, the permits cost £40 a year.\n");
        assertThat(allText(a)).contains("Issued by the council in March, the permits cost £40 a year.");
    }
}
