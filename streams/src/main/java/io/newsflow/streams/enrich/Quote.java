package io.newsflow.streams.enrich;

/** A direct quotation and, when the text names one, the canonical name of its speaker. */
public record Quote(String text, String speaker) {
}
