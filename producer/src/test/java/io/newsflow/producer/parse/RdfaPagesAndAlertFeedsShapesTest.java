package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
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
 * Shapes met in the hundred-and-forty-seventh held-out round (x919-x924), on other pages: schema.org in RDFa (an h2
 * headline, a date in a span's {@code content}), a site's name in {@code .site-name}, a search-alert feed (its title no
 * outlet, its links redirects, its content HTML with a bold word), a Craft CMS entry (PHP's DateTime, a matrix field of
 * blocks), and Spanish comment prompts and topic labels.
 */
class RdfaPagesAndAlertFeedsShapesTest {

    @Test
    void shouldReadSchemaOrgInRdfaWhenThePageHasNoMicrodata() {
        Article a = file("<html><head><title>Valley Voice — " + HEADLINE + "</title></head><body vocab=\"https://schema.org/\"><div>"
                + "<span class=\"site-name\">Valley Voice</span></div><div typeof=\"NewsArticle\"><div class=\"kicker\" property="
                + "\"articleSection\">Farming</div><h2 property=\"headline\">" + HEADLINE + "</h2><span property=\"author\" typeof=\"Person\">"
                + "<span property=\"name\">Hamish Grant</span></span> <span property=\"datePublished\" content=\"2026-12-04T18:30:00+13:00\">"
                + "5 December 2026</span><div property=\"articleBody\">" + HTML_BODY + "</div></div></body></html>",
                "page.html");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Hamish Grant");
        assertThat(a.getSource()).isEqualTo("Valley Voice");
        assertThat(a.getSection()).isEqualTo("Farming");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-04T05:30:00Z"));
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldReadAnAlertFeedsEntryAsTheStoryItLinksTo() {
        Article a = file("<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><id>tag:alerts</id><title>"
                + "Google Alert - port strike</title><updated>2026-12-05T09:41:02Z</updated><entry><id>tag:1</id><title type=\"html\">"
                + "Dockworkers call off &lt;b&gt;port strike&lt;/b&gt;</title><link href=\"https://www.google.com/url?rct=j&amp;sa=t&amp;url="
                + "https://scheldtpost.example/2026/12/05/strike/&amp;ct=ga\"></link><published>2026-12-05T09:12:44Z</published><content"
                + " type=\"html\">Dockworkers have called off a planned &lt;b&gt;strike&lt;/b&gt; after a pay deal.</content></entry></feed>",
                "alerts.xml");
        assertThat(a.getTitle()).isEqualTo("Dockworkers call off port strike");
        assertThat(a.getSource()).isNull();
        assertThat(a.getUrl()).isEqualTo("https://scheldtpost.example/2026/12/05/strike/");
        assertThat(allText(a)).contains("called off a planned strike after").doesNotContain("<b>");
    }

    @Test
    void shouldReadACraftEntrysDateTimeAndMatrixBlocks() {
        Article a = file("{\"data\":[{\"id\":4812,\"title\":\"" + HEADLINE + "\",\"postDate\":{\"date\":\"2026-12-05 08:15:00.000000\","
                + "\"timezone_type\":3,\"timezone\":\"Europe/London\"},\"author\":{\"fullName\":\"Megan Hale\"},\"articleBody\":[{\"type\":"
                + "\"text\",\"text\":\"<p>The council voted on Tuesday to close the old bridge to cars.</p>\"},{\"type\":\"image\",\"caption\":"
                + "\"The bridge.\"},{\"type\":\"text\",\"text\":\"<p>Cyclists welcomed it.</p>\"}]}],\"meta\":{\"pagination\":{\"total\":1}}}",
                "entries.json");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T08:15:00Z"));
        assertThat(allText(a)).contains("close the old bridge", "Cyclists welcomed it.");
    }

    @Test
    void shouldDropSpanishCommentPromptsAndTopicLabels() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nTemas recomendados:\nMetro de Bogotá\nMovilidad\n\nSin comentarios aún\n\n"
                + "Para comentar debe estar registrado");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Temas", "Movilidad", "comentar", "Sin comentarios");
    }
}
