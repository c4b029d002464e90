package io.newsflow.producer.parse;

import io.newsflow.avro.InputFormat;

/** The parser a document goes to; NDJSON and feeds map onto the schema's {@link InputFormat} later. */
public enum DetectedFormat {
    TEXT(InputFormat.TEXT), JSON(InputFormat.JSON), NDJSON(InputFormat.JSON), HTML(InputFormat.HTML), FEED(InputFormat.UNKNOWN),
    NITF(InputFormat.NITF), NEWSML(InputFormat.NEWSML), CSV(InputFormat.CSV);

    private final InputFormat inputFormat;

    DetectedFormat(InputFormat inputFormat) {
        this.inputFormat = inputFormat;
    }

    /** The schema's format (a feed is RSS or ATOM, decided when it is parsed). */
    public InputFormat inputFormat() {
        return inputFormat;
    }
}
