package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-thirty-fifth held-out round (x2641-x2646), HTML pages of metadata traps: an update
 * over the original publication, Yoast's graph naming the writer by reference, a JSON-LD array with an organisation
 * among the authors, an embedded tweet, a gallery's captions, a relative time over its datetime. Missed: the tweet's
 * photo link left in the text, and a Nynorsk trail's home crumb read as the section.
 */
class HtmlEmbedsAndNynorskTrailsShapesTest {

    @Test
    void shouldDropAnEmbeddedPostsPhotoLinkRunIntoItsText() {
        Article html = file("<html><head><title>Bacalar cierra la laguna</title></head><body><article><h1>Bacalar cierra la laguna a "
                + "embarcaciones de motor</h1><div class=\"nota\"><p>El gobierno municipal de Bacalar prohibió este sábado la navegación de "
                + "embarcaciones de motor en la laguna.</p><blockquote class=\"twitter-tweet\"><p>Se suspende la navegación con motor en la "
                + "Laguna de Bacalar hasta nuevo aviso. pic.twitter.com/Xb12Lm9QzA</p>&mdash; Protección Civil (@PC_QRoo) <a href=\"#\">"
                + "December 5, 2026</a></blockquote><p>La medida se revisará cuando regresen las lluvias.</p></div></article></body></html>", "t.html");
        assertThat(allText(html)).contains("hasta nuevo aviso.").doesNotContain("pic.twitter.com");
        Article text = parse("Bacalar cierra la laguna a embarcaciones de motor\n\nEl gobierno municipal de Bacalar prohibió este sábado la "
                + "navegación.\n\nSe suspende la navegación con motor hasta nuevo aviso. pic.x.com/Xb12Lm9QzA\n\nLa medida se revisará en mayo.\n");
        assertThat(allText(text)).contains("hasta nuevo aviso.").doesNotContain("pic.x.com");
    }

    @Test
    void shouldTakeANynorskTrailsHomeAndNewsCrumbsAsItsRoots() {
        Article a = file("<html lang=\"nn\"><head><title>Ny bru over Sogndalsfjorden – Fjordingen Avis</title></head><body>"
                + "<nav class=\"breadcrumb\"><a href=\"/\">Forsida</a> › <a href=\"/nyheiter\">Nyheiter</a> › <a href=\"/nyheiter/sogndal\">Sogndal</a>"
                + "</nav><article><h1>Ny bru over Sogndalsfjorden skal stå klar i 2029</h1><div class=\"brodtekst\"><p>Statens vegvesen har lyst "
                + "ut kontrakten for den nye brua over Sogndalsfjorden, og arbeidet skal starte til sommaren.</p><p>Brua blir 420 meter lang "
                + "og erstattar ferjesambandet mellom Sogndal og Kaupanger.</p></div></article></body></html>", "nn.html");
        assertThat(a.getSection()).isEqualTo("Sogndal");
        assertThat(a.getArticleType()).hasToString("NEWS");
    }
}
