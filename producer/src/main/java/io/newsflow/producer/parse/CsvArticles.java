package io.newsflow.producer.parse;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.newsflow.avro.InputFormat;
import io.newsflow.avro.RejectionReason;

/**
 * A dataset of articles as a table (a {@code .csv} or {@code .tsv} file, or a {@code text/csv} body): a header row naming
 * the columns, then one article a row, the same names a JSON record uses ("title", "author", "publication", "date",
 * "url", "content", ...: {@link JsonFields}), cells quoted as RFC 4180 quotes them (commas, quotes and line breaks inside).
 * Each row is read as a JSON record is, numbered by its place among the rows; an empty cell is no field; a row the
 * reader cannot split ends the reading with a rejection naming it, the rows before it kept. Read with Jackson's CSV
 * module.
 */
final class CsvArticles {
    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvArticles() {
    }

    /** One outcome a row; a rejection naming the file when it has no row, or the row that cannot be read. */
    static List<ParseOutcome> parse(String text, String origin, Instant ingestedAt) {
        boolean tabs = origin.toLowerCase(Locale.ROOT).endsWith(".tsv")
                || text.lines().findFirst().map(header -> header.indexOf('\t') >= 0 && header.indexOf(',') < 0).orElse(false);
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(tabs ? '\t' : ',');
        List<ParseOutcome> out = new ArrayList<>();
        int row = 0;
        try (MappingIterator<ObjectNode> rows = MAPPER.readerFor(ObjectNode.class).with(schema).readValues(text)) {
            while (rows.hasNextValue()) {
                ObjectNode record = withoutEmptyCells(rows.nextValue());
                row++;
                out.add(JsonArticleParser.record(record, record.toString(), origin, row, ingestedAt, InputFormat.CSV, "row "));
            }
        } catch (IOException | RuntimeException e) { // (Jackson reports a broken row as an unchecked exception when iterating)
            out.add(ParseOutcome.rejected(Rejection.ofText(origin, row + 1, RejectionReason.MALFORMED,
                    "row " + (row + 1) + ": not a readable CSV row: " + e.getMessage(), text, InputFormat.CSV, ingestedAt)));
        }
        if (out.isEmpty()) {
            out.add(ParseOutcome.rejected(Rejection.ofText(origin, null, RejectionReason.NO_CONTENT,
                    "a table with no row of data under its header", text, InputFormat.CSV, ingestedAt)));
        }
        return out;
    }

    private static ObjectNode withoutEmptyCells(ObjectNode record) {
        for (Iterator<Map.Entry<String, JsonNode>> cells = record.fields(); cells.hasNext(); ) {
            if (cells.next().getValue().asText("").isBlank()) {
                cells.remove();
            }
        }
        return record;
    }
}
