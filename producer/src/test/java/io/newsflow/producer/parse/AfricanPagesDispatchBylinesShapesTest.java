package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-fourth held-out round (x1857-x1862), African papers: a Nigerian dispatch's byline,
 * the writer and the town ("From Sunday Ojo, Lagos", a day's name as the given name); a French comment button ("Poster un
 * commentaire").
 */
class AfricanPagesDispatchBylinesShapesTest {

    private static final String TEXT = "The state government says the new bridge will open to traffic in March.\n\n"
            + "The bridge is 1.2 kilometres long.\n";

    @Test
    void shouldTakeTheWriterFromADispatchBylineEvenWhenTheGivenNameIsADay() {
        Article a = parse("New bridge to open in Abeokuta in March\n\n6th December 2026\n\nFrom Monday Adebayo, Abeokuta\n\n" + TEXT);
        assertThat(a.getAuthors()).containsExactly("Monday Adebayo");
        assertThat(allText(a)).contains("1.2 kilometres").doesNotContain("From Monday");
        Article plain = parse("New bridge to open in Abeokuta in March\n\n6th December 2026\n\nFrom Laide Raheem, Abeokuta\n\n" + TEXT);
        assertThat(plain.getAuthors()).containsExactly("Laide Raheem");
    }

    @Test
    void shouldDropAFrenchCommentButton() {
        Article a = parse("Le nouveau pont ouvrira en mars\n\n6 décembre 2026 | 10h30\n\nLe ministère a annoncé que le pont ouvrira en mars.\n\n"
                + "Le pont mesure 1,2 kilomètre.\n\nPoster un commentaire\n");
        assertThat(allText(a)).contains("1,2 kilomètre").doesNotContain("Poster un commentaire");
    }
}
