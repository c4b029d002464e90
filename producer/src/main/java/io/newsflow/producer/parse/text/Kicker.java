package io.newsflow.producer.parse.text;

import io.newsflow.avro.ArticleType;

/**
 * A kicker line above the headline: {@code OPINION}, {@code Analysis | TechLedger}, {@code World · Europe}.
 *
 * @param section the section it names, or null
 * @param type    the article type it names, or {@code UNKNOWN}
 * @param source  an outlet it names, or null
 */
public record Kicker(String section, ArticleType type, String source) { }
