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
 * Shapes met in the forty-eighth held-out round (x325-x330), each on other names: an aggregator's feed item
 * with its own source, a page's shortened JSON-LD type, a dateline's dash before a sentence with an outlet's
 * word in it, credits to another newsroom's files, a blog's default category, and "Keep on reading".
 */
class AggregatorItemsAndDatelineDashesShapesTest {

    @Test
    void shouldReadTheOutletWhenAnAggregatorsItemNamesItsSource() {
        Article a = file("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>\"ports\" - Google News</title><item><title>"
                + HEADLINE + " - Harbour Gazette</title><description>&lt;a href=\"x\"&gt;" + HEADLINE + "&lt;/a&gt;&amp;nbsp;&amp;nbsp;"
                + "&lt;font color=\"#6f6f6f\"&gt;Harbour Gazette&lt;/font&gt;</description><source url=\"https://gazette.example\">"
                + "Harbour Gazette</source></item></channel></rss>", "news.xml");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSource()).isEqualTo("Harbour Gazette");
        assertThat(allText(a)).doesNotContain("Harbour Gazette");
    }

    @Test
    void shouldReadTheArticleWhenThePageShortensItsJsonLdType() {
        Article a = file("<html><head><script type=\"application/ld+json\">{\"@type\": \"ReportageNews\", \"headline\": \"" + HEADLINE
                + "\", \"author\": {\"@type\": \"Person\", \"name\": \"Rana Haddad\"}, \"publisher\": {\"name\": \"Levant Post\"}}"
                + "</script></head><body><h1>" + HEADLINE + "</h1><p>The board met on Monday.</p></body></html>", "page.html");
        assertThat(a.getAuthors()).containsExactly("Rana Haddad");
        assertThat(a.getSource()).isEqualTo("Levant Post");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldKeepTheParagraphWhenADatelinesDashOpensASentenceWithAnOutletsWord() {
        Article a = parse(HEADLINE + "\n\nMOUNT VERNON — The board agreed on Monday to review the plan and publish a daily report.\n\n"
                + BODY);
        assertThat(a.getSource()).isNull();
        assertThat(a.getAuthors()).isEmpty();
        assertThat(allText(a)).contains("The board agreed on Monday to review the plan");
    }

    @Test
    void shouldDropTheCreditWhenAnotherNewsroomsFilesAreAcknowledged() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nWith files from The Canadian Press\n\nAvec des informations de l'AFP");
        assertThat(allText(a)).doesNotContain("With files from").doesNotContain("Avec des informations");
    }

    @Test
    void shouldReadTheNextCategoryWhenABlogsDefaultOneComesFirst() {
        Article a = file("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Valley Post</title><item><title>" + HEADLINE
                + "</title><category>Uncategorized</category><category>Transport</category><description>The board met on Monday."
                + "</description></item></channel></rss>", "feed.xml");
        assertThat(a.getSection()).isEqualTo("Transport");
    }

    @Test
    void shouldDropTheTeaserWhenKeepOnReadingIntroducesIt() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nKeep on reading\nPort fees rise for a third year");
        assertThat(allText(a)).doesNotContain("Keep on reading").doesNotContain("Port fees rise");
    }
}
