package io.newsflow.app.http.api;

import java.util.List;

import io.javalin.http.Context;

/**
 * The API's query and path parameters, validated: a bad value is a 400 naming the parameter, the
 * value and what is accepted, never a silent default.
 */
final class ApiParams {
    /** The windows of trends and sources, as the contract spells them. */
    static final List<String> WINDOWS = List.of("1m", "1h");
    /** The trend types, as path segments. */
    static final List<String> TREND_TYPES = List.of("persons", "locations", "organizations", "keywords");
    /** The largest page of articles. */
    static final int MAX_ARTICLES = 200;

    private ApiParams() {
    }

    /** {@code limit} from 1 to {@code max}, {@code fallback} when absent. */
    static int limit(Context ctx, int fallback, int max) {
        String value = ctx.queryParam("limit");
        if (value == null) {
            return fallback;
        }
        String expected = "a whole number from 1 to " + max;
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit < 1 || limit > max) {
                throw ApiError.badParameter("limit", value, expected);
            }
            return limit;
        } catch (NumberFormatException e) {
            throw ApiError.badParameter("limit", value, expected);
        }
    }

    /** {@code window}: 1m or 1h, {@code fallback} when absent. */
    static String window(Context ctx, String fallback) {
        return oneOf("window", ctx.queryParamAsClass("window", String.class).getOrDefault(fallback), WINDOWS);
    }

    /** The {@code {type}} path segment of a trend. */
    static String trendType(Context ctx) {
        return oneOf("type", ctx.pathParam("type"), TREND_TYPES);
    }

    /** {@code local=true}: answer from this instance's state only (what scatter-gather asks peers). */
    static boolean local(Context ctx) {
        String value = ctx.queryParam("local");
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ApiError.badParameter("local", value, "true or false");
    }

    /** An optional free-text filter ({@code source}, {@code entity}): null when absent or blank. */
    static String filter(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value != null && value.length() > 200) {
            throw ApiError.badParameter(name, value.substring(0, 40) + "...", "at most 200 characters");
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String oneOf(String name, String value, List<String> accepted) {
        if (!accepted.contains(value)) {
            throw ApiError.badParameter(name, value, "one of " + String.join(", ", accepted));
        }
        return value;
    }
}
