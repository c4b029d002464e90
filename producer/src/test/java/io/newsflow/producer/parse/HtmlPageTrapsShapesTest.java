package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-twenty-ninth held-out round (x2605-x2610), HTML pages of CMSs no round had held: a
 * Next.js page with CSS modules' hashed class names, a WordPress news theme, an AMP page, a German regional paper, a
 * French one's microdata, an old table layout with font tags. The field missed was the old CMS's row of a view count
 * and mail buttons under the text; no field showed a German paper's standfirst, named its "teaser", lost whole.
 */
class HtmlPageTrapsShapesTest {
    private static final String TEXT = "<p>Die neue Radbrücke über die Ems in Warendorf ist am Samstag für den Verkehr freigegeben worden, "
            + "nach zwei Jahren Bauzeit und einem langen Streit um die Kosten.</p><p>Die Brücke ist 80 Meter lang und hat 4,2 Millionen "
            + "Euro gekostet, zwei Drittel davon hat das Land bezahlt.</p><p>Eine Radfahrerin sagte bei der Eröffnung, sie müsse nun nicht "
            + "mehr über die Hauptstraße fahren.</p>";

    private static Article page(String underHeadline) {
        return file("<html><head><title>Neue Radbrücke über die Ems eröffnet | Westfalen-Kurier</title></head><body><article>"
                + "<header><h1>Neue Radbrücke über die Ems eröffnet</h1>" + underHeadline + "<div>Von Anna Schmidt</div></header>"
                + "<div class=\"article__body\">" + TEXT + "</div></article></body></html>", "page.html");
    }

    @Test
    void shouldKeepATeaserRightUnderTheHeadlineAsTheStandfirstWhenItLinksNowhere() {
        Article a = page("<p class=\"article__teaser\">Radfahrer können die Ems nun auf einer eigenen Brücke queren.</p>");
        assertThat(a.getLead()).isEqualTo("Radfahrer können die Ems nun auf einer eigenen Brücke queren.");
        assertThat(allText(a)).contains("Die Brücke ist 80 Meter lang");
    }

    @Test
    void shouldTakeACssModulesDekAsTheStandfirstWhenItStandsBesideTheHeadline() {
        Article a = page("<p class=\"Dek_dek__QwE3r\">Radfahrer können die Ems nun auf einer eigenen Brücke queren.</p>");
        assertThat(a.getLead()).isEqualTo("Radfahrer können die Ems nun auf einer eigenen Brücke queren.");
        assertThat(a.getBody().get(0).getText()).startsWith("Die neue Radbrücke");
    }

    @Test
    void shouldDropAnOldCmsRowOfAViewCountAndMailButtonsUnderTheText() {
        for (String row : new String[] {"Visitas: 1.245 | Imprimir | Enviar a un amigo", "Views: 1,245 | Print | Email a friend",
            "Aufrufe: 312 | Drucken | Versenden"}) {
            Article a = parse("Tarija inaugura planta de tratamiento de aguas\nPor María González\n5 de diciembre de 2026\n\n"
                    + "La Gobernación de Tarija inauguró este viernes una planta de tratamiento de aguas residuales.\n\n"
                    + "La obra costó 35 millones de bolivianos y beneficiará a 60.000 vecinos.\n\n" + row + "\n");
            assertThat(allText(a)).as(row).contains("60.000 vecinos").doesNotContain("1.245", "1,245", "312", "Enviar", "Email", "Versenden");
        }
    }

    @Test
    void shouldKeepARowOfNumbersAloneWhenNoButtonStandsAmongThem() {
        Article a = parse("Results of the count\nBy Ana Reyes\n5 December 2026\n\nThe two wards reported their counts on Friday.\n\n12 | 14\n\n"
                + "The council will certify the result next week.\n");
        assertThat(allText(a)).contains("12 | 14");
    }
}
