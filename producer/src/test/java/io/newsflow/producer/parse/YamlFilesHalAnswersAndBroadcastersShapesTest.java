package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.outcomes;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.newsflow.avro.Article;
import io.newsflow.avro.RejectionReason;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-eighty-fourth held-out round (x1737-x1742), on other inputs: an article as a YAML
 * file; a newsroom CMS's HAL answer ("reporter", "desk"); a broadcaster's byline with its desk's town ("Da BBC News
 * Brasil em São Paulo"), its notes and pleas; a French regional paper's name in natural case ("Courrier picard").
 */
class YamlFilesHalAnswersAndBroadcastersShapesTest {

    @Test
    void shouldReadAnArticlesYamlFileAsItsFields() {
        Article a = file("title: Old bridge closes to cars\ndate: 2026-12-03T10:00:00Z\nauthor: Greta Lindholm\npublication: Northgate Weekly\n"
                + "category: Community\ntags:\n  - roads\nbody: |\n  " + BODY.replace("\n\n", "\n\n  ") + "\n", "bridge.yml");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getAuthors()).containsExactly("Greta Lindholm");
        assertThat(a.getSource()).isEqualTo("Northgate Weekly");
        assertThat(a.getSection()).isEqualTo("Community");
        assertThat(allText(a)).contains("split the town").doesNotContain("tags:", "roads");
    }

    @Test
    void shouldRejectAYamlFileThatIsNoMapping() {
        List<ParseOutcome> out = outcomes("- one\n- two\n", "list.yaml");
        assertThat(out).hasSize(1).first().isInstanceOf(ParseOutcome.Rejected.class);
        assertThat(((ParseOutcome.Rejected) out.get(0)).rejection().code()).isEqualTo(RejectionReason.MALFORMED);
    }

    @Test
    void shouldReadANewsroomsReporterAndDesk() {
        Article a = file("{\"_embedded\": {\"stories\": [{\"headline\": \"Old bridge closes to cars\", \"bodyText\": \"" + BODY.replace("\n", "\\n")
                + "\", \"reporter\": \"Hugh Marsden\", \"desk\": \"Transport\", \"_links\": {\"self\": {\"href\": \"https://cms.test/api/stories/1\"}}}]}}", "stories.json");
        assertThat(a.getAuthors()).containsExactly("Hugh Marsden");
        assertThat(a.getSection()).isEqualTo("Transport");
    }

    @Test
    void shouldReadABroadcastersWriterOverItsDeskAndDropItsNotesAndPleas() {
        Article a = parse("BBC News Brasil\n\nNotícias | Brasil | Internacional | Economia | Saúde\n\nBrasil\n\nO velho ponte fecha para carros\n\n"
                + "Camilla Veras Mota\nDa BBC News Brasil em São Paulo\n5 dezembro 2026\n\nO conselho votou na terça-feira para fechar a velha ponte aos carros.\n\n"
                + "Os comerciantes temem perder clientes.\n\n- Este texto foi publicado originalmente em https://www.bbc.test/portuguese/articles/c0x8\n\n"
                + "Já assistiu aos nossos novos vídeos no YouTube? Inscreva-se no nosso canal!\n");
        assertThat(a.getTitle()).isEqualTo("O velho ponte fecha para carros");
        assertThat(a.getAuthors()).containsExactly("Camilla Veras Mota");
        assertThat(allText(a)).contains("perder clientes").doesNotContain("Da BBC", "publicado originalmente", "Inscreva-se");
    }

    @Test
    void shouldReadAFrenchRegionalPapersNameAndDropAppAndRecommendationLines() {
        Article a = parse("Courrier picard\n\nAmiens | Abbeville | Beauvais | Compiègne | Sports\n\nLe vieux pont fermé aux voitures\n\nPar Marine Legrand\n"
                + "Le 4 décembre 2026 à 18h42\n\nLe conseil a voté mardi la fermeture du vieux pont aux voitures.\n\nLes commerçants craignent de perdre des clients.\n\n"
                + "Y recuerda que puedes recibir notificaciones en nuestra app. Descarga la última versión y actívalas.\n\nDW empfiehlt\nÖsterreich baut Nachtzugnetz aus\n");
        assertThat(a.getSource()).isEqualTo("Courrier picard");
        assertThat(allText(a)).contains("perdre des clients").doesNotContain("notificaciones", "empfiehlt", "Nachtzugnetz");
    }
}
