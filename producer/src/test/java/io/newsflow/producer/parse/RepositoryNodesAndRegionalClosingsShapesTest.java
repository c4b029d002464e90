package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-forty-eighth held-out round (x1521-x1526), on other inputs: a content repository's
 * node (Jahia's JCR REST API); Rioplatense "Escribe" as a byline's label after the date; a lower-case logo with its
 * article over a menu bar; a section label that repeats an item of the menu bar above it, in sentence case; a brand in
 * lower camel case and its byline; the site's news root in another language as news; closings of Caixin, la diaria,
 * detik and Tuổi Trẻ.
 */
class RepositoryNodesAndRegionalClosingsShapesTest {

    @Test
    void shouldReadAJcrNodesPropertiesAsItsFields() {
        Article a = file("{\"name\": \"old-bridge\", \"type\": \"jnt:news\", \"properties\": {\"jcr:title\": {\"name\": \"jcr:title\", "
                + "\"type\": \"String\", \"value\": \"Old bridge closes to cars\"}, \"desc\": {\"name\": \"desc\", \"type\": \"String\", "
                + "\"value\": \"<p>The old bridge over the river closed to cars on Saturday after engineers found cracks in two of its "
                + "piers.</p><p>Buses will use the ring road until the repairs are done in the spring, the council said.</p>\"}, "
                + "\"date\": {\"name\": \"date\", \"type\": \"Date\", \"value\": \"2026-12-05T09:30:00.000+01:00\"}, \"jcr:createdBy\": "
                + "{\"name\": \"jcr:createdBy\", \"type\": \"String\", \"value\": \"editor.jbauer\"}}}", "node.json");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T08:30:00Z");
        assertThat(a.getAuthors()).isEmpty();
    }

    @Test
    void shouldReadALowerCaseLogoEscribeAndAClosingReadersBox() {
        Article a = parse("la voz\n\nPolítica | Economía | Sociedad | Cultura | Deportes\n\nOld bridge closes to cars\n\n"
                + "5 de diciembre de 2026 · Escribe Ana Ruiz · 3 minutos de lectura\n\n" + BODY + "\n\nTemas en este artículo\nPuentes\n\n"
                + "¿Tenés algún aporte para hacer?\nValoramos cada aporte, pero no siempre podemos responder a todos.\nEscribinos\n");
        assertThat(a.getSource()).isEqualTo("la voz");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T00:00:00Z");
        assertThat(allText(a)).doesNotContain("Temas", "aporte", "Escribinos");
    }

    @Test
    void shouldTakeASentenceCaseLabelRepeatingAnItemOfTheMenuBarForTheSection() {
        Article a = parse("Harbour Post\n\nTin tức | Kinh doanh | Thể thao | Du lịch\n\nKinh doanh\n\nOld bridge closes to cars\n\n"
                + "05/12/2026 10:15 GMT+7\n\n" + BODY + "\n\nANA RUIZ\n\nBình luận (0)\n");
        assertThat(a.getSection()).isEqualTo("Kinh doanh");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(allText(a)).doesNotContain("Bình luận");
    }

    @Test
    void shouldReadALowerCamelCaseBrandItsNewsRootAndItsClosings() {
        Article a = parse("kabarNews\n\nBerita | Daerah | Internasional | Hukum | Politik\n\nkabarNews › Berita\n\nOld bridge closes to cars\n\n"
                + "Ana Ruiz - kabarNews\nSabtu, 05 Des 2026 11:20 WIB\n\n" + BODY + "\n\n(knv/knv)\n\nBaca artikel kabarnews, \"Old bridge "
                + "closes to cars\" selengkapnya\n\nBerita Terkait\nFerry timetable changes for the holidays\n");
        assertThat(a.getSource()).isEqualTo("kabarNews");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(allText(a)).doesNotContain("knv", "Baca artikel", "Ferry timetable");
    }

    @Test
    void shouldDropAReportersContactLineAndAnAppsPlea() {
        Article a = parse("Old bridge closes to cars\n\nBy Ana Ruiz\nDec 05, 2026 04:21 PM\n\n" + BODY + "\n\nContact reporter Ana Ruiz "
                + "(anaruiz@example.com) and editor Tom Lee (tomlee@example.com)\n\nDownload our app to receive breaking news alerts and read"
                + " the news on the go.\n");
        assertThat(allText(a)).doesNotContain("Contact reporter", "Download our app");
    }
}
