package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-fifth held-out round (x2463-x2468), the press of Angola, Cape Verde, Mozambique and
 * São Tomé in Portuguese: a shouted one-word masthead over its home trail in a block with the stamp ("EXPANSÃO" / "Início >
 * Mercados", read as a town beside the date), a subscribers' badge ("Assinantes"), the newsroom signing with European
 * Portuguese's spelling ("Escrito por Redacção"), Cape Verde's agency and its end mark ("Inforpress/Fim"), a comments'
 * count in Portuguese ("0 Comentários") and a tag line ("Leia mais sobre: ...").
 */
class LusophoneAfricanPressShapesTest {
    private static final String STORY = "A Sonangol prevê uma produção média de 1,1 milhões de barris de petróleo por dia em 2027.\n\n"
            + "O plano prevê investimentos de 4 mil milhões USD em novos blocos.\n\n";

    @Test
    void shouldReadAShoutedMastheadOverItsHomeTrailBesideTheStamp() {
        Article a = parse("EXPANSÃO\nInício > Mercados\nMercados\nSonangol prevê produzir 1,1 milhões de barris por dia em 2027\n"
                + "A petrolífera estatal apresentou o plano de negócios para o próximo ano\nSegunda-feira, 7 de Dezembro de 2026\nAssinantes\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("Expansão");
        assertThat(a.getSection()).isEqualTo("Mercados");
        assertThat(allText(a)).doesNotContain("Assinantes");
    }

    @Test
    void shouldReadTheNewsroomSigningInEuropeanPortuguese() {
        Article a = parse("Hidrocarbonetos: TotalEnergies retoma obras em Afungi\nPublicado em: 07 de Dezembro de 2026\nEscrito por Redacção\n\n" + STORY);
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getLead()).startsWith("A Sonangol");
    }

    @Test
    void shouldTakeCapeVerdesAgencyAndDropItsEndMark() {
        Article a = parse("Governo e FMI concluem missão de avaliação\n07/12/2026 12:40\n\n" + STORY + "JM/CP\nInforpress/Fim\n");
        assertThat(a.getSource()).isEqualTo("Inforpress");
        assertThat(allText(a)).doesNotContain("Fim", "JM/CP");
    }

    @Test
    void shouldDropACommentsCountAndATagLineInPortuguese() {
        Article a = parse("Preço do cacau sobe e agricultores de São Tomé celebram\nAbel Veiga\n07 de Dezembro de 2026\n0 Comentários\n\n" + STORY
                + "Leia mais sobre: Cabo Delgado, LNG\n");
        assertThat(a.getLead()).startsWith("A Sonangol");
        assertThat(allText(a)).doesNotContain("Comentários", "Leia mais");
    }
}
