package io.newsflow.producer.parse;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.newsflow.avro.InputFormat;
import io.newsflow.avro.RejectionReason;

/**
 * An article kept as a YAML file ({@code .yml}, {@code .yaml}: a headless CMS's data file, Decap's or a static site's),
 * its fields at the top ("title", "author", "date", "publication", "category", "body: |" ...): read as a JSON record is,
 * with the same names ({@link JsonFields}). Known by its name only: a text's colons say nothing. A file that is no
 * mapping of fields is rejected, naming what it is.
 */
final class YamlRecords {
    private static final YAMLMapper YAML = new YAMLMapper();

    private YamlRecords() {
    }

    /** Whether the input is named as a YAML file. */
    static boolean isYaml(String origin) {
        String name = origin.toLowerCase(Locale.ROOT);
        return name.endsWith(".yml") || name.endsWith(".yaml");
    }

    /** The article the file's fields give, or its rejection. */
    static List<ParseOutcome> parse(InputDocument doc, String text) {
        JsonNode record;
        try {
            record = YAML.readTree(text);
        } catch (JacksonException e) {
            return List.of(rejected(doc, text, "not readable YAML: " + e.getOriginalMessage()));
        }
        if (record == null || !record.isObject()) {
            return List.of(rejected(doc, text, "a YAML file that is no mapping of an article's fields"));
        }
        return List.of(JsonArticleParser.record(record, text, doc.origin(), null, doc.ingestedAt(), InputFormat.JSON, ""));
    }

    private static ParseOutcome rejected(InputDocument doc, String text, String message) {
        return ParseOutcome.rejected(Rejection.ofText(doc.origin(), null, RejectionReason.MALFORMED, message, text, InputFormat.JSON,
                doc.ingestedAt()));
    }
}
