package io.newsflow.producer.parse;

import java.util.Locale;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsflow.avro.InputFormat;
import io.newsflow.avro.RejectionReason;
import io.newsflow.producer.parse.text.TextArticleParser;

/**
 * A Jupyter notebook ({@code .ipynb}: JSON with {@code "nbformat"} and a list of {@code "cells"}), as a newsroom's data
 * desk publishes an analysis: its Markdown cells are the story (the title as a heading, the byline and date under it),
 * its code cells and their outputs are the method, no text of the story. The Markdown cells, one block each, are read as
 * a plain-text page is.
 */
final class JupyterNotebooks {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int SNIFF_CHARS = 4096;

    private JupyterNotebooks() {
    }

    /** Whether the input is a notebook: by its name, or a JSON object naming its notebook format near its start. */
    static boolean isNotebook(String origin, String text) {
        String head = FormatDetector.head(text, SNIFF_CHARS);
        return origin.toLowerCase(Locale.ROOT).endsWith(".ipynb") || head.stripLeading().startsWith("{") && head.contains("\"cells\"")
                && text.contains("\"nbformat\"");
    }

    /** The notebook's story, or a rejection naming what is wrong. */
    static ParseOutcome parse(InputDocument doc, String text) {
        JsonNode notebook;
        try {
            notebook = MAPPER.readTree(text);
        } catch (JacksonException e) {
            return rejected(doc, text, RejectionReason.MALFORMED, "a notebook that is no valid JSON: " + e.getOriginalMessage());
        }
        StringBuilder markdown = new StringBuilder();
        for (JsonNode cell : notebook.path("cells")) {
            if (cell.path("cell_type").asText("").equals("markdown")) {
                JsonNode source = cell.path("source"); // (a list of lines, or one string)
                StringBuilder cellText = new StringBuilder();
                source.forEach(line -> cellText.append(line.asText("")));
                markdown.append(source.isTextual() ? source.asText() : cellText).append("\n\n");
            }
        }
        if (markdown.toString().isBlank()) {
            return rejected(doc, text, RejectionReason.NO_CONTENT, "a notebook with no Markdown cell: code and outputs only");
        }
        String story = markdown.toString().strip();
        return ArticleAssembler.assemble(TextArticleParser.parse(story), InputFormat.JSON, doc.origin(), null, story, doc.ingestedAt());
    }

    private static ParseOutcome rejected(InputDocument doc, String text, RejectionReason reason, String message) {
        return ParseOutcome.rejected(Rejection.ofText(doc.origin(), null, reason, message, text, InputFormat.JSON, doc.ingestedAt()));
    }
}
