package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;

/**
 * Shapes met in the twentieth blind round (2026-11-30): a wire dateline that writes the year, a
 * wire's sign-off of its editors' initials and its end mark, and an editor's note that names the
 * outlet through the writer's column.
 */
class WireSignOffShapesTest {
    private static final String HEADLINE = "Portos portugueses movimentaram mais carga até outubro";
    private static final String BODY = "Os portos comerciais movimentaram 72,4 milhões de toneladas de carga até outubro.\n\n"
            + "O porto de Sines manteve a liderança, seguido de Leixões e Lisboa.";

    @Test
    void shouldTakeTheAgencyWhenTheDatelineWritesTheYear() {
        Article a = parse(HEADLINE + "\n\nLisboa, 05 dez 2024 (Lusa) - " + BODY);
        assertThat(a.getSource()).isEqualTo("Lusa");
        Article efe = parse(HEADLINE + "\n\nMadrid, 7 oct. 2024 (EFE).- " + BODY);
        assertThat(efe.getSource()).isEqualTo("EFE");
    }

    @Test
    void shouldDropTheSignOffWhenAWireClosesWithItsEditorsInitialsAndEndMark() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nJPF // MSF\n\nLusa/Fim");
        assertThat(a.getSource()).isEqualTo("Lusa");
        assertThat(allText(a)).doesNotContain("JPF", "MSF", "Fim").endsWith("Leixões e Lisboa.");
        assertThat(parse(HEADLINE + "\n\n" + BODY + "\n\nAB // CD // EFG").getBody().get(0).getText())
                .doesNotContain("AB //");
    }

    @Test
    void shouldTakeTheOutletWhenTheEditorsNoteNamesTheWritersColumn() {
        Article a = parse("Editor's note: Priya Raman writes the monthly Tideline column for Coastline Review. "
                + "This is an opinion piece.\n\nScotland's ports are being asked to do two things at once, and they cannot.");
        assertThat(a.getSource()).isEqualTo("Coastline Review");
        assertThat(a.getAuthors()).containsExactly("Priya Raman");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.OPINION);
        Article contributor = parse("Editor's note: Jan Smit is a regular contributor to Harbour Weekly.\n\n"
                + "Rotterdam cannot wait for Brussels to decide on shore power, and it should not.");
        assertThat(contributor.getSource()).isEqualTo("Harbour Weekly");
    }
}
