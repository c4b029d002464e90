package io.newsflow.streams.topology;

import java.time.Instant;
import java.util.List;

import io.newsflow.avro.Article;
import io.newsflow.avro.BlockKind;
import io.newsflow.avro.BodyBlock;

/** Small articles for topology tests. */
public final class TestArticles {

    private TestArticles() {
    }

    /** An article with one paragraph of {@code body}. */
    public static Article article(String id, String title, String body) {
        return Article.newBuilder()
            .setArticleId(id)
            .setTitle(title)
            .setBody(List.of(new BodyBlock(BlockKind.PARAGRAPH, body)))
            .setIngestedAt(Instant.parse("2024-10-07T08:00:00Z"))
            .build();
    }
}
