package io.newsflow.producer.parse.text;

import io.newsflow.avro.ArticleType;

/**
 * A breadcrumb trail such as {@code Home / Analysis / Brussels Weighs Its Own Rules}.
 *
 * @param section   the first crumb after the home crumb, natural case
 * @param lastCrumb the final crumb when the trail has three or more (often the title), else null
 * @param type      the kind of piece the section or a "News" root crumb names ({@link ArticleTypes})
 */
public record Breadcrumb(String section, String lastCrumb, ArticleType type) { }
