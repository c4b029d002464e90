package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-eighty-fourth and eighty-fifth held-out rounds (x2337-x2348), Spanish and Italian
 * trade press: a Spanish role with its qualifier after it ("Editor senior"), an Italian academic's post under the name
 * (read as the headline, the writer lost), a related story under the site's name and a bar ("En Xataka | ..."), Spanish
 * and Italian walls and prompts, an Italian tag list's label, and a yearless stamp with its dash left dangling ("07 DIC -").
 */
class SpanishAndItalianTradePressShapesTest {
    private static final String STORY = "Il regolamento europeo sull'intelligenza artificiale entra nella fase più difficile.\n\n"
            + "Le regole sui sistemi ad alto rischio scatteranno nel 2027.\n\n";

    @Test
    void shouldReadTheWriterOverAnAcademicPostAndASpanishRole() {
        Article a = parse("Il regolamento europeo sull'IA entra nella fase più difficile\nGiovanni Rossi\n"
                + "Professore di Informatica giuridica, Università degli Studi di Milano\n7 dicembre 2026\n\n" + STORY);
        assertThat(a.getTitle()).isEqualTo("Il regolamento europeo sull'IA entra nella fase più difficile");
        assertThat(a.getAuthors()).containsExactly("Giovanni Rossi");
        Article b = parse("España quiere su primer centro de datos público\n7 Diciembre 2026\nJavier Roe\nEditor senior\n\n"
                + "El Gobierno quiere poner en marcha en 2028 el primer centro de datos público.\n\nEstará en Aragón.\n");
        assertThat(allText(b)).doesNotContain("Editor senior");
    }

    @Test
    void shouldDropSpanishAndItalianWallsPromptsAndPointers() {
        Article a = parse("Fibra, il piano per le aree bianche arriva al 90%\ndi Jane Roe\n7 Dicembre 2026\n\n" + STORY
                + "Per continuare a leggere abbonati a ItaliaOggi\n\nPara seguir leyendo este contenido, suscríbete\n\n"
                + "Si te ha gustado este artículo, suscríbete a nuestra newsletter\n\n"
                + "Sigue toda la información de Cinco Días en Facebook, X y Linkedin, o en nuestra newsletter\n\n"
                + "En Xataka | Los centros de datos ya consumen más electricidad que algunos países\n\n"
                + "Argomenti trattati\nIntelligenza artificiale  Regolamento\n");
        assertThat(allText(a)).contains("alto rischio")
                .doesNotContain("continuare", "seguir leyendo", "gustado", "Sigue", "En Xataka", "Argomenti");
    }

    @Test
    void shouldDropAYearlessStampWithItsDashLeftDangling() {
        Article a = parse("Liste d'attesa, tempi oltre i limiti\n07 DIC -\n\n" + STORY);
        assertThat(a.getPublishedAt()).isNull();
        assertThat(allText(a)).doesNotContain("07 DIC");
    }
}
