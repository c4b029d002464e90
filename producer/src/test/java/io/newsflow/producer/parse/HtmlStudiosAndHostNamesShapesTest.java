package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-thirty-sixth held-out round (x2647-x2652), HTML pages of a CMS's defaults and
 * credits: "admin" as the writer, a JSON-LD date of zeros, a second article's JSON-LD, sponsored content by a brand's
 * studio, a host name as the site's name, a staff reporter. Missed: "By Brand Studio" read as a writer, and
 * "www.kentishstar.example" kept as the site's name beside the "Kentish Star" the page links home.
 */
class HtmlStudiosAndHostNamesShapesTest {
    private static final String TEXT = "<div class=\"article-body\"><p>Margate's Cliftonville lido will reopen as a tidal pool in the "
            + "summer of 2028, Thanet District Council has confirmed.</p><p>The council has secured £6 million from the government's "
            + "coastal fund for the work.</p></div>";

    private static Article page(String siteName, String home, String byline) {
        return file("<html><head><title>Margate lido to reopen after 40 years</title><meta property=\"og:site_name\" content=\"" + siteName
                + "\"></head><body><header><a class=\"logo\" href=\"/\">" + home + "</a></header><article><h1>Margate lido to reopen after "
                + "40 years</h1><p class=\"byline\">" + byline + "</p>" + TEXT + "</article></body></html>", "p.html");
    }

    @Test
    void shouldNameNoWriterWhenABrandsStudioSignsThePiece() {
        for (String studio : new String[] {"By Brand Studio", "By Globe Content Studios"}) {
            assertThat(page("Kentish Star", "Kentish Star", studio).getAuthors()).as(studio).isEmpty();
        }
    }

    @Test
    void shouldTakeTheNameThePageLinksHomeWhenTheMetadataGivesOnlyTheHostName() {
        assertThat(page("www.kentishstar.example", "Kentish Star", "By Holly Brett").getSource()).isEqualTo("Kentish Star");
    }

    @Test
    void shouldKeepABrandWrittenAsADomainAsWritten() {
        assertThat(page("MDR.DE", "MDR", "By Holly Brett").getSource()).isEqualTo("MDR.DE");
    }
}
