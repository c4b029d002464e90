package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import io.newsflow.avro.BlockKind;

/**
 * Shapes met in the forty-fourth held-out round (x301-x306), each on other names: Sanity's Portable
 * Text and a list of categories, a feed's title closed by a tagline that names the site again, an
 * item's categories opened by a news root, and read-also labels and a list widget in more languages.
 */
class PortableTextAndFeedTaglinesShapesTest {

    @Test
    void shouldReadTheBlocksAndTheFirstCategoryWhenAJsonArticleIsPortableText() {
        Article a = file("{\"_type\": \"post\", \"title\": \"" + HEADLINE + "\", \"publishedAt\": \"2025-12-01T05:00:00Z\","
                + " \"categories\": [{\"_type\": \"category\", \"title\": \"Energy\"}], \"body\": ["
                + "{\"_type\": \"block\", \"style\": \"normal\", \"children\": [{\"_type\": \"span\", \"text\": \"The board met \"},"
                + " {\"_type\": \"span\", \"marks\": [\"strong\"], \"text\": \"on Monday\"}, {\"_type\": \"span\", \"text\": \" & voted.\"}]},"
                + "{\"_type\": \"block\", \"style\": \"h3\", \"children\": [{\"_type\": \"span\", \"text\": \"What comes next\"}]},"
                + "{\"_type\": \"image\", \"caption\": \"A turbine. Photo: Port board\"},"
                + "{\"_type\": \"block\", \"style\": \"normal\", \"children\": [{\"_type\": \"span\", \"text\": \"Work starts in March.\"}]}]}",
                "post.json");
        assertThat(a.getBody()).extracting(b -> b.getText())
                .containsExactly("The board met on Monday & voted.", "What comes next", "Work starts in March.");
        assertThat(a.getBody().get(1).getKind()).isEqualTo(BlockKind.HEADING);
        assertThat(a.getSection()).isEqualTo("Energy");
        assertThat(allText(a)).doesNotContain("Photo");
        // a content system's category ids are no section
        assertThat(file("{\"title\": \"" + HEADLINE + "\", \"content\": \"The board met.\", \"categories\": [4]}", "wp.json")
                .getSection()).isNull();
    }

    @Test
    void shouldReadTheSiteAndTheSectionWhenTheFeedsTitleAndCategoriesAddWords() {
        assertThat(FeedTitles.outlet("Harbour Gazette – Breaking news and analysis from Harbour Gazette", List.of(), List.of()))
                .isEqualTo("Harbour Gazette");
        Article a = file("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour Gazette</title><item><title>"
                + HEADLINE + "</title><category>News</category><category>Ports</category><description>&lt;p&gt;The board met."
                + "&lt;/p&gt;&lt;p&gt;Keep reading&lt;/p&gt;&lt;p&gt;list of 3 items&lt;/p&gt;&lt;p&gt;Work starts in March.&lt;/p&gt;"
                + "</description></item></channel></rss>", "feed.xml");
        assertThat(a.getSection()).isEqualTo("Ports");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(allText(a)).doesNotContain("Keep reading").doesNotContain("list of 3 items");
    }

    @Test
    void shouldDropTheTeaserWhenAReadAlsoLabelIntroducesItInSpanishOrDanish() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nLæs også\nHavnen får ny kran\n\nLea también: Nuevas rutas en el puerto\n\n"
                + "The work ends in May.");
        assertThat(allText(a)).doesNotContain("Læs også").doesNotContain("Havnen får").doesNotContain("Nuevas rutas")
                .contains("The work ends in May.");
    }
}
