package io.newsflow.producer.parse;

import org.jsoup.nodes.Element;

/**
 * A table of data inside a story (an election's results, a timetable): a table with a header cell or a caption and no
 * paragraphs, blocks or tables in its cells, unlike a layout's table. Each row is read as a paragraph, its cells parted
 * by bars ("SNP | 2,104 | 34.1%"), so its figures are not lost with the table.
 */
final class DataTables {
    /** The rows of such tables, as a selector. */
    static final String ROWS = "table:has(th, caption):not(:has(p, div, ul, ol, table table)) tr";

    private DataTables() {
    }

    /** A row's cells' texts parted by bars; empty cells left out. */
    static String rowText(Element row) {
        return String.join(" | ", row.select("> th, > td").eachText().stream().filter(t -> !t.isBlank()).toList());
    }
}
