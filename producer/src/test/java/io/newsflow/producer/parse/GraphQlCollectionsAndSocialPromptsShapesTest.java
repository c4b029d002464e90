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
 * Shapes met in the hundred-and-fifty-second held-out round (x949-x954), on other pages: Contentful's GraphQL answer (its
 * entries under {@code "articleCollection": {"items": [...]}}, the writers under {@code "authorsCollection"}, the rich
 * text under {@code "body": {"json": ...}}); French related labels ("Vous aimerez aussi"); a follow prompt naming social
 * networks in general, in several languages ("Pratite nas na društvenim mrežama").
 */
class GraphQlCollectionsAndSocialPromptsShapesTest {

    @Test
    void shouldReadContentfulsGraphQlCollectionsAndItsRichTextUnderJson() {
        String[] paragraphs = BODY.split("\n\n");
        String json = "{\"data\":{\"articleCollection\":{\"items\":[{\"title\":\"" + HEADLINE + "\",\"publishDate\":\"2026-12-05T08:30:00.000+01:00\","
                + "\"authorsCollection\":{\"items\":[{\"name\":\"Jonas Berg\"},{\"name\":\"Aino Lehto\"}]},\"body\":{\"json\":{\"nodeType\":\"document\","
                + "\"content\":[{\"nodeType\":\"paragraph\",\"content\":[{\"nodeType\":\"text\",\"value\":\"" + paragraphs[0] + "\"}]},"
                + "{\"nodeType\":\"embedded-asset-block\",\"data\":{\"target\":{\"sys\":{\"id\":\"7YhAsset\"}}},\"content\":[]},"
                + "{\"nodeType\":\"paragraph\",\"content\":[{\"nodeType\":\"text\",\"value\":\"" + paragraphs[1] + "\"}]}]},"
                + "\"links\":{\"assets\":{\"block\":[{\"sys\":{\"id\":\"7YhAsset\"},\"url\":\"https://x.example/depot.jpg\"}]}}}}]}}}";
        Article a = file(json, "answer.json");
        assertThat(allText(a)).contains(paragraphs[0], "cyclists welcomed it").doesNotContain("depot.jpg", "7YhAsset");
        assertThat(a.getAuthors()).containsExactly("Jonas Berg", "Aino Lehto");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T07:30:00Z"));
    }

    @Test
    void shouldDropFrenchRelatedLabelsWithTheirHeadlines() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nVous aimerez aussi\nLe prix du pétrole recule sous les 70 dollars");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Vous aimerez", "pétrole");
    }

    @Test
    void shouldDropAFollowPromptNamingSocialNetworksInGeneral() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nPratite nas na društvenim mrežama\n\nFollow us on social media\n\n"
                + "Suivez-nous sur les réseaux sociaux");
        assertThat(allText(a)).contains("cyclists welcomed it").doesNotContain("Pratite", "social media", "réseaux");
    }
}
