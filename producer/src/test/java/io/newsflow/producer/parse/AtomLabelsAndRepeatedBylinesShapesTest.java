package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.ButtonsBetweenMastheadAndTrailShapesTest.parseOne;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the sixty-seventh held-out round (x439-x444), each on other names: an Atom category's human label, the
 * writers the metadata named repeated in a line over an HTML page's text, and a masthead led by an article over a trail
 * of two places.
 */
class AtomLabelsAndRepeatedBylinesShapesTest {

    @Test
    void shouldReadTheCategorysLabelWhenAnAtomEntryGivesOne() {
        String atom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Grid Notes</title>"
                + "<entry><title>" + HEADLINE + "</title><id>tag:x,2025:1</id><updated>2025-12-01T10:00:00Z</updated>"
                + "<category term=\"hydro\" label=\"Hydropower\"/><content type=\"html\">&lt;p&gt;" + BODY.replace("\n\n", " ")
                + "&lt;/p&gt;</content></entry></feed>";
        assertThat(parseOne(atom, "feed.atom").getSection()).isEqualTo("Hydropower");
        String unlabelled = atom.replace(" label=\"Hydropower\"", "");
        assertThat(parseOne(unlabelled, "feed.atom").getSection()).isEqualTo("Hydro");
    }

    @Test
    void shouldLeaveTheLineOutWhenItRepeatsTheWritersTheMetadataNamed() {
        String html = "<html><head><meta name=\"author\" content=\"Amina Yusuf, Tom Okello\"></head><body><article><h1>" + HEADLINE
                + "</h1><p>Amina Yusuf &amp; Tom Okello · 2 Dec 2025</p>" + HTML_BODY
                + "<p>Amina Yusuf met the minister in March.</p></article></body></html>";
        Article a = parseOne(html, "page.html");
        assertThat(a.getAuthors()).containsExactly("Amina Yusuf", "Tom Okello");
        assertThat(allText(a)).doesNotContain("Tom Okello ·").contains("Amina Yusuf met the minister");
    }

    @Test
    void shouldReadTheMastheadAndFirstCrumbWhenAnArticleLedNameStandsOverTwoPlaces() {
        Article a = parse("Il Tirreno\nToscana\nLivorno\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Il Tirreno");
        assertThat(a.getSection()).isEqualTo("Toscana");
    }
}
