package io.newsflow.producer.parse;

import io.newsflow.avro.Article;

/**
 * What the parser made of one input record: either an {@link Article} or a {@link Rejection}.
 * One input can yield many outcomes (an NDJSON file, a feed), so nothing is lost silently.
 */
public sealed interface ParseOutcome permits ParseOutcome.Parsed, ParseOutcome.Rejected {

    /** A successfully parsed article. */
    record Parsed(Article article) implements ParseOutcome { }

    /** An input (or one record of it) that could not become an article, with the reason. */
    record Rejected(Rejection rejection) implements ParseOutcome { }

    /** Shorthand for a parsed outcome. */
    static ParseOutcome parsed(Article article) {
        return new Parsed(article);
    }

    /** Shorthand for a rejected outcome. */
    static ParseOutcome rejected(Rejection rejection) {
        return new Rejected(rejection);
    }
}
