package io.newsflow.streams.enrich;

/**
 * Tone of an article in the manner of GDELT's tone fields: the share of words (in percent) that
 * carry positive and negative tone, and a polarity that weights each hit by its lexicon strength
 * (positive minus negative, per hundred words; below zero reads negative).
 */
public record Tone(double positive, double negative, double polarity) {
}
