package io.newsflow.producer.parse.text;

import java.util.List;

import io.newsflow.avro.ArticleType;

/**
 * What an editor's note says about the piece.
 *
 * @param text    the note as printed
 * @param authors the authors it presents, natural case
 * @param source  the outlet whose view it disclaims ("may not coincide with the view of Portline.Info"), or null
 * @param type    opinion or analysis when the note says so, else {@code UNKNOWN}
 */
public record EditorsNote(String text, List<String> authors, String source, ArticleType type) { }
