package io.newsflow.app.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * The live dashboard: {@code GET /} answers the page, {@code GET /dashboard/{file}} its script,
 * style sheet and images, all from the classpath folder {@code dashboard/} inside the jar. Nothing
 * is fetched from elsewhere, at build or run time; the page itself reads the JSON API and the
 * {@code /api/events} stream.
 *
 * <p>Only plain file names ({@code [a-z0-9._-]}, no leading dot) are looked up, so a request can
 * never climb out of the folder; each file is read once and kept, as they are small and fixed.
 */
public final class DashboardRoutes {
    /** The classpath folder the page lives in. */
    static final String FOLDER = "dashboard/";
    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    private static final Map<String, String> CONTENT_TYPES = Map.of(
        "html", "text/html; charset=utf-8",
        "css", "text/css; charset=utf-8",
        "js", "text/javascript; charset=utf-8",
        "svg", "image/svg+xml",
        "png", "image/png",
        "ico", "image/x-icon");

    /** Files found so far; names that are not there are not remembered, so probing cannot grow it. */
    /**
     * The page runs only its own script and style, and talks only to its own server: a title
     * that slipped through as markup could still not load or send anything.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    /** Installs {@code GET /} and {@code GET /dashboard/{file}} on {@code app}. */
    public void install(Javalin app) {
        app.get("/", ctx -> serve(ctx, "index.html"));
        app.get("/dashboard/{file}", ctx -> serve(ctx, ctx.pathParam("file")));
    }

    private void serve(Context ctx, String name) {
        String type = contentType(name);
        Optional<byte[]> body = type == null || !FILE_NAME.matcher(name).matches() ? Optional.empty() : read(name);
        if (body.isEmpty()) {
            ctx.status(404).json(Map.of("error", "no dashboard file named '" + name + "'"));
            return;
        }
        // the page is small and changes with each release: revalidate rather than cache blindly
        ctx.header("Cache-Control", "no-cache");
        ctx.header("X-Content-Type-Options", "nosniff");
        if (name.endsWith(".html")) {
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        ctx.contentType(type).result(body.get());
    }

    private Optional<byte[]> read(String name) {
        return Optional.ofNullable(cache.computeIfAbsent(name, n -> {
            try (InputStream in = DashboardRoutes.class.getClassLoader().getResourceAsStream(FOLDER + n)) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read dashboard resource " + FOLDER + n, e);
            }
        }));
    }

    /** The content type for {@code name}'s extension, or null when it is not a dashboard file type. */
    static String contentType(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : CONTENT_TYPES.get(name.substring(dot + 1));
    }
}
