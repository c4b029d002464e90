package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;

/**
 * Shapes met in the hundred-and-forty-eighth held-out round (x925-x930), on other pages: WPGraphQL's edges ({@code
 * "author": {"node": {...}}}, {@code "categories": {"nodes": [...]}}), a logo's word over the site's full name ending
 * with it ("Newsday" / "Trinidad and Tobago Newsday") over its menu, a comment box's title quoting the headline under the
 * text, and Hungarian and Slovak related and share labels.
 */
class GraphEdgesAndFullerMastheadsShapesTest {

    @Test
    void shouldReadWpGraphQlsEdgesForTheWriterAndTheSection() {
        Article a = file("{\"data\":{\"post\":{\"title\":\"" + HEADLINE + "\",\"date\":\"2026-12-05T06:40:00\",\"content\":\"<p>"
                + BODY.replace("\n\n", "</p><p>") + "</p>\",\"author\":{\"node\":{\"name\":\"Daniel Ortega\",\"slug\":\"dortega\"}},"
                + "\"categories\":{\"nodes\":[{\"name\":\"City Life\",\"slug\":\"city-life\"}]}}}}", "post.json");
        assertThat(a.getAuthors()).containsExactly("Daniel Ortega");
        assertThat(a.getSection()).isEqualTo("City Life");
    }

    @Test
    void shouldReadTheFullNameUnderTheLogoAsTheMastheadOverTheMenu() {
        Article a = parse("Newsday\nTrinidad and Tobago Newsday\nNews\nBusiness\nSport\nOpinion\nFeatures\n\nBusiness\n\n" + HEADLINE
                + "\n\nPaula Lindo\nFriday, December 5, 2026\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Trinidad and Tobago Newsday");
        assertThat(a.getSection()).isEqualTo("Business");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.UNKNOWN); // not the menu's "News"
    }

    @Test
    void shouldDropACommentBoxsTitleWhenItQuotesTheHeadlineUnderTheText() {
        Article a = parse(HEADLINE + "\n\nPaula Lindo\nFriday, December 5, 2026\n\n" + BODY + "\n\nComments\n\n\"" + HEADLINE + "\"");
        assertThat(a.getBody()).noneMatch(b -> b.getText().contains(HEADLINE));
        assertThat(allText(a)).contains("cyclists welcomed it");
    }

    @Test
    void shouldDropHungarianAndSlovakRelatedAndShareLabels() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nZdieľať na Facebooku\n\nSúvisiace články\nBratislava zdražuje cestovné\n\n"
                + "Címlapról ajánljuk\nDrágul a BKV-bérlet januártól");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Zdieľať", "Bratislava", "Drágul");
    }
}
