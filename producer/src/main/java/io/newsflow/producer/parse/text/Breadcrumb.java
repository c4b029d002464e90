package io.newsflow.producer.parse.text;

/**
 * A breadcrumb trail such as {@code Home / Analysis / Brussels Weighs Its Own Rules}.
 *
 * @param section   the first crumb after the home crumb, natural case
 * @param lastCrumb the final crumb when the trail has three or more (often the title), else null
 */
public record Breadcrumb(String section, String lastCrumb) { }
