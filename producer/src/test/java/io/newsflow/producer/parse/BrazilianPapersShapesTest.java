package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-eighth held-out round (x1881-x1886), Brazilian papers: stamps with "08h15min" and
 * "postado em ... / atualizado em ...", a section under the site's name with a button between, a writer's initials over
 * the name in place of a photo, a type's field ("Tipo Notícia"), "<writer>, especial para a <paper>", an editor's credit
 * and a subscription plea.
 */
class BrazilianPapersShapesTest {

    @Test
    void shouldReadTheTimeAndTheSectionWhenAStampWritesMinutesAndAButtonStandsOverTheSection() {
        Article a = parse("Jornal do Sul\nNotícias  Esportes  Política  Economia  Colunistas\nAssine\nTrânsito\n\n"
                + "Pelotas terá 20 novos ônibus até fevereiro\n\nAna Souza\n06/12/2026 - 10h20min  Atualizada em 06/12/2026 - 11h05min\n\n"
                + "A prefeitura de Pelotas assinou nesta sexta-feira o contrato para a compra de 20 ônibus.\n");
        assertThat(a.getPublishedAt()).hasToString("2026-12-06T10:20:00Z");
        assertThat(a.getSection()).isEqualTo("Trânsito");
        assertThat(a.getSource()).isEqualTo("Jornal do Sul");
    }

    @Test
    void shouldReadAPostedStampWithItsUpdateAfterASlash() {
        Article a = parse("Metrô de Salvador terá nova estação em 2027\n\nPor Ana Souza\npostado em 06/12/2026 07:30 / atualizado em 06/12/2026 08:10\n\n"
                + "A nova estação vai atender 20 mil passageiros por dia.\n");
        assertThat(a.getPublishedAt()).hasToString("2026-12-06T07:30:00Z");
        assertThat(allText(a)).doesNotContain("postado em");
    }

    @Test
    void shouldDropAWritersInitialsOverTheNameAndKeepTheHeadline() {
        Article a = parse("Jornal do Sul\nMenu\nCIDADES\n\nPelotas terá tarifa zero aos domingos a partir de janeiro\n\n"
                + "Medida foi aprovada pela Câmara nesta sexta-feira\n\nAS\nAna Souza\n06/12/2026 06:00\n\n"
                + "A prefeitura de Pelotas vai adotar a tarifa zero aos domingos.\n");
        assertThat(a.getTitle()).isEqualTo("Pelotas terá tarifa zero aos domingos a partir de janeiro");
        assertThat(a.getAuthors()).containsExactly("Ana Souza");
        assertThat(a.getLead()).isEqualTo("Medida foi aprovada pela Câmara nesta sexta-feira");
    }

    @Test
    void shouldReadATypesFieldAndDropASubscriptionPlea() {
        Article a = parse("Natal ganha nova linha de ônibus entre o centro e a praia\n\nAutor Ana Souza\nTipo Notícia\nPublicado em 06/12/2026 às 10:20\n\n"
                + "A prefeitura de Natal anunciou a nova linha nesta sexta-feira.\n\nAssine O DIÁRIO+ e tenha acesso a todo o conteúdo\n");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(allText(a)).contains("nova linha nesta sexta-feira").doesNotContain("Tipo Notícia", "tenha acesso");
    }

    @Test
    void shouldReadTheOutletAWriterFiledForAndDropTheEditorsCredit() {
        Article a = parse("Londrina licita nova linha de ônibus\n\nAna Souza, especial para a Folha de Londrina\n06/12/2026 09:00\n\n"
                + "A prefeitura de Londrina publicou o edital nesta sexta-feira.\n\nConteúdo editado por: Marcio Campos\n");
        assertThat(a.getAuthors()).containsExactly("Ana Souza");
        assertThat(a.getSource()).isEqualTo("Folha de Londrina");
        assertThat(allText(a)).contains("publicou o edital").doesNotContain("editado por", "especial para");
    }
}
