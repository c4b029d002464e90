package io.newsflow.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.BlockKind;
import io.newsflow.avro.BodyBlock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds Avro articles for tests: body blocks starting with "## " are headings. */
final class TestArticles {

    /** Stateless and thread-safe: one serves every test. */
    private static final EntityExtractor EXTRACTOR = new EntityExtractor();

    private TestArticles() {
    }

    static Article article(String title, String lead, String... blocks) {
        return article(title, lead, List.of(), null, blocks);
    }

    static Article article(String title, String lead, List<String> authors, String source, String... blocks) {
        List<BodyBlock> body = new ArrayList<>();
        for (String b : blocks) {
            body.add(b.startsWith("## ") ? new BodyBlock(BlockKind.HEADING, b.substring(3)) : new BodyBlock(BlockKind.PARAGRAPH, b));
        }
        return Article.newBuilder().setArticleId("test").setTitle(title).setLead(lead).setBody(body)
                .setAuthors(authors).setSource(source).setIngestedAt(Instant.EPOCH).build();
    }

    static ArticleText text(String title, String lead, String... blocks) {
        return ArticleText.of(article(title, lead, blocks));
    }

    /** The entities an extractor finds in paragraphs of running text under a plain title, no authors or source. */
    static List<Entity> entities(String language, String... paragraphs) {
        return extractIn("Title", language, paragraphs);
    }

    /** The entities an extractor finds in paragraphs of running text under {@code title}, no authors or source. */
    static List<Entity> extractIn(String title, String language, String... paragraphs) {
        return EXTRACTOR.extract(text(title, null, paragraphs), language, List.of(), null).entities();
    }

    /** The entities an extractor finds in paragraphs of English running text under a plain title. */
    static List<Entity> extract(String... paragraphs) {
        return entities("en", paragraphs);
    }

    /** The entities' names, in the order found. */
    static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }

    /** The entity of that exact name, or an assertion error listing the entities found. */
    static Entity entity(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + entities));
    }

    /** Asserts that the entity of that exact name has {@code type}, naming it when it has not. */
    static void assertType(List<Entity> entities, String name, EntityType type) {
        assertThat(entity(entities, name).type()).as(name).isEqualTo(type);
    }
}
