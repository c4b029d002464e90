package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-forty-sixth held-out round (x1509-x1514), on other inputs: the site's name with its
 * tagline after a bar as the page's first line, over a menu bar whose last item is a language switch in a script with
 * vowel signs; Faroese and Icelandic "Most read" lists; a breadcrumb marked only by schema.org's microdata (tagDiv's
 * themes).
 */
class TaglinedMastheadsAndCrumbMicrodataShapesTest {

    @Test
    void shouldTakeTheNameBeforeATaglineOverAMenuBarForTheSite() {
        Article a = parse("Harbour Star | Island news, sports, business and tourism\n\nNews | Business | Sports | World | ދިވެހި\n\n"
                + "Old bridge closes to cars\n\nAna Ruiz\n05 December 2026, 15:42\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Harbour Star");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(allText(a)).doesNotContain("ދިވެހި", "tourism");
    }

    @Test
    void shouldDropAFaroeseOrIcelandicMostReadList() {
        for (String label : new String[] {"Mest lisið", "Mest lesið"}) {
            Article a = parse("Old bridge closes to cars\n\nAna Ruiz\n05.12.2026 kl. 10:14\n\n" + BODY + "\n\n" + label
                    + "\nFerry timetable changes for the holidays\nCouncil approves winter parking rules\n");
            assertThat(allText(a)).doesNotContain(label, "Ferry timetable");
        }
    }

    @Test
    void shouldReadABreadcrumbMarkedOnlyByMicrodata() {
        Article a = file("<html><head><title>Old bridge closes to cars - Valley Post</title></head><body><div itemprop=\"breadcrumb\">"
                + "<span><a href=\"/\">Home</a></span> <i class=\"sep\"></i> <span><a href=\"/business/\">Business</a></span> <i></i>"
                + " <span>Old bridge closes to cars</span></div><article><h1>Old bridge closes to cars</h1>" + HTML_BODY
                + "</article></body></html>", "post.html");
        assertThat(a.getSection()).isEqualTo("Business");
    }
}
