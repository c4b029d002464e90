package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-eighty-ninth held-out round (x1767-x1772), on other inputs: a writer "da CNN" (from
 * the outlet, after a comma) under a standfirst, which read as a headline over a lead before; a town after "do" stays a
 * town; a local paper's newsletter sign-up closing the text.
 */
class WritersFromOutletsAndNewsletterSignUpsShapesTest {

    private static final String TEXT = "A câmara municipal votou na terça-feira para fechar a velha ponte aos carros a partir da primavera.\n\n"
            + "Os comerciantes temem perder clientes enquanto a ponte estiver fechada.\n";

    @Test
    void shouldReadAWriterFromTheOutletAfterACommaUnderAStandfirst() {
        Article a = parse("CNN Brasil\nAo vivo | Política | Economia | Internacional | Esportes\n\nEconomia\n\nVelha ponte será fechada para carros\n\n"
                + "Obras devem durar dois anos e começam na primavera\n\nJuliana Elias, da CNN\n06/12/2026 às 09:15 | Atualizado 06/12/2026 às 10:02\n\n"
                + TEXT);
        assertThat(a.getTitle()).isEqualTo("Velha ponte será fechada para carros");
        assertThat(a.getAuthors()).containsExactly("Juliana Elias");
        assertThat(a.getSource()).isEqualTo("CNN Brasil");
        assertThat(a.getSection()).isEqualTo("Economia");
        assertThat(allText(a)).contains("perder clientes").doesNotContain("da CNN");
    }

    @Test
    void shouldNotTakeATownAfterDoForAnOutlet() {
        Article a = parse("Gazeta do Vale\n\nVelha ponte será fechada para carros\n\nJuliana Elias, do Recife\n06/12/2026 às 09:15\n\n" + TEXT);
        assertThat(a.getSource()).isEqualTo("Gazeta do Vale");
    }

    @Test
    void shouldDropALocalPapersNewsletterSignUp() {
        Article a = parse("The Valley Post\n\nOld bridge to close to cars\n\nBy Conrad Swanson\nDecember 5, 2026\n\n"
                + "The council voted on Tuesday to close the old bridge to cars from the spring.\n\n"
                + "Shopkeepers fear they will lose customers while the bridge is shut.\n\n"
                + "Get more Colorado news by signing up for our daily Your Morning Dozen email newsletter.\n");
        assertThat(allText(a)).contains("lose customers").doesNotContain("Morning Dozen");
    }
}
