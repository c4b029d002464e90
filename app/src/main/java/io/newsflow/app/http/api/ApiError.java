package io.newsflow.app.http.api;

import java.util.Map;

import io.javalin.Javalin;
import org.apache.kafka.streams.errors.InvalidStateStoreException;

/**
 * An API answer other than 200: the HTTP status and a message naming the bad input or the
 * reason, sent as {@code {"error": "..."}}. Routes throw it; {@link #install} turns it (and Kafka
 * Streams' "store not queryable right now") into the response.
 */
public final class ApiError extends RuntimeException {
    private final int status;

    private ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    /** 400: a parameter is malformed or out of range. */
    public static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    /** 400 naming the parameter, the value and what was expected. */
    public static ApiError badParameter(String name, String value, String expected) {
        return badRequest("Invalid value '" + value + "' for parameter " + name + ": expected " + expected);
    }

    /** 404: nothing by that name. */
    public static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    /** 502: another instance did not answer a forwarded or scattered request. */
    public static ApiError badGateway(String message) {
        return new ApiError(502, message);
    }

    /** 503: the streams application cannot answer yet (starting, rebalancing). */
    public static ApiError unavailable(String message) {
        return new ApiError(503, message);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The error body: {@code {"error": message}}. */
    public Map<String, String> body() {
        return Map.of("error", getMessage());
    }

    /**
     * Answers {@link ApiError}s, unqueryable stores and a streams application that is not running
     * (starting, shutting down) as 503, with a JSON error body.
     */
    public static void install(Javalin app) {
        app.exception(IllegalStateException.class, (e, ctx) -> {
            boolean streams = e.getMessage() != null && e.getMessage().startsWith("KafkaStreams");
            ctx.status(streams ? 503 : 500).json(Map.of("error", streams
                ? "the streams application cannot answer right now: " + e.getMessage() : String.valueOf(e.getMessage())));
        });
        app.exception(ApiError.class, (e, ctx) -> ctx.status(e.status()).json(e.body()));
        app.exception(InvalidStateStoreException.class, (e, ctx) -> ctx.status(503)
            .json(Map.of("error", "the article index is not queryable right now (the streams application is starting "
                + "or rebalancing): " + e.getMessage())));
    }
}
