package io.newsflow.streams.query;

import io.newsflow.streams.aggregate.WindowSpec;

/** The windows of the statistics: {@code 1m} tumbling one minute, {@code 1h} one hour advancing every five minutes. */
public enum StatsWindow {
    ONE_MINUTE(WindowSpec.ONE_MINUTE),
    ONE_HOUR(WindowSpec.ONE_HOUR);

    private final WindowSpec spec;

    StatsWindow(WindowSpec spec) {
        this.spec = spec;
    }

    /** The id used in URLs, keys and store names: {@code 1m} or {@code 1h}. */
    public String id() {
        return spec.id();
    }

    /** The window definition. */
    public WindowSpec spec() {
        return spec;
    }

    /** The window with id {@code id}; IllegalArgumentException naming the bad value otherwise. */
    public static StatsWindow fromId(String id) {
        for (StatsWindow w : values()) {
            if (w.id().equals(id)) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown window '" + id + "': expected 1m or 1h");
    }
}
