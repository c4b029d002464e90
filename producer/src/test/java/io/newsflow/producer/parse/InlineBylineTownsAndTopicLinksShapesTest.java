package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-twentieth held-out round (x757-x762), on other pages: an inline byline naming the
 * writer's town before the outlet ("Ana PEREIRA from Porto, Iberian Ports Review: ..."), whose paragraph, the whole
 * story, was read as a bare name and a place and dropped; and a German related-links label and comment login
 * ("Weitere Artikel zum Thema", "Um Kommentare zu schreiben, ...").
 */
class InlineBylineTownsAndTopicLinksShapesTest {

    @Test
    void shouldKeepTheStoryWhenAnInlineBylineNamesTheWritersTown() {
        Article a = parse(HEADLINE + "\n\nAna PEREIRA from Porto, Iberian Ports Review: The port of Leixões will add a "
                + "second cruise terminal by 2028, its operator said on Monday. Work starts in March.\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Ana Pereira");
        assertThat(a.getSource()).isEqualTo("Iberian Ports Review");
        assertThat(allText(a)).contains("The port of Leixões will add a second cruise terminal").doesNotContain("PEREIRA");
    }

    @Test
    void shouldDropGermanTopicLinksAndCommentLoginWhenTheyCloseTheText() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nWeitere Artikel zum Thema\nNeue Radwege für die Innenstadt\n\n"
                + "Kommentare\nUm Kommentare zu schreiben, müssen Sie sich anmelden.");
        assertThat(allText(a)).doesNotContain("Weitere Artikel").doesNotContain("Neue Radwege")
                .doesNotContain("Um Kommentare");
    }
}
