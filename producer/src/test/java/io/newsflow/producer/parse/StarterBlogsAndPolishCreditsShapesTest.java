package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-fifty-ninth held-out round (x991-x996), on other pages: a starter blog's home link as
 * the site's name and its previous-post link (Eleventy's); Polish "Opracowanie:" as a byline's label and a related
 * headline ending in an abbreviation ("2,8 proc."); "More by this Author".
 */
class StarterBlogsAndPolishCreditsShapesTest {

    @Test
    void shouldReadAStarterBlogsHomeLinkAsTheSiteAndDropItsPreviousPostLink() {
        Article a = file("<html><head><title>" + HEADLINE + " — Riverside Notes</title></head><body><header><a href=\"/\" class=\"home-link\">"
                + "Riverside Notes</a></header><main><h1>" + HEADLINE + "</h1>" + HTML_BODY
                + "<ul class=\"links-nextprev\"><li class=\"links-nextprev-prev\">← Previous<br> <a href=\"/blog/ferry/\">What the ferry survey "
                + "found</a></li></ul></main></body></html>", "post.html");
        assertThat(a.getSource()).isEqualTo("Riverside Notes");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Previous", "ferry survey");
    }

    @Test
    void shouldReadAPolishCompilersLabelAndDropARelatedHeadlineEndingInAnAbbreviation() {
        Article a = parse(HEADLINE + "\n\nOpracowanie: Katarzyna Nowak\nPiątek, 5 grudnia 2026 (14:20)\n\n" + BODY
                + "\n\nZobacz również:\nInflacja w listopadzie spadła do 2,8 proc.");
        assertThat(a.getAuthors()).containsExactly("Katarzyna Nowak");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Opracowanie", "Inflacja");
    }

    @Test
    void shouldDropMoreByThisAuthor() {
        Article a = parse(HEADLINE + "\n\nBy ALLAN OLINGO\nMore by this Author\nFriday December 05 2026\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Allan Olingo");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("More by this");
    }
}
