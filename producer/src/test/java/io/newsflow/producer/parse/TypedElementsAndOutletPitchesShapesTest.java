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

/**
 * Shapes met in the hundred-and-forty-fourth held-out round (x901-x906), on other pages: a Kontent.ai item (each field a
 * typed element), a copyright line with a circled c ("ⓒ"), a window title's "Nigeria and World News" after the name, Czech
 * share and topic labels, and an outlet's pitches and widgets ("... is a reader-supported publication", "Readers like
 * you ...", "To embed this post ...", a share counter "2.1k").
 */
class TypedElementsAndOutletPitchesShapesTest {

    @Test
    void shouldReadAKontentItemWhenEachFieldIsATypedElement() {
        Article a = file("{\"item\":{\"system\":{\"name\":\"Article: bridge\",\"codename\":\"article_bridge\",\"type\":\"article\"},"
                + "\"elements\":{\"title\":{\"type\":\"text\",\"name\":\"Title\",\"value\":\"" + HEADLINE + "\"},\"post_date\":{\"type\":"
                + "\"date_time\",\"name\":\"Post date\",\"value\":\"2026-12-05T07:00:00Z\"},\"author\":{\"type\":\"text\",\"name\":\"Author\","
                + "\"value\":\"Hannah Wright\"},\"section\":{\"type\":\"taxonomy\",\"name\":\"Section\",\"value\":[{\"name\":\"Transport\","
                + "\"codename\":\"transport\"}]},\"body_copy\":{\"type\":\"rich_text\",\"name\":\"Body Copy\",\"value\":\"<p>"
                + BODY.replace("\n\n", "</p><p>") + "</p>\"}}},\"modular_content\":{}}", "item.json");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Hannah Wright");
        assertThat(a.getSection()).isEqualTo("Transport");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T07:00:00Z"));
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Article: bridge");
    }

    @Test
    void shouldReadTheOutletWhenItsCopyrightLineUsesACircledC() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nCopyright ⓒ Korea Harbour Daily. All Rights Reserved.");
        assertThat(a.getSource()).isEqualTo("Korea Harbour Daily");
    }

    @Test
    void shouldReadTheNameBeforeItsCountryAndWorldNewsOverTheMenu() {
        Article a = parse("The Lagos Ledger News - Nigeria and World News\nNews\nPolitics\nBusiness\nSport\nOpinion\n\nBusiness\n\n"
                + HEADLINE + "\n\nBy Kehinde Olatunji\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("The Lagos Ledger News");
        assertThat(a.getSection()).isEqualTo("Business");
    }

    @Test
    void shouldDropCzechShareAndTopicLabelsAndAnOutletsPitchesAndWidgets() {
        Article a = parse(HEADLINE + "\n\nNiall O'Connor\n6.30am, 5 Dec 2026\n2.1k\n\n" + BODY + "\n\nThe Harbour Post is a reader-supported"
                + " publication. To receive new posts, consider becoming a subscriber.\n\nTo embed this post, copy the code below on your site"
                + "\n\nReaders like you are keeping these stories free for everyone.\nSupport us\n\nReport a Comment\n\nSdílejte článek\n\n"
                + "Související témata:\nMetro D\nDopravní podnik");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("2.1k", "reader-supported", "embed", "Readers like you",
                "Support us", "Report a Comment", "Sdílejte", "Metro D");
    }
}
