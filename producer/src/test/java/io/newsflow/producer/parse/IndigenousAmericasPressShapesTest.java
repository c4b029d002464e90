package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-nineteenth held-out round (x2547-x2552), the Americas' own languages: Quechua,
 * Guarani, Nahuatl, K'iche', Aymara and Mapudungun, on pages whose furniture is often Spanish. Five byline labels,
 * Guarani's months, three news roots, share buttons, and a site's name over its tagline whether a menu or a trail
 * closes their block.
 */
class IndigenousAmericasPressShapesTest {
    private static final String STORY = "Llaqtapi musuq hampina wasi kichakun martes p'unchawpi.\n\nHampina wasipiqa 40 hampiqkuna llamkanqaku.\n\n";

    @Test
    void shouldReadTheAmericasBylineLabels() {
        for (String byline : new String[] {"Qillqaq: Wilfredo Ccori", "Qillqiri: Wilfredo Ccori", "Ohai: Wilfredo Ccori",
            "Tlahcuilo: Wilfredo Ccori", "Xtz'ib'an: Wilfredo Ccori", "Xtz’ib’an: Wilfredo Ccori"}) {
            Article a = parse("Llaqtapi musuq hampina wasi kichakun\n" + byline + "\n8 de diciembre de 2026\n\n" + STORY);
            assertThat(a.getAuthors()).as(byline).containsExactly("Wilfredo Ccori");
            assertThat(allText(a)).as(byline).doesNotContain(byline.substring(0, 4));
        }
    }

    @Test
    void shouldReadGuaranisMonths() {
        assertThat(parse("Asunción-pe ojepe'a tasyo pyahu\nArapo, 11 jasypakõi 2026\n\n" + STORY).getPublishedAt())
                .isEqualTo(Instant.parse("2026-12-11T00:00:00Z"));
        assertThat(parse("Asunción-pe ojepe'a tasyo pyahu\n3 jasyrundy 2026\n\n" + STORY).getPublishedAt())
                .isEqualTo(Instant.parse("2026-04-03T00:00:00Z"));
    }

    @Test
    void shouldReadQuechuaAndAymaraNewsRootsOverTheSection() {
        for (String root : new String[] {"Willakuykuna", "Yatiyawinaka"}) {
            Article a = parse("Wayka\n\n" + root + " > Hampiy\n\nLlaqtapi musuq hampina wasi kichakun\n\n" + STORY);
            assertThat(a.getSection()).as(root).isEqualTo("Hampiy");
            assertThat(a.getArticleType()).as(root).isEqualTo(ArticleType.NEWS);
        }
    }

    @Test
    void shouldDropShareButtonsInQuechuaAymaraAndKiche() {
        for (String button : new String[] {"Willakuyta rakinakuy", "Yatiyawi jaqukipaña", "Chaya' pa WhatsApp"}) {
            assertThat(allText(parse("Llaqtapi musuq hampina wasi kichakun\n\n" + STORY + button + "\n"))).as(button).doesNotContain(button);
        }
    }

    @Test
    void shouldKeepTheSiteNameOverAnAgencysDescription() {
        Article a = parse("Andina\nAgencia Peruana de Noticias\nInicio  Política  Economía  Regionales\n\n"
                + "Llaqtapi musuq hampina wasi kichakun\nQillqaq: Wilfredo Ccori\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("Andina");
        assertThat(allText(a)).doesNotContain("Agencia Peruana");
    }

    @Test
    void shouldKeepTheSiteNameOverItsTaglineWhenATrailClosesTheirBlock() {
        Article a = parse("Mapuexpress\nPeriodismo mapuche\nInicio / Az Mapu\nTemuko mew wefi ti we ruka lawentuwe\n"
                + "Por Ayelén Painemal\n\nTemuko mew wefi ti we ruka lawentuwe ti martes antü.\n\nFey mew 20 lawentuchefe küdawaygün.\n");
        assertThat(a.getSource()).isEqualTo("Mapuexpress");
        assertThat(a.getSection()).isEqualTo("Az Mapu");
    }

    @Test
    void shouldReadATrailFromHomeAsNoBylineWhenItsSectionHasANamesShape() {
        for (String trail : new String[] {"Home / Sara Mapu", "Inicio / Az Mapu", "Home / Opinion / Sara Mapu"}) {
            Article a = parse(trail + "\nLlaqtapi musuq hampina wasi kichakun\nPor Ayelén Painemal\n\n" + STORY);
            assertThat(a.getAuthors()).as(trail).containsExactly("Ayelén Painemal");
        }
    }
}
