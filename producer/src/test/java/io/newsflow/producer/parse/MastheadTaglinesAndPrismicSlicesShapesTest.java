package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;

/**
 * Shapes met in the hundred-and-thirty-seventh held-out round (x859-x864), on other pages: a site's name with what it
 * says it is beside it ("The New Times | Rwanda's Leading Daily") or under it ("Ukrinform" / "Ukrainian National News
 * Agency") over its menu, a news agency's terms of reuse closing the story, and a Prismic document (its title and body
 * as rich text, the body in slices, the author a linked document, the date beside the fields).
 */
class MastheadTaglinesAndPrismicSlicesShapesTest {

    private static final String MENU = "\nNews\nBusiness\nSports\nOpinions\nLifestyle\nAfrica\n\n";

    @Test
    void shouldReadTheMenuAsFurnitureWhenTheSiteNameHasATaglineBesideItsBar() {
        Article a = parse("The Harare Chronicle | Zimbabwe's Leading Daily" + MENU + "BUSINESS\n\n" + HEADLINE
                + "\n\nBy Tendai Moyo\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("The Harare Chronicle");
        assertThat(a.getSection()).isEqualTo("Business");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.UNKNOWN); // not the menu's "News"
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
    }

    @Test
    void shouldReadTheMenuAsFurnitureWhenTheSiteNameHasWhatItIsUnderIt() {
        Article a = parse("Baltinform\nLatvian National News Agency\nPolitics\nEconomy\nSociety\nRegions\nRiga\n\nEconomy\n"
                + "05.12.2026 11:47\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Baltinform");
        assertThat(a.getSection()).isEqualTo("Economy");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(allText(a)).doesNotContain("National News Agency");
    }

    @Test
    void shouldDropANewsAgencysTermsOfReuseWhenTheyCloseTheStory() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nWhen quoting any materials of this site, a hyperlink to"
                + " \"baltinform.lv\" not lower than the first paragraph is mandatory.\n\nПри цитуванні матеріалів гіперпосилання"
                + " на сайт не нижче першого абзацу обов'язкове.");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("When quoting", "При цитуванні");
    }

    @Test
    void shouldReadAPrismicDocumentWhenItsTitleAndBodyAreRichText() {
        Article a = file("{\"id\":\"Zx1\",\"type\":\"article\",\"first_publication_date\":\"2026-12-05T06:15:00+0000\","
                + "\"data\":{\"title\":[{\"type\":\"heading1\",\"text\":\"" + HEADLINE + "\",\"spans\":[]}],"
                + "\"author\":{\"id\":\"Zw9\",\"type\":\"author\",\"slug\":\"ana-vidal\",\"lang\":\"en-gb\",\"link_type\":\"Document\","
                + "\"isBroken\":false,\"data\":{\"name\":\"Ana Vidal\"}},\"section\":\"Transport\",\"body\":["
                + "{\"slice_type\":\"text\",\"primary\":{\"text\":[{\"type\":\"paragraph\",\"text\":\"The council voted on Tuesday"
                + " to close the old bridge to cars.\",\"spans\":[]},{\"type\":\"list-item\",\"text\":\"Buses keep their lane.\",\"spans\":[]}]}},"
                + "{\"slice_type\":\"image\",\"primary\":{\"image\":{\"url\":\"a.jpg\",\"alt\":\"the bridge\"}}},"
                + "{\"slice_type\":\"text\",\"primary\":{\"text\":[{\"type\":\"heading2\",\"text\":\"What next\",\"spans\":[]},"
                + "{\"type\":\"paragraph\",\"text\":\"Cyclists welcomed it.\",\"spans\":[]}]}}]}}", "doc.json");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Ana Vidal");
        assertThat(a.getSection()).isEqualTo("Transport");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T06:15:00Z"));
        assertThat(allText(a)).contains("close the old bridge", "Buses keep their lane.", "What next", "Cyclists welcomed it.")
                .doesNotContain("a.jpg", "slice_type");
    }
}
