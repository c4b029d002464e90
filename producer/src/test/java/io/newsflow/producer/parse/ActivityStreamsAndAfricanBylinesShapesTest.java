package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;

/**
 * Shapes met in the eighty-seventh held-out round (x559-x564), each on other names: an ActivityStreams "Article" as a
 * federated blog publishes it (its actor an object or an author page's address), Belarusian, Somali, Zulu and Kyrgyz
 * bylines, months and news roots (Zulu's "ngu" glued to the name, a Russian or Kyrgyz month in the nominative).
 */
class ActivityStreamsAndAfricanBylinesShapesTest {

    private static Article json(String text) {
        List<ParseOutcome> out = new ArticleParser().parse(new InputDocument(text.getBytes(StandardCharsets.UTF_8), "post.json", null,
                Instant.parse("2026-01-01T00:00:00Z")));
        return ((ParseOutcome.Parsed) out.get(0)).article();
    }

    private static final String POST = "{\"@context\": \"https://www.w3.org/ns/activitystreams\", \"type\": \"Article\", \"name\": \""
            + HEADLINE + "\", \"content\": \"<p>The council voted on Tuesday to build a second berth at the quay.</p>\", "
            + "\"published\": \"2025-03-05T08:00:00Z\", \"attributedTo\": ACTOR}";

    @Test
    void shouldReadTheWriterWhenAnActivityStreamsArticleNamesItsActor() {
        Article byObject = json(POST.replace("ACTOR", "{\"type\": \"Person\", \"name\": \"Ana Lima\"}"));
        assertThat(byObject.getTitle()).isEqualTo(HEADLINE);
        assertThat(byObject.getAuthors()).containsExactly("Ana Lima");
        assertThat(byObject.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T08:00:00Z"));
        assertThat(json(POST.replace("ACTOR", "\"https://quay.example/author/rui-costa/\"")).getAuthors()).containsExactly("Rui Costa");
        assertThat(json(POST.replace("ACTOR", "\"https://quay.example/author/admin/\"")).getAuthors()).isEmpty(); // a login
        assertThat(json(POST.replace("ACTOR", "\"https://social.example/users/quay\"")).getAuthors()).isEmpty();
    }

    @Test
    void shouldReadTheWriterAndDateWhenBelarusianSomaliZuluOrKyrgyzWriteThem() {
        Article belarusian = parse(HEADLINE + "\n\nАўтар: Ігар Лосік\n5 сакавіка 2025\n\n" + BODY);
        assertThat(belarusian.getAuthors()).containsExactly("Ігар Лосік");
        assertThat(belarusian.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
        Article somali = parse(HEADLINE + "\n\nQoraa: Maxamed Cali\n5 Maarso 2025\n\n" + BODY);
        assertThat(somali.getAuthors()).containsExactly("Maxamed Cali");
        assertThat(somali.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
        Article zulu = parse(HEADLINE + "\n\nNguThandeka Ngcobo\n5 Mashi 2025\n\n" + BODY);
        assertThat(zulu.getAuthors()).containsExactly("Thandeka Ngcobo");
        assertThat(zulu.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
        Article kyrgyz = parse(HEADLINE + "\n\nАвтору: Нурлан Асанов\n5-март 2025\n\n" + BODY);
        assertThat(kyrgyz.getAuthors()).containsExactly("Нурлан Асанов");
        assertThat(kyrgyz.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
    }

    @Test
    void shouldReadTheSectionWhenASomaliOrZuluNewsRootHeadsTheTrail() {
        Article a = parse("Garowe Online\nWararka\nCiyaaraha\n\nKooxda qaranka ayaa guuleysatay ciyaartii kama dambaysta ahayd\n\n" + BODY);
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(a.getSection()).isEqualTo("Ciyaaraha");
    }
}
