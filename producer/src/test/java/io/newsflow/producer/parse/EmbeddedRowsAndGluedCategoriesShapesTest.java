package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-eighth held-out round (x1281-x1286), on other inputs: a database row with its
 * writer's profile and its topic embedded (Supabase's); a meta list's time in the post's header (Blocksy's); "Per" as a
 * byline's lead-in (Occitan and Catalan); a date with the category glued after it; a place under the site's name over
 * the menu, and a staff credit by the paper's initials.
 */
class EmbeddedRowsAndGluedCategoriesShapesTest {

    @Test
    void shouldReadTheWriterAndTopicEmbeddedInARow() {
        Article a = file("[{\"id\": 1842, \"created_at\": \"2026-11-30T09:12:44+00:00\", \"headline\": \"" + HEADLINE + "\", \"body_md\": \""
                + BODY.replace("\n", "\\n") + "\", \"profiles\": {\"id\": \"8f1c\", \"full_name\": \"Catriona Bell\"}, \"topics\":"
                + " {\"id\": 7, \"label\": \"Maritime\"}}]", "rows.json");
        assertThat(a.getAuthors()).containsExactly("Catriona Bell");
        assertThat(a.getSection()).isEqualTo("Maritime");
    }

    @Test
    void shouldDateThePostFromTheTimeInItsHeadersMetaList() {
        Article a = file("<html><head><title>" + HEADLINE + "</title></head><body><article><header class=\"entry-header\"><h1>" + HEADLINE
                + "</h1><ul class=\"entry-meta\"><li class=\"meta-date\" itemprop=\"datePublished\"><time datetime=\"2026-11-30T17:30:00+00:00\">"
                + "November 30, 2026</time></li></ul></header>" + HTML_BODY + "</article></body></html>", "post.html");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-30T17:30:00Z"));
    }

    @Test
    void shouldReadPerAsABylinesLeadIn() {
        Article a = parse(HEADLINE + "\n\nPer Joan Matieu Blanc\n30 de novembre de 2026\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Joan Matieu Blanc");
    }

    @Test
    void shouldReadTheCategoryGluedAfterTheDate() {
        Article a = parse("Kilbrannan News\nHome\nNews\nSports\nFeatures\nLetters\n\n" + HEADLINE + "\n\nNov 30, 2026 News\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("News");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldTakeAPlaceUnderTheNameAndAStaffCreditByInitialsForFurniture() {
        Article a = parse("KT Weekly News\nKilbrannan and Caicos Islands\n\nNews\nBusiness\nSports\nOpinion\n\n" + HEADLINE
                + "\n\nBy KTWN Staff\nFriday, November 27, 2026\n\n" + BODY);
        assertThat(a.getSection()).isNull();
        assertThat(a.getArticleType()).isEqualTo(ArticleType.UNKNOWN);
        assertThat(allText(a)).doesNotContain("KTWN");
    }
}
