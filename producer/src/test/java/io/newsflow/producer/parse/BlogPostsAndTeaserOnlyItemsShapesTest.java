package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-thirty-second held-out round (x829-x834), on other pages: a Blogger post (the blog's name
 * in the page's {@code h1}, the post's title in an {@code h3}, its text in lines parted by {@code <br>} under an
 * {@code itemprop} of two names), a news API's item that gives only its teaser (rejected before), a menu whose last
 * button ends with "!", and Slovak, Turkish and Hungarian furniture.
 */
class BlogPostsAndTeaserOnlyItemsShapesTest {

    @Test
    void shouldReadABloggerPostWhenTheBlogsNameIsThePagesHeadingAndTheTextHasNoParagraphs() {
        Article a = file("<html><body><div class=\"header-outer\"><h1 class=\"title\">Valley Rail Watch</h1></div>"
                + "<div class=\"post hentry\"><h3 class=\"post-title entry-title\">" + HEADLINE + "</h3>"
                + "<div class=\"post-body entry-content\" itemprop=\"description articleBody\">\n" + BODY.replace("\n\n", "<br><br>\n")
                + "\n</div><div class=\"post-footer\">Posted by Gareth Pugh at 09:14 2 comments:</div></div>"
                + "<div class=\"blog-pager\">Newer Post Older Post Home</div></body></html>", "post.html");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Posted by", "Newer Post");
    }

    @Test
    void shouldAcceptANewsApisItemWhenItGivesOnlyItsTeaser() {
        Article a = file("{\"data\":[{\"author\":\"Priya Natarajan\",\"title\":\"" + HEADLINE + "\",\"description\":\"" + BODY.split("\n")[0]
                + "\",\"source\":\"The Coromandel Herald\",\"category\":\"business\",\"published_at\":\"2026-12-05T04:42:00+00:00\"}]}", "api.json");
        assertThat(a.getLead()).isEqualTo(BODY.split("\n")[0]);
        assertThat(a.getSection()).isEqualTo("Business");
        assertThat(a.getAuthors()).containsExactly("Priya Natarajan");
    }

    @Test
    void shouldReadTheMastheadWhenTheMenusLastButtonEndsWithAnExclamationMark() {
        Article a = parse("Telex\nBelföld\nKülföld\nGazdaság\nTech\nSport\nTámogass!\n\nGazdaság\n\n" + HEADLINE + "\n\n" + BODY
                + "\n\nHa fontosnak tartod a független újságírást, támogasd a Telexet!");
        assertThat(a.getSource()).isEqualTo("Telex");
        assertThat(allText(a)).doesNotContain("Támogass", "támogasd");
    }

    @Test
    void shouldDropRelatedLinksAndDiscussionButtonsWhenTheyAreSlovakOrTurkish() {
        Article slovak = parse(HEADLINE + "\n\n" + BODY + "\n\nČítajte viac\nKošice kupujú 20 nových električiek\n\nZdieľať\nDiskusia (23)");
        Article turkish = parse(HEADLINE + "\n\n" + BODY + "\n\nİLGİNİZİ ÇEKEBİLİR\nMarmaray seferleri yılbaşında 24 saat sürecek"
                + "\n\nSözcü'yü Google News'te takip edin");
        assertThat(allText(slovak)).doesNotContain("Čítajte", "Košice", "Diskusia");
        assertThat(allText(turkish)).doesNotContain("ÇEKEBİLİR", "Marmaray", "Google News");
    }
}
