package io.newsflow.streams.query;

import java.util.Locale;

/** What a trend list ranks; the path segment is the lower-case name ({@code persons}, ..., {@code keywords}). */
public enum TrendType {
    PERSONS, LOCATIONS, ORGANIZATIONS, KEYWORDS;

    /** The path segment of this type. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type of path segment {@code path}; IllegalArgumentException naming the bad value otherwise. */
    public static TrendType fromPath(String path) {
        for (TrendType t : values()) {
            if (t.path().equals(path)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown trend type '" + path + "': expected persons, locations, organizations or keywords");
    }
}
